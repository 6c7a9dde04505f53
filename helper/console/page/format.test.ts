import { describe, expect, it } from 'vitest';
import { dateTimeText as sharedDateTimeText } from '../../../shared/words/index.js';
import { agoText, aheadText, clockText, codeText, dateTimeText, fullDateTimeText, groupedKey, spanText } from './format.js';
import { cy } from './words/cy.js';
import { en } from './words/en.js';

const SAT_28_NOV_2026 = Date.UTC(2026, 10, 28, 10, 39, 35);
const LONDON = 'Europe/London';

describe('what the console says about times, keys and codes', () => {
  it('writes dates as the portal and its emails do, in UK time', () => {
    expect(dateTimeText(SAT_28_NOV_2026, en)).toBe('Saturday 28 November 2026, 10:39');
    // Summer time: the clock on the wall, not UTC.
    expect(dateTimeText(Date.UTC(2026, 6, 1, 9, 0, 0), en)).toBe('Wednesday 1 July 2026, 10:00');
    expect(dateTimeText(SAT_28_NOV_2026, cy)).toBe('Dydd Sadwrn 28 Tachwedd 2026, 10:39');
  });

  it("writes every date exactly as shared/words does where Intl has Welsh (Node), without needing Intl's Welsh (Chromium has none)", () => {
    for (let day = 0; day < 366; day += 7) {
      const at = Date.UTC(2026, 0, 1, 23, 30) + day * 86_400_000;
      expect(dateTimeText(at, cy)).toBe(sharedDateTimeText(at, cy.shared));
      expect(dateTimeText(at, en)).toBe(sharedDateTimeText(at, en.shared));
    }
  });

  it("shows the portal's clock with its seconds, and the phone's with hours and minutes", () => {
    expect(fullDateTimeText(SAT_28_NOV_2026, en, LONDON)).toBe('Saturday 28 November 2026, 10:39:35');
    expect(fullDateTimeText(SAT_28_NOV_2026, cy, LONDON)).toBe('Dydd Sadwrn 28 Tachwedd 2026, 10:39:35');
    expect(clockText(SAT_28_NOV_2026, LONDON)).toBe('10:39');
    // Summer time on the phone too.
    expect(clockText(Date.UTC(2026, 6, 1, 9, 5), LONDON)).toBe('10:05');
  });

  it('says how long ago in words', () => {
    expect(agoText(400, en)).toBe('just now');
    expect(agoText(5_000, en)).toBe('5 seconds ago');
    expect(agoText(3 * 60_000, en)).toBe('3 minutes ago');
    expect(agoText(400, cy)).toBe('gynnau');
    // The noun stays singular after a figure, and is not mutated.
    expect(agoText(5_000, cy)).toBe('5 eiliad yn ôl');
    expect(agoText(3 * 60_000, cy)).toBe('3 munud yn ôl');
  });

  it('says every part of a span the clock moved, not a rounded figure', () => {
    expect(spanText(30_000, en)).toBe('30 seconds');
    expect(spanText(15 * 60_000 + 30_000, en)).toBe('15 minutes and 30 seconds');
    expect(spanText(86_400_000 + 3_600_000 + 30_000, en)).toBe('1 day, 1 hour and 30 seconds');
    expect(spanText(30 * 86_400_000, en)).toBe('30 days');
    // Two readings of the clock a millisecond apart do not show as "59 minutes and 59 seconds".
    expect(spanText(3_600_000 - 1, en)).toBe('1 hour');
    expect(spanText(86_400_000 + 3_600_000 + 30_000, cy)).toBe('1 diwrnod, 1 awr, 30 eiliad');
    expect(spanText(30 * 86_400_000, cy)).toBe('30 diwrnod');
  });

  it('says how far ahead of real time the portal is', () => {
    expect(aheadText(0, en)).toBe('Real time');
    expect(aheadText(3_600_000, en)).toBe('1 hour ahead of real time');
    expect(aheadText(0, cy)).toBe('Amser real');
    expect(aheadText(15 * 60_000, cy)).toBe('15 munud o flaen amser real');
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
