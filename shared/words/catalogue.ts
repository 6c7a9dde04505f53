import type { ErrorCode } from '../errors.js';

/**
 * Every message a person reads that more than one part of the product says: refusals and their
 * waits, why a session ended, the emails ESR sends, and how a length of time is written. The
 * helper's pages and emails and the extension's panels all take their words from here, so one
 * message is phrased once. A catalogue per language; English is the first of the set.
 */

/** The emails ESR sends, each with exactly what its words need. `when` is already written out. */
export const NOTIFICATION_KINDS = [
  'mfa-enabled',
  'recovery-code-used',
  'recovery-codes-renewed',
  'password-reset',
  'password-lockout',
  'mfa-lockout',
  'code-replayed',
  'step-up-code',
  'new-sign-in',
  'authenticator-reset',
  'authenticator-replaced',
  'password-reset-started',
  'setup-code',
  'device-remembered',
  'signed-out-elsewhere',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface EmailParams {
  'mfa-enabled': { when: string };
  'recovery-code-used': { when: string; left: number };
  'recovery-codes-renewed': { when: string };
  'password-reset': { when: string };
  'password-lockout': { when: string };
  'mfa-lockout': { when: string };
  'code-replayed': { when: string };
  'step-up-code': { code: string; lasts: string };
  'new-sign-in': { when: string; reason: 'new-device' | 'unusual-location'; device: string; location: string; mfaOn: boolean };
  'authenticator-reset': { when: string; route: 'helpdesk' | 'recovery-code'; setupCodeLasts: string };
  'authenticator-replaced': { when: string };
  'password-reset-started': { when: string; code: string; lasts: string };
  'setup-code': { code: string; lasts: string };
  'device-remembered': { when: string; device: string; lasts: string };
  'signed-out-elsewhere': { when: string };
}

export interface Email {
  subject: string;
  body: string;
}

/** Why a browser's session was ended for its user by a change made elsewhere. */
export const SESSION_END_REASONS = ['mfa-enabled', 'authenticator-replaced', 'authenticator-reset', 'password-reset', 'signed-out-elsewhere'] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];

export type TimeUnit = 'second' | 'minute' | 'hour' | 'day';

export interface Words {
  /** BCP 47, for `lang` attributes and date formats. */
  locale: string;
  /** "1 minute", "15 minutes": a count with its unit. */
  duration(count: number, unit: TimeUnit): string;
  /** Said when no wait is known. */
  aFewMinutes: string;
  /** The plain fallback for each error code, for answers and pages that have nothing more specific. */
  errors: Record<ErrorCode, string>;
  /** Refusals people meet while typing a password or a code, with what to do next. */
  refusals: {
    wrongCode(attemptsLeft: number | undefined): string;
    noTriesLeft: string;
    codeAlreadyUsed: string;
    tooManyWrongCodes(wait: string): string;
    tooManyFailedAttempts(wait: string): string;
    tooManyFromThisComputer(wait: string): string;
    signInTimedOut: string;
    signedOut: string;
    setUpExpired: string;
  };
  sessionEnded: Record<SessionEndReason, string>;
  /** The warning before a signed-in session times out, and the page after it has (WCAG 2.2.1). */
  sessionTimeout: {
    heading: string;
    /** Before the time left, which the page's script keeps up to date: "… in 2 minutes." */
    signOutIn: string;
    /** What staying signed in does, under the time left. */
    explanation: string;
    staySignedIn: string;
    signOut: string;
    /** The signed-out page's heading and words after a time-out; `idle` is "30 minutes". */
    signedOutHeading: string;
    signedOutBecauseInactive(idle: string): string;
  };
  /** The trainer's training clock, on the portal's pages (and the trainer console's). */
  trainingClock: {
    /** Shown on every portal page while the clock is moved: how far ahead, and the portal's time. */
    banner(ahead: string, portalTime: string): string;
  };
  /**
   * A browser as the helper names it from its user agent. Labels are stored in English (as
   * `en.devices` writes them) and put into a reader's words as they are shown: see deviceText.
   */
  devices: {
    browserOn(browser: string, system: string): string;
    aBrowser: string;
    anUnknownSystem: string;
    trainerConsole: string;
  };
  emails: { [K in NotificationKind]: (params: EmailParams[K]) => Email };
}
