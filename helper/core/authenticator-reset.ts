import { durationText } from '../../shared/words/index.js';
import { audit, type RequestContext } from './audit.js';
import { normaliseUsername, type CoreDeps } from './deps.js';
import { notify } from './notify.js';
import { sealTotpSecret } from './sealed-secrets.js';
import { fail, ok, type Result } from './result.js';
import { admitCodeGuess, wrongCode } from './code-check.js';
import { forgetAllDevices } from './devices.js';
import { clearConsecutiveFailures, refundGuess } from './guess-budget.js';
import { formatRecoveryCode, newLookupSecret, normaliseRecoveryCode } from './recovery-codes.js';
import { endOtherSessions } from './sessions.js';
import { canResetAuthenticators, isSteppedUp } from './step-up.js';
import type { AccountRecord, SessionRecord } from './store.js';
import { newTotpSecret } from './totp.js';
import type { HelpdeskResetView } from './views.js';

/**
 * A lost or replaced phone. The old authenticator stops working at once, every other session ends,
 * no browser stays remembered, the user is told, and the next thing they do is set up a new one.
 * MFA is never off on the way: the account keeps requiring a second factor, and the database
 * refuses a write that would clear it.
 */
export const SETUP_CODE_LIFETIME_MS = 24 * 60 * 60_000;

export type ResetRoute = 'recovery-code' | 'helpdesk';

export function revokeAuthenticator(deps: CoreDeps, context: RequestContext, username: string, route: ResetRoute, keepSession?: SessionRecord): boolean {
  const now = deps.clock.now();
  // A fresh random secret that nobody is given: the old phone's codes stop working at once.
  const unusableSecretSealed = sealTotpSecret(deps, username, newTotpSecret(deps.random));
  // The helpdesk grants no sign-in: it emails a one-time set-up code, which the person needs
  // with their password, so whoever holds only the password (or the lost phone) gets nowhere.
  const setupCode = route === 'helpdesk' ? newLookupSecret(deps.random) : null;
  const stored = setupCode === null ? null : { digest: deps.tokens.emailedCodeDigest(username, setupCode), expiresAt: now + SETUP_CODE_LIFETIME_MS };
  if (!deps.store.revokeAuthenticator(username, { unusableSecretSealed, at: now, setupCode: stored })) return false;
  clearConsecutiveFailures(deps, username, 'code');
  endOtherSessions(deps, username, 'authenticator-reset', keepSession);
  forgetAllDevices(deps, context, username, 'authenticator-reset');
  audit(deps, context, 'authenticator-revoked', username, { route });
  notify(deps, username, 'authenticator-reset', { route, setupCodeLasts: (words) => durationText(SETUP_CODE_LIFETIME_MS, words) });
  if (setupCode !== null) notify(deps, username, 'setup-code', { code: formatRecoveryCode(setupCode), lasts: (words) => durationText(SETUP_CODE_LIFETIME_MS, words) });
  return true;
}

/** At the code step of a sign-in after a helpdesk reset: the emailed set-up code, once. */
export function useSetupCode(deps: CoreDeps, context: RequestContext, account: AccountRecord, typed: string): Result<{ used: true }> {
  const admitted = admitCodeGuess(deps, context, account.username, 'sign-in');
  if (!admitted.ok) return admitted;
  const code = normaliseRecoveryCode(typed);
  if (code === null || !deps.store.useSetupCode(account.username, deps.tokens.emailedCodeDigest(account.username, code), deps.clock.now())) {
    return fail(wrongCode(deps, context, admitted.value, 'sign-in'));
  }
  refundGuess(deps, admitted.value);
  audit(deps, context, 'setup-code-used', account.username);
  return ok({ used: true });
}

/**
 * The helpdesk route: a core user who has just stepped up checks the person's identity against
 * their record (email and date of birth, and a call back), then resets their authenticator.
 */
export function helpdeskResetAuthenticator(
  deps: CoreDeps,
  context: RequestContext,
  actorSession: SessionRecord | undefined,
  input: { username: string; email: string; dateOfBirth: string },
): Result<HelpdeskResetView> {
  if (actorSession?.state !== 'signed-in') return fail({ code: 'not-signed-in' });
  const actor = deps.store.findAccount(actorSession.username);
  if (actor === undefined || !canResetAuthenticators(actor)) return fail({ code: 'not-privileged' });
  if (!isSteppedUp(deps, actorSession)) return fail({ code: 'step-up-required' });
  const target = deps.store.findAccount(normaliseUsername(input.username));
  const identityMatches =
    target !== undefined && target.email.toLowerCase() === input.email.trim().toLowerCase() && target.dateOfBirth === input.dateOfBirth.trim();
  // Nobody resets their own authenticator this way: a core user's own lost phone goes to another.
  if (!identityMatches || target.username === actor.username) {
    audit(deps, context, 'helpdesk-reset-refused', actor.username, { target: input.username.slice(0, 32) });
    return fail({ code: 'reset-details-mismatch' });
  }
  if (target.mfaEnabledAt === null) return fail({ code: 'mfa-not-on' });
  return deps.store.transaction(() => {
    revokeAuthenticator(deps, context, target.username, 'helpdesk');
    audit(deps, context, 'helpdesk-reset', actor.username, { target: target.username });
    return ok({ username: target.username });
  });
}
