import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../errors.js';
import { CATALOGUES, durationText, NOTIFICATION_KINDS, SESSION_END_REASONS, waitText } from './index.js';

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

describe('every catalogue', () => {
  it.each(Object.entries(CATALOGUES))('%s has words for every error, ended session and email', (_language, words) => {
    for (const code of ERROR_CODES) expect(words.errors[code].length).toBeGreaterThan(0);
    for (const reason of SESSION_END_REASONS) expect(words.sessionEnded[reason].length).toBeGreaterThan(0);
    for (const kind of NOTIFICATION_KINDS) expect(typeof words.emails[kind]).toBe('function');
  });
});
