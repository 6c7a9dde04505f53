import { ERROR_MESSAGES } from '../../shared/errors.js';
import type { CoreError } from '../core/result.js';
import type { SessionEndReason } from '../core/views.js';

/** Plain-English words for the portal's own forms (the extension has its own, in extension/ui). */
export function passwordErrorMessage(error: CoreError): string {
  if (error.code === 'account-locked' && error.retryAfterSeconds !== undefined) {
    return `Too many failed attempts. Try again in ${minutesText(error.retryAfterSeconds)}.`;
  }
  return ERROR_MESSAGES[error.code];
}

export function codeErrorMessage(error: CoreError): string {
  if (error.code === 'invalid-code' && error.attemptsLeft === 0) return 'That code is not right, and no tries are left. Ask for a new code.';
  if (error.code === 'invalid-code' && error.attemptsLeft !== undefined) {
    return `That code is not right. You have ${error.attemptsLeft} ${error.attemptsLeft === 1 ? 'try' : 'tries'} left.`;
  }
  if (error.code === 'mfa-locked' && error.retryAfterSeconds !== undefined) {
    return `Too many wrong codes. Try again in ${minutesText(error.retryAfterSeconds)}.`;
  }
  return ERROR_MESSAGES[error.code];
}

export function minutesText(seconds: number): string {
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/** Told to a browser whose session ended because the account's security changed elsewhere. */
export const SESSION_ENDED_MESSAGES: Record<SessionEndReason, string> = {
  'mfa-enabled': 'You were signed out because extra security (MFA) was turned on for this account in another browser. Sign in again.',
  'authenticator-replaced': 'You were signed out because a new authenticator app was set up for this account in another browser. Sign in again.',
  'authenticator-reset': 'You were signed out because the authenticator app for this account was reset. Sign in again.',
  'password-reset': 'You were signed out because the password for this account was changed. Sign in with the new password.',
  'signed-out-elsewhere': 'You were signed out because this account was signed out everywhere from another browser. Sign in again.',
};
