import { beforeEach, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../shared/errors.js';
import { cy as sharedCy } from '../../shared/words/cy.js';
import { en as sharedEn } from '../../shared/words/en.js';
import { waitText as sharedWaitText } from '../../shared/words/index.js';
import { EXTENSION_ERROR_CODES } from '../messages/result.js';
import { errorText } from './error-text.js';
import { speak, t } from './i18n.js';
import { CATALOGUES, fakeBrowserI18n } from './i18n-fake.js';
import { waitText } from './words.js';

describe('words for refusals, in English', () => {
  beforeEach(() => { fakeBrowserI18n('en'); speak('en', null); });

  it.each([
    [{ code: 'invalid-code', message: '', attemptsLeft: 1 }, 'That code is not right. You have 1 try left.'],
    [{ code: 'invalid-code', message: '', attemptsLeft: 3 }, 'That code is not right. You have 3 tries left.'],
    [{ code: 'code-already-used', message: '' }, 'That code has already been used. Wait for the next code to show in your app, then enter it.'],
    [{ code: 'mfa-locked', message: '', retryAfterSeconds: 30 }, 'Too many wrong codes. Try again in 30 seconds.'],
    [{ code: 'challenge-expired', message: '' }, 'This sign-in has timed out. Sign in again.'],
    [{ code: 'helper-unreachable', message: 'from the background' }, 'ESR could not be reached. Check your connection and try again.'],
  ] as const)('%j', (error, text) => {
    expect(errorText(error)).toBe(text);
  });

  it.each([
    [59, '59 seconds'],
    [60, '1 minute'],
    [61, '2 minutes'],
    [7200, '2 hours'],
    [7 * 24 * 3600, '7 days'],
  ])('waits of %i s read as "%s"', (seconds, text) => {
    expect(waitText(seconds)).toBe(text);
  });
});

describe.each([['en', sharedEn], ['cy', sharedCy]] as const)('refusals in %s, from the stored catalogue', (language, shared) => {
  beforeEach(() => { fakeBrowserI18n(language === 'en' ? 'cy' : 'en'); speak(language, CATALOGUES[language]); });

  it('are the shared catalogue’s, word for word', () => {
    for (const attemptsLeft of [undefined, 1, 2]) expect(errorText({ code: 'invalid-code', message: '', ...(attemptsLeft === undefined ? {} : { attemptsLeft }) })).toBe(shared.refusals.wrongCode(attemptsLeft));
    expect(errorText({ code: 'rate-limited', message: '', retryAfterSeconds: 900 })).toBe(shared.refusals.tooManyFromThisComputer(sharedWaitText(900, shared)));
    expect(errorText({ code: 'mfa-locked', message: '' })).toBe(shared.refusals.tooManyWrongCodes(shared.aFewMinutes));
    expect(errorText({ code: 'code-already-used', message: '' })).toBe(shared.refusals.codeAlreadyUsed);
    expect(errorText({ code: 'challenge-expired', message: '' })).toBe(shared.refusals.signInTimedOut);
    expect(errorText({ code: 'not-signed-in', message: '' })).toBe(shared.refusals.signedOut);
    expect(errorText({ code: 'enrolment-not-started', message: '' })).toBe(shared.refusals.setUpExpired);
    expect(t('refusalNoTriesLeft')).toBe(shared.refusals.noTriesLeft);
    expect(t('refusalTooManyFailedAttempts', '15 munud')).toBe(shared.refusals.tooManyFailedAttempts('15 munud'));
  });

  it.each([1, 59, 60, 61, 900, 3600, 5400, 7200, 86_400, 7 * 86_400, 30 * 86_400])('a wait of %i s reads as shared/words says it', (seconds) => {
    expect(waitText(seconds)).toBe(sharedWaitText(seconds, shared));
  });
});

describe('every error code', () => {
  it.each(['en', 'cy'] as const)('has its own words in %s, the shared catalogue’s for the helper’s codes', (language) => {
    fakeBrowserI18n('en');
    speak(language, CATALOGUES[language]);
    const shared = language === 'en' ? sharedEn : sharedCy;
    // Codes with a refusal of their own say it instead; the rest say the shared words.
    const withRefusal = new Set(['invalid-code', 'code-already-used', 'mfa-locked', 'rate-limited', 'challenge-expired', 'challenge-not-found', 'not-signed-in', 'enrolment-not-started']);
    for (const code of ERROR_CODES.filter((code) => !withRefusal.has(code))) expect(errorText({ code, message: '' })).toBe(shared.errors[code]);
    for (const code of EXTENSION_ERROR_CODES) expect(errorText({ code, message: '' })).not.toBe('');
  });
});
