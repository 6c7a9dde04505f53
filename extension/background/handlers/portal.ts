import { API_PATHS, ChallengeVerifyResponse, NoticesSeenResponse, StatusResponse, StepUpVerifyResponse } from '../../../shared/api.js';
import type { ContentRequest, MessageResult, PageContext } from '../../../shared/messages.js';
import type { BackgroundContext } from '../context.js';
import { notifyNewNotices } from '../notifier.js';

type Request<T extends ContentRequest['type']> = Extract<ContentRequest, { type: T }>;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Everything the content script needs to decide what to show on a portal page. */
export async function pageContext(context: BackgroundContext, _request: Request<'page-context'>): Promise<MessageResult<PageContext>> {
  const status = await context.helper.post(API_PATHS.status, {}, StatusResponse);
  if (!status.ok) return status;
  const session = status.value.session;
  const { snoozeDays } = await context.storage.getSettings();
  if (session.state !== 'signed-in') return { ok: true, value: { status: session, snoozedUntil: null, progress: null, snoozeDays } };
  const username = session.user.username;
  const [snoozedUntil, progress] = await Promise.all([context.storage.getSnoozedUntil(username), context.storage.getProgress(username)]);
  await notifyNewNotices(context.storage, context.notifier, username, session.notices);
  // Once MFA is on, only the step that saves recovery codes is still worth resuming.
  const stale = session.mfa.enabled && !session.mfa.reenrolmentRequired && progress !== null && progress.step !== 'recovery-codes';
  if (stale) await context.storage.clearProgress(username);
  return { ok: true, value: { status: session, snoozedUntil, progress: stale ? null : progress, snoozeDays } };
}

export async function verifySignIn(context: BackgroundContext, request: Request<'verify-sign-in'>): Promise<MessageResult<{ verified: true }>> {
  const verified = await context.helper.post(API_PATHS.challengeVerify, { challenge: request.challenge, code: request.code, rememberDevice: request.rememberDevice }, ChallengeVerifyResponse);
  return verified.ok ? { ok: true, value: { verified: true } } : verified;
}

export async function verifyStepUp(context: BackgroundContext, request: Request<'verify-step-up'>): Promise<MessageResult<{ steppedUp: true }>> {
  return context.helper.post(API_PATHS.stepUpVerify, { code: request.code }, StepUpVerifyResponse);
}

export async function verifySignInWithRecoveryCode(
  context: BackgroundContext,
  request: Request<'verify-sign-in-recovery'>,
): Promise<MessageResult<{ verified: true; recoveryCodesLeft?: number | undefined }>> {
  return context.helper.post(
    API_PATHS.challengeVerify,
    { challenge: request.challenge, recoveryCode: request.recoveryCode, rememberDevice: request.rememberDevice, replaceAuthenticator: request.replaceAuthenticator },
    ChallengeVerifyResponse,
  );
}

export async function markNoticesSeen(context: BackgroundContext, _request: Request<'mark-notices-seen'>): Promise<MessageResult<{ seen: true }>> {
  return context.helper.post(API_PATHS.noticesSeen, {}, NoticesSeenResponse);
}

export async function snoozeInvitation(context: BackgroundContext, _request: Request<'snooze-invitation'>): Promise<MessageResult<{ snoozedUntil: number }>> {
  const user = await signedInUsername(context);
  if (!user.ok) return user;
  const { snoozeDays } = await context.storage.getSettings();
  const snoozedUntil = context.now() + snoozeDays * DAY_MS;
  await context.storage.snooze(user.value, snoozedUntil);
  return { ok: true, value: { snoozedUntil } };
}

/** Asks the helper whose session this browser holds: the extension keeps nothing under a name the page claims. */
export async function signedInUsername(context: BackgroundContext): Promise<MessageResult<string>> {
  const status = await context.helper.post(API_PATHS.status, {}, StatusResponse);
  if (!status.ok) return status;
  if (status.value.session.state !== 'signed-in') return { ok: false, error: { code: 'not-signed-in', message: 'You are not signed in. Sign in again.' } };
  return { ok: true, value: status.value.session.user.username };
}
