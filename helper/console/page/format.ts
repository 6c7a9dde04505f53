import { durationText, type TimeUnit } from '../../../shared/words/index.js';
import type { ConsoleWords } from './words/index.js';

/**
 * How the console puts times, keys and codes into words, in the trainer's language. Dates are
 * written as the portal and its emails write them (shared/words' dateTimeText: UK time, "Saturday
 * 28 November 2026, 10:39"), with the names from the console's catalogue: Intl in Chromium has no
 * Welsh and would fall back to English names. The portal's ticking clock and the phone's follow the
 * trainer's own time zone unless a test pins one.
 */

const UK_TIME = 'Europe/London';

/** The figures of a moment in a time zone (undefined: the browser's), read from Intl's numeric parts, which every browser has. */
function figures(ms: number, timeZone: string | undefined): { weekday: number; day: number; month: number; year: number; hour: string; minute: string; second: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', ...(timeZone === undefined ? {} : { timeZone }),
  }).formatToParts(ms);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const [day, month, year] = [Number(part('day')), Number(part('month')), Number(part('year'))];
  return { weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(), day, month, year, hour: part('hour'), minute: part('minute'), second: part('second') };
}

function dateText(at: ReturnType<typeof figures>, words: ConsoleWords): string {
  return `${words.calendar.days[at.weekday] ?? ''} ${at.day} ${words.calendar.months[at.month - 1] ?? ''} ${at.year}`;
}

/** "Saturday 28 November 2026, 10:39" / "Dydd Sadwrn 28 Tachwedd 2026, 10:39", in UK time. */
export function dateTimeText(ms: number, words: ConsoleWords): string {
  const at = figures(ms, UK_TIME);
  return `${dateText(at, words)}, ${at.hour}:${at.minute}`;
}

/** "Saturday 28 November 2026, 10:39:35": the portal's clock, where the seconds show it running. */
export function fullDateTimeText(ms: number, words: ConsoleWords, timeZone?: string): string {
  const at = figures(ms, timeZone);
  return `${dateText(at, words)}, ${at.hour}:${at.minute}:${at.second}`;
}

/** "10:39": a phone's clock. */
export function clockText(ms: number, timeZone?: string): string {
  const at = figures(ms, timeZone);
  return `${at.hour}:${at.minute}`;
}

/** "just now", "5 seconds ago", "3 minutes ago". */
export function agoText(ms: number, words: ConsoleWords): string {
  return ms < 1000 ? words.time.justNow : words.time.ago(durationText(ms, words.shared));
}

const UNITS: readonly [TimeUnit, number][] = [['day', 86_400], ['hour', 3_600], ['minute', 60], ['second', 1]];

/**
 * An exact span in words, to the nearest second: "1 day, 1 hour and 30 seconds". The clock moves
 * by sums of presets, and a trainer checking how far it went wants every part of the sum, not the
 * rounded "2 days" that durationText would say of a wait.
 */
export function spanText(ms: number, words: ConsoleWords): string {
  let seconds = Math.round(ms / 1000);
  const parts: string[] = [];
  for (const [unit, size] of UNITS) {
    const count = Math.floor(seconds / size);
    seconds -= count * size;
    if (count > 0) parts.push(words.shared.duration(count, unit));
  }
  return parts.length === 0 ? words.shared.duration(0, 'second') : words.time.list(parts);
}

/** "Real time", or "1 hour ahead of real time". */
export function aheadText(offsetMs: number, words: ConsoleWords): string {
  return Math.round(offsetMs / 1000) === 0 ? words.time.realTime : words.time.aheadOfRealTime(spanText(offsetMs, words));
}

/** "JBSW Y3DP EHPK 3PXP": a key in groups of 4, as the portal's set-up guide shows it. */
export function groupedKey(key: string): string {
  return key.replace(/[\s=]/g, '').toUpperCase().replace(/(.{4})(?=.)/g, '$1 ');
}

/** "123 456": a code in two groups of 3, as an authenticator app shows it. */
export function codeText(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}
