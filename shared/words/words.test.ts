import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../errors.js';
import { CATALOGUES, dateTimeText, durationText, NOTIFICATION_KINDS, SESSION_END_REASONS, spanText, waitText } from './index.js';

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
