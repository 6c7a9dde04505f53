import { HELP_PATH } from '../../../shared/portal-facts.js';
import type { ClockView, ConsoleStatus } from '../contract.js';
import { agoText, aheadText } from './format.js';
import type { ConsoleWords } from './words/index.js';

/**
 * "Extension connected: last seen 5 seconds ago", or that it has not been seen. `now` is the
 * helper's clock, which is the clock `lastSeenAt` was read from.
 */
export function extensionText(extension: ConsoleStatus['extension'], now: number, words: ConsoleWords): string {
  if (extension === null) return words.status.extensionNotSeen;
  return words.status.extensionSeen(agoText(Math.max(0, now - extension.lastSeenAt), words));
}

/** "Real time", or "Moved: 1 hour ahead of real time". */
export function clockStateText(clock: ClockView, words: ConsoleWords): string {
  return clock.moved ? words.status.moved(aheadText(clock.offsetMs, words)) : words.time.realTime;
}

/** Where a trainee signs in: the portal's own login page. */
export function portalLoginAddress(portalOrigin: string): string {
  return `${portalOrigin.replace(/\/+$/, '')}/login`;
}

/** The portal's MFA help page, with the video and step-by-step guide a trainer can show the class. */
export function portalHelpAddress(portalOrigin: string): string {
  return `${portalOrigin.replace(/\/+$/, '')}${HELP_PATH}`;
}
