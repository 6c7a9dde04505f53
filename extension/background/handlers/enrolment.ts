import { API_PATHS, EnrolmentConfirmResponse, EnrolmentStartResponse, RecoveryCodesRegenerateResponse } from '../../../shared/api.js';
import type { ContentRequest, FrameRequest, MessageResult, SecureFrameContent } from '../../../shared/messages.js';
import type { BackgroundContext } from '../context.js';
import { signedInUsername } from './portal.js';

type Request<T extends ContentRequest['type']> = Extract<ContentRequest, { type: T }>;

/** The content script asks for a ticket; only the secure frame in the same tab can redeem it. */
export async function openSecureFrame(context: BackgroundContext, request: Request<'open-secure-frame'>, tabId: number): Promise<MessageResult<{ ticket: string }>> {
  const user = await signedInUsername(context);
  if (!user.ok) return user;
  return { ok: true, value: { ticket: context.tickets.issue({ tabId, content: { kind: 'enrolment' } }) } };
}

/** Secrets go only to the secure frame: never to the content script or the page. */
export async function secureFrameContent(context: BackgroundContext, request: FrameRequest, tabId: number): Promise<MessageResult<SecureFrameContent>> {
  const ticket = context.tickets.redeem(request.ticket, tabId);
  if (ticket === undefined) return { ok: false, error: { code: 'frame-expired', message: 'This panel has expired. Go back a step and try again.' } };
  if (ticket.content.kind === 'recovery-codes') {
    return { ok: true, value: { kind: 'recovery-codes', recoveryCodes: ticket.content.recoveryCodes, username: ticket.content.username } };
  }
  const enrolment = await context.helper.post(API_PATHS.enrolmentStart, {}, EnrolmentStartResponse);
  return enrolment.ok ? { ok: true, value: { kind: 'enrolment', enrolment: enrolment.value } } : enrolment;
}

export async function confirmEnrolment(context: BackgroundContext, request: Request<'confirm-enrolment'>, tabId: number): Promise<MessageResult<{ mfaEnabled: true; recoveryTicket: string }>> {
  const user = await signedInUsername(context);
  if (!user.ok) return user;
  const confirmed = await context.helper.post(API_PATHS.enrolmentConfirm, { code: request.code }, EnrolmentConfirmResponse);
  if (!confirmed.ok) return confirmed;
  await context.storage.saveProgress({ username: user.value, step: 'recovery-codes', acknowledgedIrreversible: true, updatedAt: context.now() });
  const recoveryTicket = context.tickets.issue({ tabId, content: { kind: 'recovery-codes', recoveryCodes: confirmed.value.recoveryCodes, username: user.value } });
  return { ok: true, value: { mfaEnabled: true, recoveryTicket } };
}

export async function regenerateRecoveryCodes(context: BackgroundContext, request: Request<'regenerate-recovery-codes'>, tabId: number): Promise<MessageResult<{ recoveryTicket: string; signedOutOthers: number }>> {
  const user = await signedInUsername(context);
  if (!user.ok) return user;
  const renewed = await context.helper.post(API_PATHS.recoveryCodesRegenerate, { code: request.code, signOutOthers: request.signOutOthers }, RecoveryCodesRegenerateResponse);
  if (!renewed.ok) return renewed;
  const recoveryTicket = context.tickets.issue({ tabId, content: { kind: 'recovery-codes', recoveryCodes: renewed.value.recoveryCodes, username: user.value } });
  return { ok: true, value: { recoveryTicket, signedOutOthers: renewed.value.signedOutOthers } };
}

export async function saveProgress(context: BackgroundContext, request: Request<'save-progress'>): Promise<MessageResult<{ saved: true }>> {
  const user = await signedInUsername(context);
  if (!user.ok) return user;
  if (request.step === 'done') await context.storage.clearProgress(user.value);
  else await context.storage.saveProgress({ username: user.value, step: request.step, acknowledgedIrreversible: request.acknowledgedIrreversible, updatedAt: context.now() });
  return { ok: true, value: { saved: true } };
}
