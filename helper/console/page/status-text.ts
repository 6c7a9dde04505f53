import type { ClockView, ConsoleStatus } from '../contract.js';
import { agoText, aheadText } from './format.js';

/**
 * "Extension connected: last seen 5 seconds ago", or that it has not been seen. `now` is the
 * helper's clock, which is the clock `lastSeenAt` was read from.
 */
export function extensionText(extension: ConsoleStatus['extension'], now: number): string {
  if (extension === null) return 'Not seen yet: it first calls the portal when someone signs in';
  return `Extension connected: last seen ${agoText(Math.max(0, now - extension.lastSeenAt))}`;
}

/** "Real time", or "Moved: 1 hour ahead of real time". */
export function clockStateText(clock: ClockView): string {
  return clock.moved ? `Moved: ${aheadText(clock.offsetMs)}` : 'Real time';
}

/** Where a trainee signs in: the portal's own login page. */
export function portalLoginAddress(portalOrigin: string): string {
  return `${portalOrigin.replace(/\/+$/, '')}/login`;
}
