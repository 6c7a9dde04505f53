import type { PersonState } from '../contract.js';
import { dateTimeText, groupedKey } from './format.js';
import type { ConsoleWords } from './words/index.js';

/**
 * What the People section says about each persona, as plain text, so that what a trainer reads
 * is decided (and tested) here, not in the markup. A persona's name, username, job title and note
 * are the helper's data, not the console's words: the markup shows them apart, marked as such.
 */

/** "manager", "core user": what the person may do in ESR, beside their job title. */
export function privilegeText(person: PersonState, words: ConsoleWords): string {
  return words.person.privilege[person.privilege];
}

export function mfaText(person: PersonState, words: ConsoleWords): string {
  if (!person.mfa.on) return words.person.mfaOff;
  return person.mfa.enabledAt === null ? words.person.mfaOn : words.person.mfaOnSince(dateTimeText(person.mfa.enabledAt, words));
}

export function recoveryCodesText(person: PersonState, words: ConsoleWords): string {
  const left = person.recoveryCodes.left;
  return left === null ? words.person.recoveryCodesMfaOff : words.person.recoveryCodesLeft(left);
}

export function demoKeyText(person: PersonState, words: ConsoleWords): string {
  if (person.demoKey !== null) return groupedKey(person.demoKey);
  return person.mfa.on ? words.person.notADemoKey : words.person.none;
}

/** One line per kind of guessing that is locked now; empty when nothing is. */
export function lockLines(person: PersonState, words: ConsoleWords): string[] {
  const lines: string[] = [];
  if (person.lockedUntil.password !== null) lines.push(words.person.passwordLockedUntil(dateTimeText(person.lockedUntil.password, words)));
  if (person.lockedUntil.code !== null) lines.push(words.person.codesLockedUntil(dateTimeText(person.lockedUntil.code, words)));
  return lines;
}

/** Each remembered browser: its label (the helper's data, "Chrome on Linux") and until when. */
export function deviceLines(person: PersonState, words: ConsoleWords): { device: string; until: string }[] {
  return person.rememberedDevices.map((device) => ({ device: device.label, until: words.person.rememberedUntil(dateTimeText(device.rememberedUntil, words)) }));
}

export function sessionsText(person: PersonState, words: ConsoleWords): string {
  return person.liveSessions === 0 ? words.person.notSignedIn : words.person.liveSessions(person.liveSessions);
}

export function setUpText(person: PersonState, words: ConsoleWords): string {
  return person.pendingSetUp ? words.person.setUpShowing : words.person.none;
}

export type TagColour = 'green' | 'grey' | 'red' | 'blue' | 'orange';

/** The few words on a person's card that a trainer scans the room's state by. */
export function personTags(person: PersonState, words: ConsoleWords): { text: string; colour: TagColour }[] {
  const tag = words.person.tags;
  const tags: { text: string; colour: TagColour }[] = [person.mfa.on ? { text: tag.mfaOn, colour: 'green' } : { text: tag.mfaOff, colour: 'grey' }];
  if (person.mfa.newAuthenticatorDue) tags.push({ text: tag.newPhoneDue, colour: 'orange' });
  if (person.pendingSetUp) tags.push({ text: tag.settingUp, colour: 'blue' });
  if (person.lockedUntil.password !== null || person.lockedUntil.code !== null) tags.push({ text: tag.locked, colour: 'red' });
  if (person.liveSessions > 0) tags.push({ text: tag.signedIn, colour: 'blue' });
  return tags;
}
