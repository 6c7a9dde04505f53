import { ERROR_MESSAGES } from '../../shared/errors.js';
import type { CoreError } from '../core/result.js';

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
