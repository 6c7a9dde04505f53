import { z } from 'zod';

/**
 * Every error the helper can return, as a stable code. The extension maps each code to plain
 * words; the helper's `message` is a fallback for other clients (curl, test authors).
 */
export const ERROR_CODES = [
  // Transport and request shape
  'bad-request',
  'unsupported-media-type',
  'payload-too-large',
  'not-found',
  'method-not-allowed',
  'forbidden-host',
  'forbidden-origin',
  'rate-limited',
  'internal',
  // Password sign-in (portal forms)
  'invalid-credentials',
  'account-locked',
  'password-rules',
  'reset-details-mismatch',
  'reset-expired',
  'second-factor-needed',
  'not-privileged',
  'step-up-code-expired',
  'step-up-required',
  // Session
  'not-signed-in',
  // Enrolment
  'not-eligible',
  'enrolment-not-started',
  'mfa-not-on',
  // One-time codes and sign-in challenges
  'invalid-code',
  'code-already-used',
  'mfa-locked',
  'challenge-not-found',
  'challenge-expired',
] as const;

export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** Why someone cannot turn MFA on. Each reason has its own explanation in the UI. */
export const INELIGIBILITY_REASONS = ['leaver', 'internet-access-not-approved', 'already-enrolled'] as const;
export const IneligibilityReason = z.enum(INELIGIBILITY_REASONS);
export type IneligibilityReason = z.infer<typeof IneligibilityReason>;

export const ErrorBody = z.object({
  error: z.object({
    code: ErrorCode,
    message: z.string(),
    /** invalid-code: wrong codes left before MFA sign-in is paused. */
    attemptsLeft: z.number().int().nonnegative().optional(),
    /** mfa-locked, rate-limited: when to try again. */
    retryAfterSeconds: z.number().int().positive().optional(),
    /** not-eligible: why. */
    reason: IneligibilityReason.optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
export type ApiError = ErrorBody['error'];

/** Plain-English fallback messages, one per code. */
export const ERROR_MESSAGES: Record<ErrorCode, string> = {
  'bad-request': 'The request was not in the expected form.',
  'unsupported-media-type': 'Send the request body as JSON.',
  'payload-too-large': 'The request was too large.',
  'not-found': 'There is nothing at this address.',
  'method-not-allowed': 'This address does not accept that method.',
  'forbidden-host': 'This server only answers requests addressed to it by its own name.',
  'forbidden-origin': 'Requests are accepted only from the ESR portal and the ESR MFA extension.',
  'rate-limited': 'Too many requests. Wait a moment and try again.',
  internal: 'Something went wrong on our side. Try again.',
  'invalid-credentials': 'The username or password is not correct.',
  'account-locked': 'Too many failed sign-in attempts. Wait, then try again.',
  'password-rules': 'The password does not meet the ESR password rules.',
  'reset-details-mismatch': 'The details you entered do not match our records.',
  'reset-expired': 'This password reset has expired. Start again.',
  'second-factor-needed': 'Enter a code from your authenticator app, or a recovery code, first.',
  'not-privileged': 'Only managers and core users can open the manager area.',
  'step-up-code-expired': 'That code has expired or was used up. Ask for a new code.',
  'step-up-required': 'Confirm it is you again before doing this.',
  'not-signed-in': 'You are not signed in, or your session has ended. Sign in again.',
  'not-eligible': 'You cannot set up extra security on this account.',
  'enrolment-not-started': 'Start the set-up again to get a new QR code.',
  'mfa-not-on': 'Extra security is not on for this account.',
  'invalid-code': 'That code is not right. Check your authenticator app and try again.',
  'code-already-used': 'That code has already been used. Wait for the next code in your app.',
  'mfa-locked': 'Too many wrong codes. Wait, then try again.',
  'challenge-not-found': 'This sign-in step is no longer valid. Sign in again.',
  'challenge-expired': 'This sign-in step has expired. Sign in again.',
};
