import { CONTENT_MESSAGES, type ContentMessages } from '../messages/content.js';
import { FRAME_MESSAGES, type FrameMessages } from '../messages/frame.js';
import { OPTIONS_MESSAGES, type OptionsMessages } from '../messages/options.js';
import type { MessageResult } from '../messages/result.js';
import type { Handlers } from '../messages/table.js';
import type { BackgroundContext, FromTab } from './context.js';
import { dispatch } from './dispatch.js';
import { deviceProof } from './handlers/device.js';
import { confirmEnrolment, openSecureFrame, regenerateRecoveryCodes, saveProgress, secureFrameContent } from './handlers/enrolment.js';
import { markNoticesSeen, pageContext, snoozeInvitation, verifySignIn, verifySignInWithRecoveryCode, verifyStepUp } from './handlers/portal.js';
import { getSettings, saveSettings } from './handlers/settings.js';
import { classifySender, type MessageSender } from './sender.js';

export interface OwnExtension {
  id: string;
  url: (path: string) => string;
}

/**
 * One handler per message type, per sender: with the schemas in extension/messages, these are the
 * three tables. A missing, extra or wrongly typed handler is a compile error.
 */
const CONTENT_HANDLERS: Handlers<ContentMessages, BackgroundContext, FromTab> = {
  'page-context': pageContext,
  'verify-sign-in': verifySignIn,
  'verify-sign-in-recovery': verifySignInWithRecoveryCode,
  'device-proof': deviceProof,
  'mark-notices-seen': markNoticesSeen,
  'regenerate-recovery-codes': regenerateRecoveryCodes,
  'verify-step-up': verifyStepUp,
  'open-secure-frame': openSecureFrame,
  'confirm-enrolment': confirmEnrolment,
  'save-progress': saveProgress,
  'snooze-invitation': snoozeInvitation,
};

const FRAME_HANDLERS: Handlers<FrameMessages, BackgroundContext, FromTab> = {
  'secure-frame-content': secureFrameContent,
};

const OPTIONS_HANDLERS: Handlers<OptionsMessages, BackgroundContext, undefined> = {
  'get-settings': getSettings,
  'save-settings': saveSettings,
};

/**
 * Answers one message: first who sent it, then whether it is a message that sender may send,
 * then the handler. Nothing unvalidated reaches a handler.
 */
export async function routeMessage(context: BackgroundContext, own: OwnExtension, message: unknown, sender: MessageSender): Promise<MessageResult<unknown>> {
  const { helperOrigin } = await context.storage.getSettings();
  const from = classifySender(sender, { ...own, helperOrigin });
  switch (from.kind) {
    case 'portal':
      return forgetOwnerWhenSignedOut(context, from, await dispatch(CONTENT_MESSAGES, CONTENT_HANDLERS, context, message, from));
    case 'secure-frame':
      return forgetOwnerWhenSignedOut(context, from, await dispatch(FRAME_MESSAGES, FRAME_HANDLERS, context, message, from));
    case 'options':
      return dispatch(OPTIONS_MESSAGES, OPTIONS_HANDLERS, context, message, undefined);
    case 'unknown':
      return { ok: false, error: { code: 'forbidden-sender', message: 'Only ESR MFA itself may ask this.' } };
  }
}

/** The helper saying "not signed in" means the session this tab showed has ended: ask again next time. */
function forgetOwnerWhenSignedOut(context: BackgroundContext, { tabId }: FromTab, result: MessageResult<unknown>): MessageResult<unknown> {
  if (!result.ok && result.error.code === 'not-signed-in') context.owners.forget(tabId);
  return result;
}
