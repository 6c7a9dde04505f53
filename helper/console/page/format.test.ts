import { describe, expect, it } from 'vitest';
import { agoText, aheadText, clockText, codeText, dateTimeText, fullDateTimeText, groupedKey, spanText } from './format.js';

const SAT_28_NOV_2026 = Date.UTC(2026, 10, 28, 10, 39, 35);

describe('what the console says about times, keys and codes', () => {
  it('writes dates the British way, in full', () => {
    expect(dateTimeText(SAT_28_NOV_2026, 'Europe/London')).toBe('28 November 2026 at 10:39:35');
    expect(fullDateTimeText(SAT_28_NOV_2026, 'Europe/London')).toBe('Saturday 28 November 2026 at 10:39:35');
    expect(clockText(SAT_28_NOV_2026, 'Europe/London')).toBe('10:39');
    // Summer time: the trainer's clock on the wall, not UTC.
    expect(dateTimeText(Date.UTC(2026, 6, 1, 9, 0, 0), 'Europe/London')).toBe('1 July 2026 at 10:00:00');
  });

  it('says how long ago in words', () => {
    expect(agoText(400)).toBe('just now');
    expect(agoText(5_000)).toBe('5 seconds ago');
    expect(agoText(3 * 60_000)).toBe('3 minutes ago');
  });

  it('says every part of a span the clock moved, not a rounded figure', () => {
    expect(spanText(30_000)).toBe('30 seconds');
    expect(spanText(15 * 60_000 + 30_000)).toBe('15 minutes and 30 seconds');
    expect(spanText(86_400_000 + 3_600_000 + 30_000)).toBe('1 day, 1 hour and 30 seconds');
    expect(spanText(30 * 86_400_000)).toBe('30 days');
    // Two readings of the clock a millisecond apart do not show as "59 minutes and 59 seconds".
    expect(spanText(3_600_000 - 1)).toBe('1 hour');
  });

  it('says how far ahead of real time the portal is', () => {
    expect(aheadText(0)).toBe('Real time');
    expect(aheadText(3_600_000)).toBe('1 hour ahead of real time');
  });

  it('groups a key in fours, as the set-up guide shows it', () => {
    expect(groupedKey('jbswy3dpehpk3pxp')).toBe('JBSW Y3DP EHPK 3PXP');
    expect(groupedKey('JBSW Y3DP EHPK 3PX')).toBe('JBSW Y3DP EHPK 3PX');
  });

  it('shows a code in two groups of three, as the app does', () => {
    expect(codeText('123456')).toBe('123 456');
    expect(codeText('075318')).toBe('075 318');
  });
});
