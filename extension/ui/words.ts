import { durationInUnits } from '../../shared/duration.js';
import type { TimeUnit } from '../../shared/words/catalogue.js';
import { t, type MessageKey } from './i18n.js';

const UNIT_KEYS: Record<TimeUnit, readonly [one: MessageKey, many: MessageKey]> = {
  second: ['durationSecondOne', 'durationSecondMany'],
  minute: ['durationMinuteOne', 'durationMinuteMany'],
  hour: ['durationHourOne', 'durationHourMany'],
  day: ['durationDayOne', 'durationDayMany'],
};

/** "1 day", "7 days", "7 diwrnod": a count and its unit, as shared/words says it. */
export function countOf(count: number, unit: TimeUnit): string {
  const [one, many] = UNIT_KEYS[unit];
  return t(count === 1 ? one : many, String(count));
}

/** A length of time in the largest unit that reads naturally, rounded up (shared/duration.ts). */
export function durationText(ms: number): string {
  const { count, unit } = durationInUnits(ms);
  return countOf(count, unit);
}

/** A wait given in seconds by an answer, or "a few minutes" when none was given. */
export function waitText(seconds: number | undefined): string {
  return seconds === undefined ? t('aFewMinutes') : durationText(seconds * 1000);
}

/**
 * English has one word for one and another for more ("1 try", "3 tries"); Welsh writes counts as
 * "Label: N" (docs/welsh.md), so its catalogue gives both keys the same words.
 */
export function countedText(count: number, one: MessageKey, many: MessageKey): string {
  return t(count === 1 ? one : many, String(count));
}

const MONTHS: readonly MessageKey[] = [
  'monthJanuary', 'monthFebruary', 'monthMarch', 'monthApril', 'monthMay', 'monthJune',
  'monthJuly', 'monthAugust', 'monthSeptember', 'monthOctober', 'monthNovember', 'monthDecember',
];

/**
 * A moment in the browser's own time zone: "6 December 2026 at 06:15", "6 Rhagfyr 2026 am 06:15".
 * Built from the catalogue rather than Intl: Chromium carries no Welsh locale data, and would
 * answer "December 6, 2026 at 6:15 AM".
 */
export function dateTimeText(ms: number): string {
  const moment = new Date(ms);
  const twoDigits = (value: number) => String(value).padStart(2, '0');
  return t('dateAtTime', String(moment.getDate()), t(MONTHS[moment.getMonth()] ?? 'monthJanuary'), String(moment.getFullYear()), `${twoDigits(moment.getHours())}:${twoDigits(moment.getMinutes())}`);
}
