import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../errors.js';
import { findEnglish } from '../../test/kit/english-text.js';
import { CATALOGUES, dateTimeText, durationText, isLanguage, NOTIFICATION_KINDS, SESSION_END_REASONS, spanText, waitText, wordsFor, type Words } from './index.js';

describe('lengths of time in plain words', () => {
  it.each([
    [20_000, '20 seconds'],
    [1_000, '1 second'],
    [60_000, '1 minute'],
    [90_000, '2 minutes'],
    [15 * 60_000, '15 minutes'],
    [60 * 60_000, '1 hour'],
    [90 * 60_000, '90 minutes'],
    [24 * 3_600_000, '24 hours'],
    [30 * 24 * 3_600_000, '30 days'],
    [10_080 * 60_000, '7 days'],
  ])('%i ms reads as "%s"', (ms, text) => {
    expect(durationText(ms)).toBe(text);
  });

  it('rounds a wait up, never down, and says "a few minutes" when none is known', () => {
    expect(waitText(61)).toBe('2 minutes');
    expect(waitText(undefined)).toBe('a few minutes');
  });
});

describe('how far the training clock is ahead', () => {
  it.each([
    [30_000, '30 seconds'],
    [15 * 60_000, '15 minutes'],
    [60 * 60_000, '1 hour'],
    [26 * 3_600_000 + 5 * 60_000, '1 day 2 hours'],
    [24 * 3_600_000 + 5 * 60_000, '1 day'],
    [90 * 60_000 + 59_000, '1 hour 30 minutes'],
    [30 * 24 * 3_600_000, '30 days'],
    [0, '0 seconds'],
  ])('%i ms reads as "%s"', (ms, text) => {
    expect(spanText(ms)).toBe(text);
  });

  it('writes the portal\'s time as people in the UK read it', () => {
    expect(dateTimeText(Date.UTC(2026, 10, 29, 12, 40))).toBe('Sunday 29 November 2026, 12:40');
    // British Summer Time: an hour ahead of UTC.
    expect(dateTimeText(Date.UTC(2026, 6, 1, 8, 5))).toBe('Wednesday 1 July 2026, 09:05');
  });
});

describe('every catalogue', () => {
  it.each(Object.entries(CATALOGUES))('%s has words for every error, ended session and email', (_language, words) => {
    for (const code of ERROR_CODES) expect(words.errors[code].length).toBeGreaterThan(0);
    for (const reason of SESSION_END_REASONS) expect(words.sessionEnded[reason].length).toBeGreaterThan(0);
    for (const kind of NOTIFICATION_KINDS) expect(typeof words.emails[kind]).toBe('function');
  });
});

/** Every text a catalogue can produce: its strings, and each message rendered with sample values. */
function allTexts(words: Words): string[] {
  const when = dateTimeText(Date.UTC(2026, 10, 29, 12, 40), words);
  const wait = durationText(15 * 60_000, words);
  const texts: string[] = [words.aFewMinutes, wait, ...Object.values(words.errors), ...Object.values(words.sessionEnded)];
  const r = words.refusals;
  texts.push(r.wrongCode(undefined), r.wrongCode(3), r.noTriesLeft, r.codeAlreadyUsed, r.tooManyWrongCodes(wait), r.tooManyFailedAttempts(wait));
  texts.push(r.tooManyFromThisComputer(wait), r.signInTimedOut, r.signedOut, r.setUpExpired);
  const t = words.sessionTimeout;
  texts.push(t.heading, t.signOutIn, t.explanation, t.staySignedIn, t.signOut, t.signedOutHeading, t.signedOutBecauseInactive(wait));
  texts.push(words.trainingClock.banner(wait, when));
  const e = words.emails;
  const emails = [
    e['mfa-enabled']({ when }), e['recovery-code-used']({ when, left: 9 }), e['recovery-codes-renewed']({ when }), e['password-reset']({ when }),
    e['password-lockout']({ when }), e['mfa-lockout']({ when }), e['code-replayed']({ when }), e['step-up-code']({ code: '123456', lasts: wait }),
    e['new-sign-in']({ when, reason: 'new-device', device: 'Chrome', location: 'Cardiff', mfaOn: false }),
    e['new-sign-in']({ when, reason: 'unusual-location', device: 'Chrome', location: 'Cardiff', mfaOn: true }),
    e['authenticator-reset']({ when, route: 'helpdesk', setupCodeLasts: wait }), e['authenticator-reset']({ when, route: 'recovery-code', setupCodeLasts: wait }),
    e['authenticator-replaced']({ when }), e['password-reset-started']({ when, code: '123456', lasts: wait }), e['setup-code']({ code: '123456', lasts: wait }),
    e['device-remembered']({ when, device: 'Chrome', lasts: wait }), e['signed-out-elsewhere']({ when }),
  ];
  for (const email of emails) texts.push(email.subject, email.body);
  return texts;
}

describe('the Welsh catalogue', () => {
  it('has a non-empty Welsh text for every English one, and no English left in it', () => {
    const english = allTexts(wordsFor('en'));
    const welsh = allTexts(wordsFor('cy'));
    expect(welsh).toHaveLength(english.length);
    for (const text of welsh) expect(text.trim().length).toBeGreaterThan(0);
    expect(findEnglish(welsh)).toEqual([]);
    // The check has teeth: the English catalogue is caught by it.
    expect(findEnglish(english).length).toBeGreaterThan(english.length / 2);
  });

  it('writes lengths of time and dates in Welsh', () => {
    const cy = wordsFor('cy');
    expect(durationText(90_000, cy)).toBe('2 munud');
    expect(durationText(30 * 24 * 3_600_000, cy)).toBe('30 diwrnod');
    expect(spanText(26 * 3_600_000 + 5 * 60_000, cy)).toBe('1 diwrnod 2 awr');
    expect(waitText(undefined, cy)).toBe('ychydig funudau');
    expect(dateTimeText(Date.UTC(2026, 10, 29, 12, 40), cy)).toBe('Dydd Sul 29 Tachwedd 2026, 12:40');
  });

  it('reads a language only from the names of its catalogues', () => {
    expect(isLanguage('cy')).toBe(true);
    expect(isLanguage('en')).toBe(true);
    for (const bad of ['CY', 'cy-GB', 'fr', '', 'toString', '__proto__', 1, null]) expect(isLanguage(bad)).toBe(false);
  });
});
