import { z } from 'zod';
import { IneligibilityReason } from './errors.js';

/** The helper's JSON API. Both ends parse with these schemas at their boundary. */
export const API_PREFIX = '/api/v1';

export const API_PATHS = {
  status: `${API_PREFIX}/status`,
  enrolmentStart: `${API_PREFIX}/enrolment/start`,
  enrolmentConfirm: `${API_PREFIX}/enrolment/confirm`,
  challengeVerify: `${API_PREFIX}/challenge/verify`,
} as const;

/** Opaque tokens are 32 random bytes in base64url. */
export const OpaqueToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'must be an opaque token');
export const OneTimeCode = z.string().regex(/^\d{6}$/, 'must be six digits');

export const Privilege = z.enum(['staff', 'manager', 'core-user']);
export type Privilege = z.infer<typeof Privilege>;

export const Eligibility = z.discriminatedUnion('eligible', [
  z.object({ eligible: z.literal(true) }),
  z.object({ eligible: z.literal(false), reason: IneligibilityReason }),
]);
export type Eligibility = z.infer<typeof Eligibility>;

export const UserSummary = z.object({
  username: z.string(),
  displayName: z.string(),
  jobTitle: z.string(),
  privilege: Privilege,
});
export type UserSummary = z.infer<typeof UserSummary>;

export const SessionStatus = z.discriminatedUnion('state', [
  z.object({ state: z.literal('anonymous') }),
  z.object({ state: z.literal('mfa-pending'), username: z.string() }),
  z.object({
    state: z.literal('signed-in'),
    user: UserSummary,
    mfa: z.object({ enabled: z.boolean(), enrolment: Eligibility }),
  }),
]);
export type SessionStatus = z.infer<typeof SessionStatus>;

export const StatusResponse = z.object({ session: SessionStatus });
export type StatusResponse = z.infer<typeof StatusResponse>;

export const EmptyRequest = z.object({}).strict();

export const EnrolmentStartResponse = z.object({
  otpauthUri: z.string().startsWith('otpauth://totp/'),
  secret: z.string().regex(/^[A-Z2-7]+$/),
  issuer: z.string(),
  accountName: z.string(),
});
export type EnrolmentStartResponse = z.infer<typeof EnrolmentStartResponse>;

export const EnrolmentConfirmRequest = z.object({ code: OneTimeCode }).strict();
export type EnrolmentConfirmRequest = z.infer<typeof EnrolmentConfirmRequest>;
export const EnrolmentConfirmResponse = z.object({ mfaEnabled: z.literal(true) });
export type EnrolmentConfirmResponse = z.infer<typeof EnrolmentConfirmResponse>;

export const ChallengeVerifyRequest = z.object({ challenge: OpaqueToken, code: OneTimeCode }).strict();
export type ChallengeVerifyRequest = z.infer<typeof ChallengeVerifyRequest>;
export const ChallengeVerifyResponse = z.object({ verified: z.literal(true) });
export type ChallengeVerifyResponse = z.infer<typeof ChallengeVerifyResponse>;
