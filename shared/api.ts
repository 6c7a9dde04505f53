import { z } from 'zod/mini';
import { IneligibilityReason } from './errors.js';
import { OPAQUE_TOKEN_PATTERN } from './portal-facts.js';

/** The helper's JSON API. Both ends parse with these schemas at their boundary. */
export const API_PREFIX = '/api/v1';

export const API_PATHS = {
  status: `${API_PREFIX}/status`,
  enrolmentStart: `${API_PREFIX}/enrolment/start`,
  enrolmentConfirm: `${API_PREFIX}/enrolment/confirm`,
  challengeVerify: `${API_PREFIX}/challenge/verify`,
  recoveryCodesRegenerate: `${API_PREFIX}/recovery-codes/regenerate`,
  stepUpVerify: `${API_PREFIX}/step-up/verify`,
  noticesSeen: `${API_PREFIX}/notices/seen`,
} as const;

/** Opaque tokens are 32 random bytes in base64url. */
export const OpaqueToken = z.string().check(z.regex(OPAQUE_TOKEN_PATTERN, 'must be an opaque token'));
export const OneTimeCode = z.string().check(z.regex(/^\d{6}$/, 'must be six digits'));
/** As typed: the helper normalises spaces, hyphens and case itself. */
export const RecoveryCodeInput = z.string().check(z.minLength(1), z.maxLength(40));
export const RecoveryCodes = z.array(z.string().check(z.regex(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$/))).check(z.length(10));

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

/** Why a sign-in looked unusual. */
export const RiskReason = z.enum(['new-device', 'unusual-location']);
export type RiskReason = z.infer<typeof RiskReason>;

/** Security messages the user has not yet seen in the extension (the emails ESR sent them). */
export const Notice = z.object({ id: z.number().check(z.int()), at: z.number(), subject: z.string(), body: z.string() });
export type Notice = z.infer<typeof Notice>;

export const SessionStatus = z.discriminatedUnion('state', [
  z.object({ state: z.literal('anonymous') }),
  z.object({ state: z.literal('mfa-pending'), username: z.string() }),
  z.object({
    state: z.literal('signed-in'),
    user: UserSummary,
    mfa: z.object({
      enabled: z.boolean(),
      enrolment: Eligibility,
      /** Unused recovery codes, when MFA is on. */
      recoveryCodesLeft: z.nullable(z.number().check(z.int(), z.nonnegative())),
      /** The old authenticator was revoked (lost phone): a new one must be set up now. */
      reenrolmentRequired: z.boolean(),
    }),
    /** How this session signed in, and what looked unusual about it. */
    signIn: z.object({ risk: z.array(RiskReason), location: z.string(), device: z.string() }),
    notices: z.array(Notice),
  }),
]);
export type SessionStatus = z.infer<typeof SessionStatus>;

export const StatusResponse = z.object({ session: SessionStatus });
export type StatusResponse = z.infer<typeof StatusResponse>;

export const EmptyRequest = z.strictObject({});

export const EnrolmentStartResponse = z.object({
  otpauthUri: z.string().check(z.startsWith('otpauth://totp/')),
  secret: z.string().check(z.regex(/^[A-Z2-7]+$/)),
  issuer: z.string(),
  accountName: z.string(),
});
export type EnrolmentStartResponse = z.infer<typeof EnrolmentStartResponse>;

export const EnrolmentConfirmRequest = z.strictObject({ code: OneTimeCode });
export type EnrolmentConfirmRequest = z.infer<typeof EnrolmentConfirmRequest>;
/** The recovery codes are in this one answer only; the helper keeps just their digests. */
export const EnrolmentConfirmResponse = z.object({ mfaEnabled: z.literal(true), recoveryCodes: RecoveryCodes });
export type EnrolmentConfirmResponse = z.infer<typeof EnrolmentConfirmResponse>;

export const ChallengeVerifyRequest = z.union([
  z.strictObject({ challenge: OpaqueToken, code: OneTimeCode, rememberDevice: z.optional(z.boolean()) }),
  z.strictObject({
    challenge: OpaqueToken,
    recoveryCode: RecoveryCodeInput,
    rememberDevice: z.optional(z.boolean()),
    /** "I have lost my phone": revoke the old authenticator and set up a new one after signing in. */
    replaceAuthenticator: z.optional(z.boolean()),
  }),
  /** After a helpdesk reset: the one-time set-up code emailed to the person. */
  z.strictObject({ challenge: OpaqueToken, setupCode: RecoveryCodeInput, rememberDevice: z.optional(z.boolean()) }),
]);
export type ChallengeVerifyRequest = z.infer<typeof ChallengeVerifyRequest>;
export const ChallengeVerifyResponse = z.object({
  verified: z.literal(true),
  /** After a recovery code: how many are left. */
  recoveryCodesLeft: z.optional(z.number().check(z.int(), z.nonnegative())),
});
export type ChallengeVerifyResponse = z.infer<typeof ChallengeVerifyResponse>;

export const RecoveryCodesRegenerateRequest = z.strictObject({
  code: OneTimeCode,
  /** Also sign out every other browser signed in to this account. */
  signOutOthers: z.optional(z.boolean()),
});
export const RecoveryCodesRegenerateResponse = z.object({ recoveryCodes: RecoveryCodes, signedOutOthers: z.number().check(z.int(), z.nonnegative()) });
export type RecoveryCodesRegenerateResponse = z.infer<typeof RecoveryCodesRegenerateResponse>;

/** Step-up takes an app code (MFA on) or the code emailed for this session (MFA off): both six digits. */
export const StepUpVerifyRequest = z.strictObject({ code: OneTimeCode });
export const StepUpVerifyResponse = z.object({ steppedUp: z.literal(true) });

export const NoticesSeenResponse = z.object({ seen: z.literal(true) });
