import type { TimeUnit } from './words/catalogue.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A length of time as a count of the largest unit that reads naturally: 45 seconds, 15 minutes,
 * 1 hour, 24 hours, 7 days (never 10080 minutes). Rounded up, so a wait is never said to be
 * shorter than it is. Apart from the catalogues, so the extension can put it into its own words.
 */
export function durationInUnits(ms: number): { count: number; unit: TimeUnit } {
  const of = (count: number, unit: TimeUnit) => ({ count: Math.max(1, Math.ceil(count)), unit });
  if (ms < MINUTE) return of(ms / SECOND, 'second');
  if (ms < 2 * HOUR && ms % HOUR !== 0) return of(ms / MINUTE, 'minute');
  if (ms < 2 * DAY) return of(ms / HOUR, 'hour');
  return of(ms / DAY, 'day');
}
