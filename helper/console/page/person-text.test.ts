import { describe, expect, it } from 'vitest';
import type { PersonState } from '../contract.js';
import { EXAMPLE_NOW, EXAMPLE_PEOPLE } from './examples.js';
import { demoKeyText, deviceLines, lockLines, mfaText, personTags, recoveryCodesText, roleText, sessionsText, setUpText } from './person-text.js';

function person(username: string): PersonState {
  const found = EXAMPLE_PEOPLE.find((p) => p.username === username);
  if (found === undefined) throw new Error(`no example ${username}`);
  return found;
}
const jane = person('999JSMITH01');
const amir = person('999AKHAN01');
const sarah = person('999SGREEN01');
const ravi = person('999RPATEL01');
const LONDON = 'Europe/London';

describe("what a trainer reads on a person's card", () => {
  it('says who they are', () => {
    expect(roleText(sarah)).toBe('Ward manager (manager)');
    expect(roleText(ravi)).toBe('HR adviser (core user)');
  });

  it('says whether MFA is on, and since when', () => {
    expect(mfaText(jane)).toBe('Off');
    expect(mfaText(amir, LONDON)).toBe('On since 29 October 2026 at 10:39:35');
    expect(mfaText({ ...amir, mfa: { ...amir.mfa, enabledAt: null } })).toBe('On');
  });

  it('counts the recovery codes left', () => {
    expect(recoveryCodesText(jane)).toBe('None (MFA is off)');
    expect(recoveryCodesText(amir)).toBe('9 left');
    expect(recoveryCodesText(ravi)).toBe('1 left');
  });

  it('shows the demo key in groups of four, or why there is none', () => {
    expect(demoKeyText(amir)).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
    expect(demoKeyText(jane)).toBe('None');
    expect(demoKeyText({ ...jane, mfa: { on: true, enabledAt: EXAMPLE_NOW, newAuthenticatorDue: false } })).toBe('Not a demo key: set up during the session');
  });

  it('says what is locked and until when', () => {
    expect(lockLines(jane)).toEqual([]);
    expect(lockLines(amir, LONDON)).toEqual(['Codes locked until 28 November 2026 at 10:40:05']);
    expect(lockLines(sarah, LONDON)).toEqual(['Password locked until 28 November 2026 at 10:41:35']);
  });

  it('lists remembered browsers with when each is forgotten', () => {
    expect(deviceLines(amir, LONDON)).toEqual(['Chrome on Linux, until 27 December 2026 at 10:39:35']);
    expect(deviceLines(jane)).toEqual([]);
  });

  it('says whether a set-up is under way and how many sessions are live', () => {
    expect(setUpText(jane)).toBe('A set-up QR code is being shown now');
    expect(setUpText(amir)).toBe('None');
    expect(sessionsText(jane)).toBe('1 live session');
    expect(sessionsText(amir)).toBe('Not signed in');
    expect(sessionsText({ ...amir, liveSessions: 2 })).toBe('2 live sessions');
  });

  it('tags the state a trainer scans the room for', () => {
    expect(personTags(jane).map((t) => t.text)).toEqual(['MFA off', 'Setting up', 'Signed in']);
    expect(personTags(amir).map((t) => t.text)).toEqual(['MFA on', 'Locked']);
    expect(personTags(ravi).map((t) => t.text)).toEqual(['MFA on', 'New phone due']);
  });
});
