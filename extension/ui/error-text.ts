import type { MessageError } from '../messages/result.js';

/** Plain-English words for each refusal a person can meet while typing a code. */
export function codeErrorText(error: MessageError): string {
  switch (error.code) {
    case 'invalid-code':
      return error.attemptsLeft === undefined
        ? 'That code is not right. Check the code in your app and try again.'
        : `That code is not right. You have ${error.attemptsLeft} ${error.attemptsLeft === 1 ? 'try' : 'tries'} left.`;
    case 'code-already-used':
      return 'That code has already been used. Wait for the next code to show in your app, then enter it.';
    case 'mfa-locked':
      return `Too many wrong codes. Try again in ${waitText(error.retryAfterSeconds)}.`;
    case 'rate-limited':
      return `Too many attempts from this computer. Try again in ${waitText(error.retryAfterSeconds)}.`;
    case 'challenge-expired':
    case 'challenge-not-found':
      return 'This sign-in has timed out. Sign in again.';
    case 'not-signed-in':
      return 'You have been signed out. Sign in again.';
    case 'enrolment-not-started':
      return 'The set-up has expired. Go back to the QR code step to start again.';
    default:
      return error.message;
  }
}

export function waitText(seconds: number | undefined): string {
  if (seconds === undefined) return 'a few minutes';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 120) return minutes === 1 ? '1 minute' : `${minutes} minutes`;
  const hours = Math.ceil(minutes / 60);
  return hours < 48 ? `${hours} hours` : `${Math.ceil(hours / 24)} days`;
}

/** Errors after which typing another code cannot help: the person must start signing in again. */
export function needsNewSignIn(error: MessageError): boolean {
  return error.code === 'challenge-expired' || error.code === 'challenge-not-found' || error.code === 'not-signed-in';
}
