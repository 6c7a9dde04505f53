import { z } from 'zod/mini';

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
  'session-expired',
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

/**
 * Why someone cannot turn MFA on. Each reason has its own explanation in the UI. Internet access has
 * three: never asked for (`not-approved`), asked for and waiting (`requested`), and turned down
 * (`rejected`), because what the person should do next differs.
 */
export const INELIGIBILITY_REASONS = ['leaver', 'internet-access-not-approved', 'internet-access-requested', 'internet-access-rejected', 'already-enrolled'] as const;
export const IneligibilityReason = z.enum(INELIGIBILITY_REASONS);
export type IneligibilityReason = z.infer<typeof IneligibilityReason>;

export const ErrorBody = z.object({
  error: z.object({
    code: ErrorCode,
    message: z.string(),
    /** invalid-code: wrong codes left before MFA sign-in is paused. */
    attemptsLeft: z.optional(z.number().check(z.int(), z.nonnegative())),
    /** mfa-locked, rate-limited: when to try again. */
    retryAfterSeconds: z.optional(z.number().check(z.int(), z.positive())),
    /** not-eligible: why. */
    reason: z.optional(IneligibilityReason),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
export type ApiError = ErrorBody['error'];
