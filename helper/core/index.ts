import type { StatusResponse } from '../../shared/api.js';
import type { RequestContext } from './audit.js';
import { accountActivity, forgetDevice, markNoticesSeen } from './activity.js';
import { helpdeskResetAuthenticator } from './authenticator-reset.js';
import type { CoreDeps } from './deps.js';
import { issueDeviceNonce } from './devices.js';
import { closeMailbox, openMailbox, readMailbox, type MailboxInput } from './mailbox.js';
import { confirmEnrolment, startEnrolment } from './enrolment.js';
import { endSession, resolveSession, sessionStatus, whySessionEnded, type SessionLookup } from './sessions.js';
import { completePasswordReset, findLiveReset, startPasswordReset, verifyResetEmailCode, verifyResetSecondFactor, type ResetSecondFactor } from './password-reset.js';
import { regenerateRecoveryCodes } from './recovery.js';
import { canEnterManagerArea, isSteppedUp, sendStepUpCode, stepUpMethod, verifyStepUp } from './step-up.js';
import { completeSignIn, signInWithPassword, verificationMethod, verifyChallenge, type ChallengeAnswer, type PasswordSignInInput } from './sign-in.js';
import type { SessionRecord } from './store.js';

/**
 * The helper's whole decision-making surface. The HTTP layer only translates requests into these
 * calls and results into responses.
 */
export function createCore(deps: CoreDeps) {
  return {
    deps,
    signInWithPassword: (context: RequestContext, input: PasswordSignInInput) => signInWithPassword(deps, context, input),
    verifyChallenge: (context: RequestContext, session: SessionRecord | undefined, input: ChallengeAnswer) =>
      verifyChallenge(deps, context, session, input),
    completeSignIn: (context: RequestContext, session: SessionRecord | undefined, challenge: string) => completeSignIn(deps, context, session, challenge),
    startEnrolment: (context: RequestContext, session: SessionRecord | undefined) => startEnrolment(deps, context, session),
    confirmEnrolment: (context: RequestContext, session: SessionRecord | undefined, code: string) => confirmEnrolment(deps, context, session, code),
    regenerateRecoveryCodes: (context: RequestContext, session: SessionRecord | undefined, code: string, options?: { signOutOthers?: boolean | undefined }) =>
      regenerateRecoveryCodes(deps, context, session, code, options),
    verificationMethod: (session: SessionRecord) => verificationMethod(deps, session),
    startPasswordReset: (context: RequestContext, input: { username: string; email: string }) => startPasswordReset(deps, context, input),
    verifyResetEmailCode: (context: RequestContext, resetId: string | undefined, code: string) => verifyResetEmailCode(deps, context, resetId, code),
    findLiveReset: (resetId: string | undefined) => findLiveReset(deps, resetId),
    verifyResetSecondFactor: (context: RequestContext, resetId: string | undefined, answer: ResetSecondFactor) =>
      verifyResetSecondFactor(deps, context, resetId, answer),
    completePasswordReset: (context: RequestContext, resetId: string | undefined, newPassword: string) => completePasswordReset(deps, context, resetId, newPassword),
    mailbox: {
      open: (context: RequestContext, input: MailboxInput) => openMailbox(deps, context, input),
      read: (token: string | undefined) => readMailbox(deps, token),
      close: (token: string | undefined) => { closeMailbox(deps, token); },
    },
    stepUp: {
      canEnter: canEnterManagerArea,
      method: stepUpMethod,
      isSteppedUp: (session: SessionRecord) => isSteppedUp(deps, session),
      sendCode: (context: RequestContext, session: SessionRecord | undefined, options?: { force: boolean }) => sendStepUpCode(deps, context, session, options),
      verify: (context: RequestContext, session: SessionRecord | undefined, code: string) => verifyStepUp(deps, context, session, code),
    },
    issueDeviceNonce: () => issueDeviceNonce(deps),
    helpdeskReset: (context: RequestContext, session: SessionRecord | undefined, input: { username: string; email: string; dateOfBirth: string }) =>
      helpdeskResetAuthenticator(deps, context, session, input),
    activity: (session: SessionRecord | undefined) => accountActivity(deps, session),
    forgetDevice: (context: RequestContext, session: SessionRecord | undefined, thumbprint: string) => forgetDevice(deps, context, session, thumbprint),
    markNoticesSeen: (session: SessionRecord | undefined) => markNoticesSeen(deps, session),
    resolveSession: (lookup: SessionLookup) => resolveSession(deps, lookup),
    whySessionEnded: (lookup: SessionLookup) => whySessionEnded(deps, lookup),
    status: (session: SessionRecord | undefined): StatusResponse => ({ session: sessionStatus(deps, session) }),
    signOut: (context: RequestContext, session: SessionRecord) => { endSession(deps, context, session); },
    tokens: deps.tokens,
  };
}

export type Core = ReturnType<typeof createCore>;
export { DEFAULT_CORE_CONFIG, normaliseUsername, type CoreConfig, type CoreDeps } from './deps.js';
