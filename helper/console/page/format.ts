import { durationText, wordsFor, type TimeUnit } from '../../../shared/words/index.js';

/**
 * How the console puts times, keys and codes into words. Dates are en-GB in the trainer's own time
 * zone unless a test pins one.
 */
const words = wordsFor('en');

/** "28 November 2026 at 10:39:35". */
export function dateTimeText(ms: number, timeZone?: string): string {
  return new Intl.DateTimeFormat(words.locale, { dateStyle: 'long', timeStyle: 'medium', ...(timeZone === undefined ? {} : { timeZone }) }).format(ms);
}

/** "Saturday 28 November 2026 at 10:39:35": the portal's clock, where the day of the week helps. */
export function fullDateTimeText(ms: number, timeZone?: string): string {
  return new Intl.DateTimeFormat(words.locale, { dateStyle: 'full', timeStyle: 'medium', ...(timeZone === undefined ? {} : { timeZone }) })
    .format(ms)
    .replace(/^(\w+),/, '$1');
}

/** "10:39": a phone's clock. */
export function clockText(ms: number, timeZone?: string): string {
  return new Intl.DateTimeFormat(words.locale, { timeStyle: 'short', ...(timeZone === undefined ? {} : { timeZone }) }).format(ms);
}

/** "just now", "5 seconds ago", "3 minutes ago". */
export function agoText(ms: number): string {
  return ms < 1000 ? 'just now' : `${durationText(ms, words)} ago`;
}

const UNITS: readonly [TimeUnit, number][] = [['day', 86_400], ['hour', 3_600], ['minute', 60], ['second', 1]];

/**
 * An exact span in words, to the nearest second: "1 day, 1 hour and 30 seconds". The clock moves
 * by sums of presets, and a trainer checking how far it went wants every part of the sum, not the
 * rounded "2 days" that durationText would say of a wait.
 */
export function spanText(ms: number): string {
  let seconds = Math.round(ms / 1000);
  const parts: string[] = [];
  for (const [unit, size] of UNITS) {
    const count = Math.floor(seconds / size);
    seconds -= count * size;
    if (count > 0) parts.push(words.duration(count, unit));
  }
  if (parts.length === 0) return words.duration(0, 'second');
  const last = parts.pop() ?? '';
  return parts.length === 0 ? last : `${parts.join(', ')} and ${last}`;
}

/** "Real time", or "1 hour ahead of real time". */
export function aheadText(offsetMs: number): string {
  return Math.round(offsetMs / 1000) === 0 ? 'Real time' : `${spanText(offsetMs)} ahead of real time`;
}

/** "JBSW Y3DP EHPK 3PXP": a key in groups of 4, as the portal's set-up guide shows it. */
export function groupedKey(key: string): string {
  return key.replace(/[\s=]/g, '').toUpperCase().replace(/(.{4})(?=.)/g, '$1 ');
}

/** "123 456": a code in two groups of 3, as an authenticator app shows it. */
export function codeText(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}
