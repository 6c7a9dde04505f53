import type { CoreDeps } from './deps.js';
import { issueDeviceNonce } from './devices.js';
import { fail, ok, type Result } from './result.js';
import { resolveSession, signedInAccount, whySessionEnded } from './sessions.js';
import { verificationMethod } from './sign-in.js';
import { canEnterManagerArea } from './step-up.js';
import type { SessionRecord } from './store.js';
import type { HomeView, LoginPage, LoginView, VerifyView } from './views.js';

/** The login form: the demo accounts (a training portal lists them) and a nonce for the extension's device proof. */
export function loginView(deps: CoreDeps): LoginView {
  return { demoUsernames: deps.store.listAccounts().map((account) => account.username), deviceNonce: issueDeviceNonce(deps) };
}

/** Opening the login page with this cookie: already signed in, or the form (and why this browser was signed out, if it was). */
export function loginPage(deps: CoreDeps, sessionId: string | undefined): LoginPage {
  const session = sessionId === undefined ? undefined : resolveSession(deps, { sessionId });
  if (session?.state === 'signed-in') return { signedIn: true };
  const signedOutBecause = sessionId === undefined ? undefined : whySessionEnded(deps, { sessionId });
  return { signedIn: false, signedOutBecause, ...loginView(deps) };
}

/**
 * "Verification needed", for a pending sign-in only. The challenge is derived from the cookie's
 * session id, so the page carries it without the helper storing it in the clear.
 */
export function verifyView(deps: CoreDeps, sessionId: string | undefined, session: SessionRecord | undefined): Result<VerifyView> {
  if (sessionId === undefined || session?.state !== 'mfa-pending') return fail({ code: 'challenge-not-found' });
  return ok({ challenge: deps.tokens.challengeFor(sessionId), username: session.username, method: verificationMethod(deps, session) });
}

export function homeView(deps: CoreDeps, session: SessionRecord | undefined): Result<HomeView> {
  const found = signedInAccount(deps, session);
  if (!found.ok) return found;
  const { account } = found.value;
  return ok({
    username: account.username,
    displayName: account.displayName,
    jobTitle: account.jobTitle,
    privilege: account.privilege,
    employment: account.employment,
    internetAccess: account.internetAccess,
    mfaOn: account.mfaEnabledAt !== null,
    managerArea: canEnterManagerArea(account),
  });
}
