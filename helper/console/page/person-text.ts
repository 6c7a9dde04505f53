import type { PersonState } from '../contract.js';
import { dateTimeText, groupedKey } from './format.js';

/**
 * What the People section says about each persona, as plain text, so that what a trainer reads
 * is decided (and tested) here, not in the markup.
 */

export function roleText(person: PersonState): string {
  const privilege = { staff: 'Staff', manager: 'Manager', 'core-user': 'Core user' }[person.privilege];
  return `${person.jobTitle} (${privilege.toLowerCase()})`;
}

export function mfaText(person: PersonState, timeZone?: string): string {
  if (!person.mfa.on) return 'Off';
  return person.mfa.enabledAt === null ? 'On' : `On since ${dateTimeText(person.mfa.enabledAt, timeZone)}`;
}

export function recoveryCodesText(person: PersonState): string {
  const left = person.recoveryCodes.left;
  if (left === null) return 'None (MFA is off)';
  return left === 1 ? '1 left' : `${left} left`;
}

export function demoKeyText(person: PersonState): string {
  if (person.demoKey !== null) return groupedKey(person.demoKey);
  return person.mfa.on ? 'Not a demo key: set up during the session' : 'None';
}

/** One line per kind of guessing that is locked now; empty when nothing is. */
export function lockLines(person: PersonState, timeZone?: string): string[] {
  const lines: string[] = [];
  if (person.lockedUntil.password !== null) lines.push(`Password locked until ${dateTimeText(person.lockedUntil.password, timeZone)}`);
  if (person.lockedUntil.code !== null) lines.push(`Codes locked until ${dateTimeText(person.lockedUntil.code, timeZone)}`);
  return lines;
}

export function deviceLines(person: PersonState, timeZone?: string): string[] {
  return person.rememberedDevices.map((device) => `${device.label}, until ${dateTimeText(device.rememberedUntil, timeZone)}`);
}

export function sessionsText(person: PersonState): string {
  const count = person.liveSessions;
  if (count === 0) return 'Not signed in';
  return count === 1 ? '1 live session' : `${count} live sessions`;
}

export function setUpText(person: PersonState): string {
  return person.pendingSetUp ? 'A set-up QR code is being shown now' : 'None';
}

export type TagColour = 'green' | 'grey' | 'red' | 'blue' | 'orange';

/** The few words on a person's card that a trainer scans the room's state by. */
export function personTags(person: PersonState): { text: string; colour: TagColour }[] {
  const tags: { text: string; colour: TagColour }[] = [person.mfa.on ? { text: 'MFA on', colour: 'green' } : { text: 'MFA off', colour: 'grey' }];
  if (person.mfa.newAuthenticatorDue) tags.push({ text: 'New phone due', colour: 'orange' });
  if (person.pendingSetUp) tags.push({ text: 'Setting up', colour: 'blue' });
  if (person.lockedUntil.password !== null || person.lockedUntil.code !== null) tags.push({ text: 'Locked', colour: 'red' });
  if (person.liveSessions > 0) tags.push({ text: 'Signed in', colour: 'blue' });
  return tags;
}
