import type { MessageError, MessageErrorCode } from '../messages/result.js';
import { t, type MessageKey } from './i18n.js';
import { countedText, waitText } from './words.js';

/** "not-signed-in" → "not_signed_in": message keys may not hold a hyphen. */
type Snake<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}_${Snake<Tail>}` : S;
type ErrorKey = `error_${Snake<MessageErrorCode>}`;

/**
 * The key of an error code's plain words. Returned as a MessageKey, so an error code without its
 * words in the catalogue does not compile.
 */
export function errorKey(code: MessageErrorCode): MessageKey {
  const key = `error_${code.replaceAll('-', '_')}` as ErrorKey;
  return key;
}

/**
 * The words for any refusal the extension shows: the refusals people meet while typing a code,
 * with what to do next, and otherwise the plain words for the error's code.
 */
export function errorText(error: MessageError): string {
  switch (error.code) {
    case 'invalid-code':
      return error.attemptsLeft === undefined ? t('refusalWrongCode') : countedText(error.attemptsLeft, 'refusalWrongCodeTriesLeftOne', 'refusalWrongCodeTriesLeftMany');
    case 'code-already-used':
      return t('refusalCodeAlreadyUsed');
    case 'mfa-locked':
      return t('refusalTooManyWrongCodes', waitText(error.retryAfterSeconds));
    case 'rate-limited':
      return t('refusalTooManyFromThisComputer', waitText(error.retryAfterSeconds));
    case 'challenge-expired':
    case 'challenge-not-found':
      return t('refusalSignInTimedOut');
    case 'not-signed-in':
      return t('refusalSignedOut');
    case 'enrolment-not-started':
      return t('refusalSetUpExpired');
    default:
      return t(errorKey(error.code));
  }
}

/** Errors after which typing another code cannot help: the person must start signing in again. */
export function needsNewSignIn(error: MessageError): boolean {
  return error.code === 'challenge-expired' || error.code === 'challenge-not-found' || error.code === 'not-signed-in';
}
