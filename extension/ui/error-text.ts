import { waitText, wordsFor } from '../../shared/words/index.js';
import type { MessageError } from '../messages/result.js';

const words = wordsFor();

/** The words for each refusal a person can meet while typing a code, from the shared catalogue. */
export function codeErrorText(error: MessageError): string {
  switch (error.code) {
    case 'invalid-code':
      return words.refusals.wrongCode(error.attemptsLeft);
    case 'code-already-used':
      return words.refusals.codeAlreadyUsed;
    case 'mfa-locked':
      return words.refusals.tooManyWrongCodes(waitText(error.retryAfterSeconds, words));
    case 'rate-limited':
      return words.refusals.tooManyFromThisComputer(waitText(error.retryAfterSeconds, words));
    case 'challenge-expired':
    case 'challenge-not-found':
      return words.refusals.signInTimedOut;
    case 'not-signed-in':
      return words.refusals.signedOut;
    case 'enrolment-not-started':
      return words.refusals.setUpExpired;
    default:
      return error.message;
  }
}

/** Errors after which typing another code cannot help: the person must start signing in again. */
export function needsNewSignIn(error: MessageError): boolean {
  return error.code === 'challenge-expired' || error.code === 'challenge-not-found' || error.code === 'not-signed-in';
}
