import { ContentRequest, FrameRequest, OptionsRequest, type MessageResult } from '../../shared/messages.js';
import type { BackgroundContext } from './context.js';
import { confirmEnrolment, openSecureFrame, regenerateRecoveryCodes, saveProgress, secureFrameContent } from './handlers/enrolment.js';
import { deviceProof } from './handlers/device.js';
import { markNoticesSeen, pageContext, snoozeInvitation, verifySignIn, verifySignInWithRecoveryCode, verifyStepUp } from './handlers/portal.js';
import { getSettings, saveSettings } from './handlers/settings.js';
import { classifySender, type MessageSender } from './sender.js';

export interface OwnExtension {
  id: string;
  url: (path: string) => string;
}

const refuse = (code: 'forbidden-sender' | 'invalid-message', message: string) => ({ ok: false as const, error: { code, message } });
const NOT_UNDERSTOOD = refuse('invalid-message', 'The message was not understood.');

/**
 * Answers one message: first who sent it, then whether it is a message that sender may send,
 * then the handler. Nothing unvalidated reaches a handler.
 */
export async function routeMessage(context: BackgroundContext, own: OwnExtension, message: unknown, sender: MessageSender): Promise<MessageResult<unknown>> {
  const { helperOrigin } = await context.storage.getSettings();
  const from = classifySender(sender, { ...own, helperOrigin });
  if (from.kind === 'portal') return routeContent(context, message, from.tabId);
  if (from.kind === 'secure-frame') {
    const parsed = FrameRequest.safeParse(message);
    return parsed.success ? secureFrameContent(context, parsed.data, from.tabId) : NOT_UNDERSTOOD;
  }
  if (from.kind === 'options') {
    const parsed = OptionsRequest.safeParse(message);
    if (!parsed.success) return NOT_UNDERSTOOD;
    return parsed.data.type === 'get-settings' ? getSettings(context) : saveSettings(context, parsed.data);
  }
  return refuse('forbidden-sender', 'Only ESR MFA itself may ask this.');
}

function routeContent(context: BackgroundContext, message: unknown, tabId: number): Promise<MessageResult<unknown>> | MessageResult<unknown> {
  const parsed = ContentRequest.safeParse(message);
  if (!parsed.success) return NOT_UNDERSTOOD;
  const request = parsed.data;
  switch (request.type) {
    case 'page-context':
      return pageContext(context, request);
    case 'verify-sign-in':
      return verifySignIn(context, request);
    case 'device-proof':
      return deviceProof(context, request);
    case 'mark-notices-seen':
      return markNoticesSeen(context, request);
    case 'verify-step-up':
      return verifyStepUp(context, request);
    case 'verify-sign-in-recovery':
      return verifySignInWithRecoveryCode(context, request);
    case 'regenerate-recovery-codes':
      return regenerateRecoveryCodes(context, request, tabId);
    case 'snooze-invitation':
      return snoozeInvitation(context, request);
    case 'open-secure-frame':
      return openSecureFrame(context, request, tabId);
    case 'confirm-enrolment':
      return confirmEnrolment(context, request, tabId);
    case 'save-progress':
      return saveProgress(context, request);
  }
}
