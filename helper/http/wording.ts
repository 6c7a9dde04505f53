import { waitText, type Words } from '../../shared/words/index.js';
import type { CoreError } from '../core/result.js';

/**
 * The portal's words for a refusal, from the shared catalogue in the page's language (the
 * extension takes its words from the same place, in extension/ui/error-text.ts).
 */
export function passwordErrorMessage(error: CoreError, words: Words): string {
  if ((error.code === 'account-locked' || error.code === 'rate-limited') && error.retryAfterSeconds !== undefined) {
    return words.refusals.tooManyFailedAttempts(waitText(error.retryAfterSeconds, words));
  }
  return words.errors[error.code];
}

export function codeErrorMessage(error: CoreError, words: Words): string {
  if (error.code === 'invalid-code') return error.attemptsLeft === 0 ? words.refusals.noTriesLeft : words.refusals.wrongCode(error.attemptsLeft);
  if (error.code === 'mfa-locked' && error.retryAfterSeconds !== undefined) return words.refusals.tooManyWrongCodes(waitText(error.retryAfterSeconds, words));
  if (error.code === 'code-already-used') return words.refusals.codeAlreadyUsed;
  return words.errors[error.code];
}
