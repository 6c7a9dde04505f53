import { describe, expect, it } from 'vitest';
import { waitText } from '../../shared/words/index.js';
import { codeErrorText } from './error-text.js';

describe('words for code errors', () => {
  it.each([
    [{ code: 'invalid-code', message: '', attemptsLeft: 1 }, 'That code is not right. You have 1 try left.'],
    [{ code: 'invalid-code', message: '', attemptsLeft: 3 }, 'That code is not right. You have 3 tries left.'],
    [{ code: 'code-already-used', message: '' }, 'That code has already been used. Wait for the next code to show in your app, then enter it.'],
    [{ code: 'mfa-locked', message: '', retryAfterSeconds: 30 }, 'Too many wrong codes. Try again in 30 seconds.'],
    [{ code: 'challenge-expired', message: '' }, 'This sign-in has timed out. Sign in again.'],
  ] as const)('%j', (error, text) => {
    expect(codeErrorText(error)).toBe(text);
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
