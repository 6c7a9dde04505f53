import { waitText, wordsFor } from '../../shared/words/index.js';
import type { CoreError } from '../core/result.js';

/**
 * The portal's words for a refusal, from the shared catalogue (the extension takes its words from
 * the same place, in extension/ui/error-text.ts).
 */
const words = wordsFor();

export function passwordErrorMessage(error: CoreError): string {
  if ((error.code === 'account-locked' || error.code === 'rate-limited') && error.retryAfterSeconds !== undefined) {
    return words.refusals.tooManyFailedAttempts(waitText(error.retryAfterSeconds, words));
  }
  return words.errors[error.code];
}

export function codeErrorMessage(error: CoreError): string {
  if (error.code === 'invalid-code') return error.attemptsLeft === 0 ? words.refusals.noTriesLeft : words.refusals.wrongCode(error.attemptsLeft);
  if (error.code === 'mfa-locked' && error.retryAfterSeconds !== undefined) return words.refusals.tooManyWrongCodes(waitText(error.retryAfterSeconds, words));
  if (error.code === 'code-already-used') return words.refusals.codeAlreadyUsed;
  return words.errors[error.code];
}

/** Told to a browser whose session ended because the account's security changed elsewhere. */
export const SESSION_ENDED_MESSAGES = words.sessionEnded;
