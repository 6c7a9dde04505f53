import { API_PATHS, EnrolmentConfirmResponse, EnrolmentStartResponse } from '../../../shared/api.js';
import type { ContentRequest, FrameRequest, MessageResult } from '../../../shared/messages.js';
import type { BackgroundContext } from '../context.js';
import { signedInUsername } from './portal.js';

type Request<T extends ContentRequest['type']> = Extract<ContentRequest, { type: T }>;

/** The content script asks for a ticket; only the secure frame in the same tab can redeem it. */
export async function openSecureFrame(context: BackgroundContext, request: Request<'open-secure-frame'>, tabId: number): Promise<MessageResult<{ ticket: string }>> {
  const user = await signedInUsername(context, request.apiToken);
  if (!user.ok) return user;
  return { ok: true, value: { ticket: context.tickets.issue({ apiToken: request.apiToken, tabId }) } };
}

/** The secret goes only to the secure frame: never to the content script or the page. */
export async function secureFrameSecret(context: BackgroundContext, request: FrameRequest, tabId: number): Promise<MessageResult<EnrolmentStartResponse>> {
  const ticket = context.tickets.redeem(request.ticket, tabId);
  if (ticket === undefined) return { ok: false, error: { code: 'frame-expired', message: 'This QR code panel has expired. Go back a step and try again.' } };
  return context.helper.post(API_PATHS.enrolmentStart, {}, EnrolmentStartResponse, ticket.apiToken);
}

export async function confirmEnrolment(context: BackgroundContext, request: Request<'confirm-enrolment'>): Promise<MessageResult<{ mfaEnabled: true }>> {
  const user = await signedInUsername(context, request.apiToken);
  if (!user.ok) return user;
  const confirmed = await context.helper.post(API_PATHS.enrolmentConfirm, { code: request.code }, EnrolmentConfirmResponse, request.apiToken);
  if (confirmed.ok) await context.storage.clearProgress(user.value);
  return confirmed;
}

export async function saveProgress(context: BackgroundContext, request: Request<'save-progress'>): Promise<MessageResult<{ saved: true }>> {
  const user = await signedInUsername(context, request.apiToken);
  if (!user.ok) return user;
  if (request.step === 'done') await context.storage.clearProgress(user.value);
  else await context.storage.saveProgress({ username: user.value, step: request.step, acknowledgedIrreversible: request.acknowledgedIrreversible, updatedAt: context.now() });
  return { ok: true, value: { saved: true } };
}
