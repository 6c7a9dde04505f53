import { z } from 'zod/mini';
import { OneTimeCode, OpaqueToken, RecoveryCodeInput, SessionStatus } from '../../shared/api.js';
import { DeviceProof } from '../../shared/device.js';
import { EnrolmentProgress, GuideStep } from './enrolment.js';
import { defineMessages, messageRequest as request, type RequestIn } from './table.js';

/** Everything the content script needs to decide what to show on a portal page. */
export const PageContext = z.object({
  status: SessionStatus,
  snoozedUntil: z.nullable(z.number()),
  progress: z.nullable(EnrolmentProgress),
  snoozeDays: z.number().check(z.int()),
});
export type PageContext = z.infer<typeof PageContext>;

/**
 * From the content script on a portal page. Tickets, not secrets, are all it ever gets back: the
 * secure frame trades a ticket for the QR code or the recovery codes.
 */
export const CONTENT_MESSAGES = defineMessages({
  'page-context': { request: request('page-context', {}), response: PageContext },
  'verify-sign-in': {
    request: request('verify-sign-in', { challenge: OpaqueToken, code: OneTimeCode, rememberDevice: z.boolean() }),
    response: z.object({ verified: z.literal(true) }),
  },
  'verify-sign-in-recovery': {
    request: request('verify-sign-in-recovery', { challenge: OpaqueToken, recoveryCode: RecoveryCodeInput, rememberDevice: z.boolean(), replaceAuthenticator: z.boolean() }),
    response: z.object({ verified: z.literal(true), recoveryCodesLeft: z.optional(z.number().check(z.int(), z.nonnegative())) }),
  },
  'device-proof': { request: request('device-proof', { nonce: OpaqueToken }), response: DeviceProof },
  'mark-notices-seen': { request: request('mark-notices-seen', {}), response: z.object({ seen: z.literal(true) }) },
  'regenerate-recovery-codes': {
    request: request('regenerate-recovery-codes', { code: OneTimeCode, signOutOthers: z.boolean() }),
    response: z.object({ recoveryTicket: OpaqueToken, signedOutOthers: z.number().check(z.int(), z.nonnegative()) }),
  },
  'verify-step-up': { request: request('verify-step-up', { code: OneTimeCode }), response: z.object({ steppedUp: z.literal(true) }) },
  'open-secure-frame': { request: request('open-secure-frame', {}), response: z.object({ ticket: OpaqueToken }) },
  'confirm-enrolment': {
    request: request('confirm-enrolment', { code: OneTimeCode }),
    response: z.object({ mfaEnabled: z.literal(true), recoveryTicket: OpaqueToken }),
  },
  'save-progress': {
    request: request('save-progress', { step: GuideStep, acknowledgedIrreversible: z.boolean() }),
    response: z.object({ saved: z.literal(true) }),
  },
  'snooze-invitation': { request: request('snooze-invitation', {}), response: z.object({ snoozedUntil: z.number() }) },
});
export type ContentMessages = typeof CONTENT_MESSAGES;
export type ContentRequest = RequestIn<ContentMessages>;
