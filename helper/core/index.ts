import type { StatusResponse } from '../../shared/api.js';
import type { RequestContext } from './audit.js';
import { accountActivity, forgetDevice, markNoticesSeen } from './activity.js';
import { helpdeskResetAuthenticator } from './authenticator-reset.js';
import type { CoreDeps } from './deps.js';
import { confirmEnrolment, startEnrolment } from './enrolment.js';
import type { Language } from '../../shared/words/index.js';
import { chooseLanguage, personLanguage } from './language.js';
import { closeMailbox, openMailbox, readMailbox, type MailboxInput } from './mailbox.js';
import { completePasswordReset, resetProgress, startPasswordReset, verifyResetEmailCode, verifyResetSecondFactor, type ResetSecondFactor } from './password-reset.js';
import { homeView, loginPage, loginView, verifyView } from './portal-views.js';
import { fail } from './result.js';
import { regenerateRecoveryCodes } from './recovery.js';
import { extendSession, sessionTimeLeft } from './session-timeout.js';
import { endSession, resolveSession, sessionStatus } from './sessions.js';
import { completeSignIn, signInWithPassword, verifyChallenge, verifyChallengeAndSignIn, type ChallengeAnswer, type PasswordSignInInput } from './sign-in.js';
import { managerArea, sendStepUpCode, stepUpView, verifyStepUp } from './step-up.js';

/**
 * The helper's whole decision-making surface: use cases that take what a request carries (the
 * session cookie's value, a form) and return view models made for their reader. The HTTP layer
 * only translates requests into these calls and results into responses; nothing here hands out a
 * record, the store or a key.
 */
export function createCore(deps: CoreDeps) {
  /** The live session behind a cookie's value; every use case starts from it, never from a record the caller holds. */
  const live = (sessionId: string | undefined) => (sessionId === undefined ? undefined : resolveSession(deps, { sessionId }));

  return {
    loginPage: (sessionId: string | undefined) => loginPage(deps, sessionId),
    /** The login form again, after a refused attempt. */
    loginForm: () => loginView(deps),
    signedIn: (sessionId: string | undefined) => live(sessionId)?.state === 'signed-in',
    signInWithPassword: (context: RequestContext, input: PasswordSignInInput) => signInWithPassword(deps, context, input),
    verifyPage: (sessionId: string | undefined) => verifyView(deps, sessionId, live(sessionId)),
    verifyChallenge: (context: RequestContext, sessionId: string | undefined, input: ChallengeAnswer) => verifyChallenge(deps, context, live(sessionId), input),
    completeSignIn: (context: RequestContext, sessionId: string | undefined, challenge: string) => completeSignIn(deps, context, live(sessionId), challenge),
    /** The portal's form: the answer checked and, if right, the sign-in completed, in one go. */
    verifyChallengeAndSignIn: (context: RequestContext, sessionId: string | undefined, input: ChallengeAnswer) => verifyChallengeAndSignIn(deps, context, live(sessionId), input),
    signOut: (context: RequestContext, sessionId: string | undefined) => {
      const session = live(sessionId);
      if (session !== undefined) endSession(deps, context, session);
    },

    /** The time-out warning's questions; asking the time left does not count as activity, extending does. */
    sessionTimeLeft: (sessionId: string | undefined) => (sessionId === undefined ? notSignedIn : sessionTimeLeft(deps, { sessionId })),
    extendSession: (sessionId: string | undefined) => (sessionId === undefined ? notSignedIn : extendSession(deps, { sessionId })),
    /** How long a session may sit idle, for the page that says someone was signed out after it. */
    sessionIdleMs: () => deps.config.sessionIdleMs,
    personLanguage: (sessionId: string | undefined) => (sessionId === undefined ? undefined : personLanguage(deps, { sessionId })),
    chooseLanguage: (sessionId: string | undefined, language: Language) => { chooseLanguage(deps, live(sessionId), language); },

    homePage: (sessionId: string | undefined) => homeView(deps, live(sessionId)),
    activityPage: (sessionId: string | undefined) => accountActivity(deps, live(sessionId)),
    forgetDevice: (context: RequestContext, sessionId: string | undefined, thumbprint: string) => forgetDevice(deps, context, live(sessionId), thumbprint),

    status: (sessionId: string | undefined): StatusResponse => ({ session: sessionStatus(deps, live(sessionId)) }),
    markNoticesSeen: (sessionId: string | undefined) => markNoticesSeen(deps, live(sessionId)),
    startEnrolment: (context: RequestContext, sessionId: string | undefined) => startEnrolment(deps, context, live(sessionId)),
    confirmEnrolment: (context: RequestContext, sessionId: string | undefined, code: string) => confirmEnrolment(deps, context, live(sessionId), code),
    regenerateRecoveryCodes: (context: RequestContext, sessionId: string | undefined, code: string, options?: { signOutOthers?: boolean | undefined }) =>
      regenerateRecoveryCodes(deps, context, live(sessionId), code, options),

    /** The manager area's page, or why not: not signed in, not a manager or core user, or a step-up is due. */
    managerArea: (sessionId: string | undefined) => managerArea(deps, live(sessionId)),
    stepUp: {
      /** Opening "Confirm it is you": an emailed code is sent, unless a fresh one already was. */
      page: (context: RequestContext, sessionId: string | undefined) => {
        const session = live(sessionId);
        sendStepUpCode(deps, context, session);
        return stepUpView(deps, session);
      },
      /** The same page again, after a refused code: nothing is sent. */
      form: (sessionId: string | undefined) => stepUpView(deps, live(sessionId)),
      resend: (context: RequestContext, sessionId: string | undefined) => sendStepUpCode(deps, context, live(sessionId), { force: true }),
      verify: (context: RequestContext, sessionId: string | undefined, code: string) => verifyStepUp(deps, context, live(sessionId), code),
    },
    helpdeskReset: (context: RequestContext, sessionId: string | undefined, input: { username: string; email: string; dateOfBirth: string }) =>
      helpdeskResetAuthenticator(deps, context, live(sessionId), input),

    startPasswordReset: (context: RequestContext, input: { username: string; email: string }) => startPasswordReset(deps, context, input),
    resetProgress: (resetId: string | undefined) => resetProgress(deps, resetId),
    verifyResetEmailCode: (context: RequestContext, resetId: string | undefined, code: string) => verifyResetEmailCode(deps, context, resetId, code),
    verifyResetSecondFactor: (context: RequestContext, resetId: string | undefined, answer: ResetSecondFactor) =>
      verifyResetSecondFactor(deps, context, resetId, answer),
    completePasswordReset: (context: RequestContext, resetId: string | undefined, newPassword: string) => completePasswordReset(deps, context, resetId, newPassword),

    mailbox: {
      open: (context: RequestContext, input: MailboxInput) => openMailbox(deps, context, input),
      read: (token: string | undefined) => readMailbox(deps, token),
      close: (token: string | undefined) => { closeMailbox(deps, token); },
    },
  };
}

const notSignedIn = fail({ code: 'not-signed-in' });

export type Core = ReturnType<typeof createCore>;
export { DEFAULT_CORE_CONFIG, normaliseUsername, type CoreConfig, type CoreDeps } from './deps.js';
