import { API_PATHS, ChallengeVerifyResponse, NoticesSeenResponse, StatusResponse, StepUpVerifyResponse } from '../../../shared/api.js';
import type { MessageResult } from '../../messages/result.js';
import type { BackgroundContext, ContentHandler, FromTab } from '../context.js';
import { notifyNewNotices } from '../notifier.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const NOT_SIGNED_IN = { ok: false, error: { code: 'not-signed-in', message: 'You are not signed in. Sign in again.' } } as const;

/** Everything the content script needs to decide what to show on a portal page. */
export const pageContext: ContentHandler<'page-context'> = async (context, _request, { tabId }) => {
  const status = await context.helper.post(API_PATHS.status, {}, StatusResponse);
  if (!status.ok) return status;
  const session = status.value.session;
  const { snoozeDays } = await context.storage.getSettings();
  // Each page load asks the helper afresh, so the tab's remembered owner is never older than its page.
  if (session.state !== 'signed-in') {
    context.owners.forget(tabId);
    return { ok: true, value: { status: session, snoozedUntil: null, progress: null, snoozeDays } };
  }
  const username = session.user.username;
  context.owners.remember(tabId, username);
  const [snoozedUntil, progress] = await Promise.all([context.storage.getSnoozedUntil(username), context.storage.getProgress(username)]);
  await notifyNewNotices(context.storage, context.notifier, username, session.notices);
  // Once MFA is on, only the step that saves recovery codes is still worth resuming.
  const stale = session.mfa.enabled && !session.mfa.reenrolmentRequired && progress !== null && progress.step !== 'recovery-codes';
  if (stale) await context.storage.clearProgress(username);
  return { ok: true, value: { status: session, snoozedUntil, progress: stale ? null : progress, snoozeDays } };
};

export const verifySignIn: ContentHandler<'verify-sign-in'> = async (context, request) => {
  const verified = await context.helper.post(API_PATHS.challengeVerify, { challenge: request.challenge, code: request.code, rememberDevice: request.rememberDevice }, ChallengeVerifyResponse);
  return verified.ok ? { ok: true, value: { verified: true } } : verified;
};

export const verifyStepUp: ContentHandler<'verify-step-up'> = (context, request) =>
  context.helper.post(API_PATHS.stepUpVerify, { code: request.code }, StepUpVerifyResponse);

export const verifySignInWithRecoveryCode: ContentHandler<'verify-sign-in-recovery'> = (context, request) =>
  context.helper.post(
    API_PATHS.challengeVerify,
    { challenge: request.challenge, recoveryCode: request.recoveryCode, rememberDevice: request.rememberDevice, replaceAuthenticator: request.replaceAuthenticator },
    ChallengeVerifyResponse,
  );

export const markNoticesSeen: ContentHandler<'mark-notices-seen'> = (context) => context.helper.post(API_PATHS.noticesSeen, {}, NoticesSeenResponse);

export const snoozeInvitation: ContentHandler<'snooze-invitation'> = async (context, _request, from) => {
  const user = await sessionOwner(context, from);
  if (!user.ok) return user;
  const { snoozeDays } = await context.storage.getSettings();
  const snoozedUntil = context.now() + snoozeDays * DAY_MS;
  await context.storage.snooze(user.value, snoozedUntil);
  return { ok: true, value: { snoozedUntil } };
};

/**
 * Whose session this tab holds, by the helper's word: the extension keeps nothing under a name the
 * page claims. The tab's last page-context answer is used when there is one; otherwise (the
 * background slept, or the session ended) the helper is asked again.
 */
export async function sessionOwner(context: BackgroundContext, { tabId }: FromTab): Promise<MessageResult<string>> {
  const known = context.owners.get(tabId);
  if (known !== undefined) return { ok: true, value: known };
  const status = await context.helper.post(API_PATHS.status, {}, StatusResponse);
  if (!status.ok) return status;
  if (status.value.session.state !== 'signed-in') return NOT_SIGNED_IN;
  context.owners.remember(tabId, status.value.session.user.username);
  return { ok: true, value: status.value.session.user.username };
}
