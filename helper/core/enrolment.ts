import type { EnrolmentStartResponse } from '../../shared/api.js';
import { TOTP_PARAMETERS } from '../../shared/totp.js';
import { audit, type RequestContext } from './audit.js';
import { checkOneTimeCode } from './code-check.js';
import { refundGuess } from './guess-budget.js';
import { keySource, type CoreDeps } from './deps.js';
import { notify } from './notify.js';
import { issueRecoveryCodes } from './recovery-codes.js';
import { enrolmentEligibility } from './policy.js';
import { openPendingSecret, sealPendingSecret, sealTotpSecret } from './sealed-secrets.js';
import { fail, ok, type Result } from './result.js';
import { endOtherSessions } from './sessions.js';
import type { AccountRecord, PendingSecret, SessionRecord } from './store.js';
import { newTotpSecret, otpauthUri } from './totp.js';

/**
 * Step one of two: give the signed-in, eligible user a secret to add to their app. The secret
 * belongs to this session alone: another session of the same user (someone else holding the
 * password, say) gets its own, and can never confirm or read this one. Coming back to the guide
 * in the same session returns the same secret, so a QR code already scanned still works.
 */
export function startEnrolment(deps: CoreDeps, context: RequestContext, session: SessionRecord | undefined): Result<EnrolmentStartResponse> {
  const allowed = eligibleAccount(deps, context, session);
  if (!allowed.ok) return allowed;
  const { account, session: live } = allowed.value;
  const { store, clock } = deps;
  const now = clock.now();

  const pending = livePendingSecret(deps, live);
  const pendingIsFresh = pending !== null;
  let secret: string;
  if (pending !== null) {
    secret = openPendingSecret(deps, live, pending.sealed);
  } else {
    secret = newTotpSecret(keySource(deps));
    store.setSessionPendingSecret(live.idHash, { sealed: sealPendingSecret(deps, live, secret), createdAt: now });
  }
  audit(deps, context, 'enrolment-started', account.username, { resumed: pendingIsFresh });
  return ok({
    otpauthUri: otpauthUri(account.username, secret),
    secret,
    issuer: TOTP_PARAMETERS.issuer,
    accountName: account.username,
  });
}

/** Step two: a valid code from the app turns MFA on, atomically and for good, with a first set of recovery codes. */
export function confirmEnrolment(
  deps: CoreDeps,
  context: RequestContext,
  session: SessionRecord | undefined,
  code: string,
): Result<{ mfaEnabled: true; recoveryCodes: string[] }> {
  const allowed = eligibleAccount(deps, context, session);
  if (!allowed.ok) return allowed;
  const { account, session: live } = allowed.value;
  const { store, clock } = deps;
  const now = clock.now();
  const pending = livePendingSecret(deps, live);
  if (pending === null) return fail({ code: 'enrolment-not-started' });
  const secret = openPendingSecret(deps, live, pending.sealed);
  const checked = checkOneTimeCode(deps, context, account, { secret, code, purpose: 'enrolment' });
  // Sealed again for its new purpose: the account's own authenticator.
  const sealed = sealTotpSecret(deps, account.username, secret);
  if (!checked.ok) return checked;

  const replacing = account.reenrolmentRequiredAt !== null;
  return store.transaction(() => {
    // The code was right: its guess is refunded with the install, in the same commit.
    refundGuess(deps, checked.value.guess);
    const installed = replacing
      ? store.replaceAuthenticator(account.username, { secretSealed: sealed, acceptedStep: checked.value.timeStep })
      : store.enableMfa(account.username, { secretSealed: sealed, enabledAt: now, acceptedStep: checked.value.timeStep });
    if (!installed) return fail({ code: 'not-eligible', reason: 'already-enrolled' });
    store.setSessionPendingSecret(live.idHash, null);
    // Whoever else is signed in (with the password alone, perhaps) is shut out of the new factor.
    endOtherSessions(deps, account.username, replacing ? 'authenticator-replaced' : 'mfa-enabled', live);
    const recoveryCodes = issueRecoveryCodes(deps, account.username);
    audit(deps, context, replacing ? 'authenticator-replaced' : 'mfa-enabled', account.username);
    notify(deps, account.username, replacing ? 'authenticator-replaced' : 'mfa-enabled');
    return ok({ mfaEnabled: true as const, recoveryCodes });
  });
}

/** The set-up key this session is showing, unless it was started too long ago. */
export function livePendingSecret(deps: CoreDeps, session: SessionRecord): PendingSecret | null {
  const pending = session.pendingSecret;
  return pending !== null && deps.clock.now() - pending.createdAt < deps.config.pendingEnrolmentTtlMs ? pending : null;
}

function eligibleAccount(deps: CoreDeps, context: RequestContext, session: SessionRecord | undefined): Result<{ account: AccountRecord; session: SessionRecord }> {
  // Read afresh: the session may have been ended, or its pending key changed, since it was looked up.
  const live = session === undefined ? undefined : deps.store.findSessionByIdHash(session.idHash);
  if (live?.state !== 'signed-in') return fail({ code: 'not-signed-in' });
  const account = deps.store.findAccount(live.username);
  if (account === undefined) return fail({ code: 'not-signed-in' });
  const eligibility = enrolmentEligibility(account);
  if (!eligibility.eligible) {
    audit(deps, context, 'enrolment-refused', account.username, { reason: eligibility.reason });
    return fail({ code: 'not-eligible', reason: eligibility.reason });
  }
  return ok({ account, session: live });
}
