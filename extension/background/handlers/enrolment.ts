import { API_PATHS, EnrolmentConfirmResponse, EnrolmentStartResponse, RecoveryCodesRegenerateResponse } from '../../../shared/api.js';
import type { ContentHandler, FrameHandler } from '../context.js';
import { sessionOwner } from './portal.js';

/**
 * The content script asks for a ticket; only the secure frame in the same tab can redeem it. No
 * helper call here: the frame's own request to start the set-up is refused if the session is not
 * signed in.
 */
export const openSecureFrame: ContentHandler<'open-secure-frame'> = async (context, _request, from) => {
  const user = await sessionOwner(context, from);
  if (!user.ok) return user;
  return { ok: true, value: { ticket: context.tickets.issue({ tabId: from.tabId, content: { kind: 'enrolment' } }) } };
};

/** Secrets go only to the secure frame: never to the content script or the page. */
export const secureFrameContent: FrameHandler<'secure-frame-content'> = async (context, request, { tabId }) => {
  const ticket = context.tickets.redeem(request.ticket, tabId);
  if (ticket === undefined) return { ok: false, error: { code: 'frame-expired', message: 'This panel has expired. Go back a step and try again.' } };
  if (ticket.content.kind === 'recovery-codes') {
    return { ok: true, value: { kind: 'recovery-codes', recoveryCodes: ticket.content.recoveryCodes, username: ticket.content.username } };
  }
  const enrolment = await context.helper.post(API_PATHS.enrolmentStart, {}, EnrolmentStartResponse);
  return enrolment.ok ? { ok: true, value: { kind: 'enrolment', enrolment: enrolment.value } } : enrolment;
};

export const confirmEnrolment: ContentHandler<'confirm-enrolment'> = async (context, request, from) => {
  const user = await sessionOwner(context, from);
  if (!user.ok) return user;
  const confirmed = await context.helper.post(API_PATHS.enrolmentConfirm, { code: request.code }, EnrolmentConfirmResponse);
  if (!confirmed.ok) return confirmed;
  await context.storage.saveProgress({ username: user.value, step: 'recovery-codes', acknowledgedIrreversible: true, updatedAt: context.now() });
  const recoveryTicket = context.tickets.issue({ tabId: from.tabId, content: { kind: 'recovery-codes', recoveryCodes: confirmed.value.recoveryCodes, username: user.value } });
  return { ok: true, value: { mfaEnabled: true, recoveryTicket } };
};

export const regenerateRecoveryCodes: ContentHandler<'regenerate-recovery-codes'> = async (context, request, from) => {
  const user = await sessionOwner(context, from);
  if (!user.ok) return user;
  const renewed = await context.helper.post(API_PATHS.recoveryCodesRegenerate, { code: request.code, signOutOthers: request.signOutOthers }, RecoveryCodesRegenerateResponse);
  if (!renewed.ok) return renewed;
  const recoveryTicket = context.tickets.issue({ tabId: from.tabId, content: { kind: 'recovery-codes', recoveryCodes: renewed.value.recoveryCodes, username: user.value } });
  return { ok: true, value: { recoveryTicket, signedOutOthers: renewed.value.signedOutOthers } };
};

/** Progress is this browser's own bookkeeping: moving between steps never calls the helper. */
export const saveProgress: ContentHandler<'save-progress'> = async (context, request, from) => {
  const user = await sessionOwner(context, from);
  if (!user.ok) return user;
  if (request.step === 'done') await context.storage.clearProgress(user.value);
  else await context.storage.saveProgress({ username: user.value, step: request.step, acknowledgedIrreversible: request.acknowledgedIrreversible, updatedAt: context.now() });
  return { ok: true, value: { saved: true } };
};
