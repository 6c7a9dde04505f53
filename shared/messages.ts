import { z } from 'zod';
import { EnrolmentStartResponse, OneTimeCode, OpaqueToken, RecoveryCodeInput, RecoveryCodes, SessionStatus } from './api.js';
import type { DeviceProof } from './device.js';
import { ErrorCode, IneligibilityReason } from './errors.js';

/**
 * Messages inside the extension. Content scripts and extension pages never call the helper
 * themselves: they ask the background, which checks every message against these schemas and its
 * sender before acting.
 */

/** Local errors the background can add to the helper's own codes. */
export const EXTENSION_ERROR_CODES = ['helper-unreachable', 'invalid-message', 'forbidden-sender', 'frame-expired'] as const;
export const MessageErrorCode = z.union([ErrorCode, z.enum(EXTENSION_ERROR_CODES)]);
export type MessageErrorCode = z.infer<typeof MessageErrorCode>;

export const MessageError = z.object({
  code: MessageErrorCode,
  message: z.string(),
  attemptsLeft: z.number().int().nonnegative().optional(),
  retryAfterSeconds: z.number().int().positive().optional(),
  reason: IneligibilityReason.optional(),
});
export type MessageError = z.infer<typeof MessageError>;

export const Username = z.string().regex(/^[A-Z0-9]{1,32}$/);

/** At or below this many unused recovery codes, the extension suggests making new ones. */
export const FEW_RECOVERY_CODES_LEFT = 3;

export const GUIDE_STEPS = ['why', 'get-app', 'add-account', 'confirm', 'recovery-codes', 'done'] as const;
export const GuideStep = z.enum(GUIDE_STEPS);
/** Replacing a lost phone: MFA is already on, so the guide starts at getting the app. */
export const REENROLMENT_STEPS = ['get-app', 'add-account', 'confirm', 'recovery-codes', 'done'] as const satisfies readonly GuideStep[];
export type GuideStep = z.infer<typeof GuideStep>;

export const EnrolmentProgress = z.object({
  username: Username,
  step: GuideStep,
  acknowledgedIrreversible: z.boolean(),
  updatedAt: z.number(),
});
export type EnrolmentProgress = z.infer<typeof EnrolmentProgress>;

export const HelperOrigin = z
  .string()
  .regex(/^http:\/\/127\.0\.0\.1:\d{1,5}$/, 'must be http://127.0.0.1 and a port, for example http://127.0.0.1:4400')
  .refine((origin) => {
    const port = Number(origin.split(':')[2]);
    return port >= 1 && port <= 65535;
  }, 'the port must be from 1 to 65535');

export const Settings = z.object({
  helperOrigin: HelperOrigin,
  snoozeDays: z.number().int().min(1).max(90),
  /** Also show security messages as browser notifications (needs the optional permission). */
  browserNotifications: z.boolean().default(false),
});
export type Settings = z.infer<typeof Settings>;

export const PageContext = z.object({
  status: SessionStatus,
  snoozedUntil: z.number().nullable(),
  progress: EnrolmentProgress.nullable(),
  snoozeDays: z.number().int(),
});
export type PageContext = z.infer<typeof PageContext>;

/** From the content script on a portal page. */
export const ContentRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page-context') }),
  z.object({ type: z.literal('verify-sign-in'), challenge: OpaqueToken, code: OneTimeCode, rememberDevice: z.boolean() }),
  z.object({
    type: z.literal('verify-sign-in-recovery'),
    challenge: OpaqueToken,
    recoveryCode: RecoveryCodeInput,
    rememberDevice: z.boolean(),
    replaceAuthenticator: z.boolean(),
  }),
  z.object({ type: z.literal('device-proof'), nonce: OpaqueToken }),
  z.object({ type: z.literal('mark-notices-seen') }),
  z.object({ type: z.literal('regenerate-recovery-codes'), code: OneTimeCode, signOutOthers: z.boolean() }),
  z.object({ type: z.literal('verify-step-up'), code: OneTimeCode }),
  z.object({ type: z.literal('open-secure-frame') }),
  z.object({ type: z.literal('confirm-enrolment'), code: OneTimeCode }),
  z.object({ type: z.literal('save-progress'), step: GuideStep, acknowledgedIrreversible: z.boolean() }),
  z.object({ type: z.literal('snooze-invitation') }),
]);
export type ContentRequest = z.infer<typeof ContentRequest>;

/** From the secure frame (an extension page inside the portal page). */
export const FrameRequest = z.object({ type: z.literal('secure-frame-content'), ticket: OpaqueToken });

/** What the secure frame shows: the enrolment QR code and key, or a new set of recovery codes. */
export const SecureFrameContent = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('enrolment'), enrolment: EnrolmentStartResponse }),
  z.object({ kind: z.literal('recovery-codes'), recoveryCodes: RecoveryCodes, username: z.string() }),
]);
export type SecureFrameContent = z.infer<typeof SecureFrameContent>;
export type FrameRequest = z.infer<typeof FrameRequest>;

/** From the options page. */
export const OptionsRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('get-settings') }),
  z.object({ type: z.literal('save-settings'), settings: Settings }),
]);
export type OptionsRequest = z.infer<typeof OptionsRequest>;

export type ExtensionRequest = ContentRequest | FrameRequest | OptionsRequest;

/** What each request answers when it succeeds. */
export interface ResponseValues {
  'page-context': PageContext;
  'verify-sign-in': { verified: true };
  'verify-step-up': { steppedUp: true };
  'device-proof': DeviceProof;
  'mark-notices-seen': { seen: true };
  'verify-sign-in-recovery': { verified: true; recoveryCodesLeft?: number | undefined };
  /** The new codes go to the secure frame through the ticket, never to the content script. */
  'regenerate-recovery-codes': { recoveryTicket: string; signedOutOthers: number };
  'open-secure-frame': { ticket: string };
  'confirm-enrolment': { mfaEnabled: true; recoveryTicket: string };
  'save-progress': { saved: true };
  'snooze-invitation': { snoozedUntil: number };
  'secure-frame-content': SecureFrameContent;
  'get-settings': Settings;
  'save-settings': Settings;
}

export type MessageResult<T> = { ok: true; value: T } | { ok: false; error: MessageError };
export type ResponseFor<R extends ExtensionRequest> = MessageResult<ResponseValues[R['type']]>;

/** The shape every response has on the wire; the caller knows which value it asked for. */
export const MessageResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: MessageError }),
]);
