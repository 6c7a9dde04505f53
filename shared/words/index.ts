import type { TimeUnit, Words } from './catalogue.js';
import { cy } from './cy.js';
import { en } from './en.js';
import { durationInUnits } from '../duration.js';

export * from './catalogue.js';

/** The catalogues there are. A language is added by adding its catalogue here. */
export const CATALOGUES = { en, cy } as const satisfies Record<string, Words>;
export type Language = keyof typeof CATALOGUES;

export const LANGUAGES = Object.keys(CATALOGUES) as Language[];

export function wordsFor(language: Language = 'en'): Words {
  return CATALOGUES[language];
}

/** Whether a string names one of the catalogues: for languages read from cookies, headers and stores. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && Object.hasOwn(CATALOGUES, value);
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
  const { count, unit } = durationInUnits(ms);
  return words.duration(count, unit);
}

/**
 * How far apart two times are, in at most two units, largest first: "1 day 2 hours", "15 minutes",
 * "30 days", "1 hour 30 minutes". Smaller units are left out (rounded down): this says how far the
 * training clock is ahead, not how long to wait.
 */
export function spanText(ms: number, words: Words = en): string {
  const units: [TimeUnit, number][] = [['day', DAY], ['hour', HOUR], ['minute', MINUTE], ['second', SECOND]];
  let left = Math.max(0, Math.floor(ms / SECOND) * SECOND);
  const parts: string[] = [];
  for (const [unit, size] of units) {
    const count = Math.floor(left / size);
    left -= count * size;
    if (count > 0) parts.push(words.duration(count, unit));
    if (parts.length === 2 || (parts.length === 1 && count === 0)) break;
  }
  return parts.length === 0 ? words.duration(0, 'second') : parts.join(' ');
}

/** A moment as people read it in the UK: "Sunday 29 November 2026, 12:40" (UK time). */
export function dateTimeText(ms: number, words: Words = en): string {
  const parts = new Intl.DateTimeFormat(words.locale, {
    weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/London',
  }).formatToParts(ms);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}, ${part('hour')}:${part('minute')}`;
}

/**
 * A device label as the helper stored it (in English, as `en.devices` writes it: "Chrome on
 * Linux", "A browser", "Trainer console"), in the reader's words: "Chrome ar Linux". A label in
 * any other form is a name, and is shown as it is.
 */
export function deviceText(label: string, words: Words = en): string {
  const named = en.devices;
  if (label === named.aBrowser) return words.devices.aBrowser;
  if (label === named.trainerConsole) return words.devices.trainerConsole;
  const match = /^(.+) on (.+)$/.exec(label);
  if (match === null) return label;
  const [, browser = '', system = ''] = match;
  return words.devices.browserOn(
    browser === named.aBrowser ? words.devices.aBrowser : browser,
    system === named.anUnknownSystem ? words.devices.anUnknownSystem : system,
  );
}

/** A wait given in seconds by an answer, or "a few minutes" when none was given. */
export function waitText(seconds: number | undefined, words: Words = en): string {
  return seconds === undefined ? words.aFewMinutes : durationText(seconds * SECOND, words);
}
