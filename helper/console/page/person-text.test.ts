import { describe, expect, it } from 'vitest';
import type { PersonState } from '../contract.js';
import { EXAMPLE_NOW, EXAMPLE_PEOPLE } from './examples.js';
import { demoKeyText, deviceLines, lockLines, mfaText, personTags, privilegeText, recoveryCodesText, sessionsText, setUpText } from './person-text.js';
import { cy } from './words/cy.js';
import { en } from './words/en.js';

function person(username: string): PersonState {
  const found = EXAMPLE_PEOPLE.find((p) => p.username === username);
  if (found === undefined) throw new Error(`no example ${username}`);
  return found;
}
const jane = person('999JSMITH01');
const amir = person('999AKHAN01');
const sarah = person('999SGREEN01');
const ravi = person('999RPATEL01');

describe("what a trainer reads on a person's card", () => {
  it('says who they are', () => {
    expect(privilegeText(sarah, en)).toBe('manager');
    expect(privilegeText(ravi, en)).toBe('core user');
    expect(privilegeText(ravi, cy)).toBe('defnyddiwr craidd');
  });

  it('says whether MFA is on, and since when', () => {
    expect(mfaText(jane, en)).toBe('Off');
    expect(mfaText(amir, en)).toBe('On since Thursday 29 October 2026, 10:39');
    expect(mfaText(amir, cy)).toBe('Ymlaen ers Dydd Iau 29 Hydref 2026, 10:39');
    expect(mfaText(jane, cy)).toBe('I ffwrdd');
    expect(mfaText({ ...amir, mfa: { ...amir.mfa, enabledAt: null } }, en)).toBe('On');
  });

  it('counts the recovery codes left', () => {
    expect(recoveryCodesText(jane, en)).toBe('None (MFA is off)');
    expect(recoveryCodesText(amir, en)).toBe('9 left');
    expect(recoveryCodesText(ravi, en)).toBe('1 left');
    // Welsh counts are "Label: N": no plural forms, no mutation after a figure.
    expect(recoveryCodesText(amir, cy)).toBe('Ar ôl: 9');
    expect(recoveryCodesText(jane, cy)).toBe('Dim (mae MFA i ffwrdd)');
  });

  it('shows the demo key in groups of four, or why there is none', () => {
    expect(demoKeyText(amir, en)).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
    expect(demoKeyText(jane, en)).toBe('None');
    expect(demoKeyText({ ...jane, mfa: { on: true, enabledAt: EXAMPLE_NOW, newAuthenticatorDue: false } }, en)).toBe('Not a demo key: set up during the session');
  });

  it('says what is locked and until when', () => {
    expect(lockLines(jane, en)).toEqual([]);
    expect(lockLines(amir, en)).toEqual(['Codes locked until Saturday 28 November 2026, 10:40']);
    expect(lockLines(amir, cy)).toEqual(['Codau dan glo tan Dydd Sadwrn 28 Tachwedd 2026, 10:40']);
    expect(lockLines(sarah, en)).toEqual(['Password locked until Saturday 28 November 2026, 10:41']);
  });

  it('lists remembered browsers with when each is forgotten', () => {
    // The browser's label is the helper's data, shown apart from the console's words.
    expect(deviceLines(amir, en)).toEqual([{ device: 'Chrome on Linux', until: 'until Sunday 27 December 2026, 10:39' }]);
    expect(deviceLines(amir, cy)).toEqual([{ device: 'Chrome on Linux', until: 'tan Dydd Sul 27 Rhagfyr 2026, 10:39' }]);
    expect(deviceLines(jane, en)).toEqual([]);
  });

  it('says whether a set-up is under way and how many sessions are live', () => {
    expect(setUpText(jane, en)).toBe('A set-up QR code is being shown now');
    expect(setUpText(amir, en)).toBe('None');
    expect(sessionsText(jane, en)).toBe('1 live session');
    expect(sessionsText(amir, en)).toBe('Not signed in');
    expect(sessionsText({ ...amir, liveSessions: 2 }, en)).toBe('2 live sessions');
    expect(sessionsText(jane, cy)).toBe('Sesiynau byw: 1');
    expect(sessionsText({ ...amir, liveSessions: 2 }, cy)).toBe('Sesiynau byw: 2');
    expect(sessionsText(amir, cy)).toBe('Heb fewngofnodi');
  });

  it('tags the state a trainer scans the room for', () => {
    expect(personTags(jane, en).map((t) => t.text)).toEqual(['MFA off', 'Setting up', 'Signed in']);
    expect(personTags(amir, en).map((t) => t.text)).toEqual(['MFA on', 'Locked']);
    expect(personTags(ravi, en).map((t) => t.text)).toEqual(['MFA on', 'New phone due']);
    expect(personTags(jane, cy).map((t) => t.text)).toEqual(['MFA i ffwrdd', 'Wrthi’n sefydlu', 'Wedi mewngofnodi']);
  });
});
