import type { TimeUnit, Words } from './catalogue.js';
import { en } from './en.js';

export * from './catalogue.js';

/** The catalogues there are. A language is added by adding its catalogue here. */
export const CATALOGUES = { en } as const satisfies Record<string, Words>;
export type Language = keyof typeof CATALOGUES;

export function wordsFor(language: Language = 'en'): Words {
  return CATALOGUES[language];
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A length of time in plain words, in the largest unit that reads naturally: "45 seconds",
 * "15 minutes", "1 hour", "24 hours", "7 days" (never "10080 minutes"). Rounded up, so a wait is
 * never said to be shorter than it is.
 */
export function durationText(ms: number, words: Words = en): string {
  const say = (count: number, unit: TimeUnit) => words.duration(Math.max(1, Math.ceil(count)), unit);
  if (ms < MINUTE) return say(ms / SECOND, 'second');
  if (ms < 2 * HOUR && ms % HOUR !== 0) return say(ms / MINUTE, 'minute');
  if (ms < 2 * DAY) return say(ms / HOUR, 'hour');
  return say(ms / DAY, 'day');
}

/** A wait given in seconds by an answer, or "a few minutes" when none was given. */
export function waitText(seconds: number | undefined, words: Words = en): string {
  return seconds === undefined ? words.aFewMinutes : durationText(seconds * SECOND, words);
}
