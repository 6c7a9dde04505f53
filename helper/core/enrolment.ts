import type { EnrolmentStartResponse } from '../../shared/api.js';
import { TOTP_PARAMETERS } from '../../shared/totp.js';
import type { RequestContext } from './audit.js';
import { checkOneTimeCode } from './code-check.js';
import type { CoreDeps } from './deps.js';
import { NO_FAILURES } from './lockout.js';
import { notify } from './notify.js';
import { issueRecoveryCodes } from './recovery-codes.js';
import { enrolmentEligibility } from './policy.js';
import { fail, ok, type Result } from './result.js';
import type { AccountRecord, SessionRecord } from './store.js';
import { newTotpSecret, otpauthUri } from './totp.js';

/**
 * Step one of two: give the signed-in, eligible user a secret to add to their app. Coming back
 * within a day returns the same secret, so a QR code already scanned still works.
 */
export function startEnrolment(deps: CoreDeps, context: RequestContext, session: SessionRecord | undefined): Result<EnrolmentStartResponse> {
  const allowed = eligibleAccount(deps, context, session);
  if (!allowed.ok) return allowed;
  const account = allowed.value;
  const { store, clock, secrets, config } = deps;
  const now = clock.now();

  const pendingIsFresh =
    account.pendingSecretSealed !== null &&
    account.pendingSecretCreatedAt !== null &&
    now - account.pendingSecretCreatedAt < config.pendingEnrolmentTtlMs;
  let secret: string;
  if (pendingIsFresh && account.pendingSecretSealed !== null) {
    secret = secrets.open(account.pendingSecretSealed);
  } else {
    secret = newTotpSecret(deps.random);
    store.setPendingSecret(account.username, secrets.seal(secret), now);
  }
  store.appendAudit({ at: now, event: 'enrolment-started', username: account.username, ip: context.ip, detail: { resumed: pendingIsFresh } });
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
  const account = allowed.value;
  const { store, clock, secrets, config } = deps;
  const now = clock.now();
  if (account.pendingSecretSealed === null || account.pendingSecretCreatedAt === null || now - account.pendingSecretCreatedAt >= config.pendingEnrolmentTtlMs) {
    return fail({ code: 'enrolment-not-started' });
  }
  const sealed = account.pendingSecretSealed;
  const checked = checkOneTimeCode(deps, context, account, { secret: secrets.open(sealed), code, purpose: 'enrolment' });
  if (!checked.ok) return checked;

  const replacing = account.reenrolmentRequiredAt !== null;
  return store.transaction(() => {
    const installed = replacing
      ? store.replaceAuthenticator(account.username, { secretSealed: sealed, acceptedStep: checked.value.timeStep })
      : store.enableMfa(account.username, { secretSealed: sealed, enabledAt: now, acceptedStep: checked.value.timeStep });
    if (!installed) return fail({ code: 'not-eligible', reason: 'already-enrolled' });
    store.setCodeFailures(account.username, NO_FAILURES);
    const recoveryCodes = issueRecoveryCodes(deps, account.username);
    store.appendAudit({ at: now, event: replacing ? 'authenticator-replaced' : 'mfa-enabled', username: account.username, ip: context.ip, detail: {} });
    notify(deps, account.username, replacing ? 'authenticator-replaced' : 'mfa-enabled');
    return ok({ mfaEnabled: true as const, recoveryCodes });
  });
}

function eligibleAccount(deps: CoreDeps, context: RequestContext, session: SessionRecord | undefined): Result<AccountRecord> {
  if (session?.state !== 'signed-in') return fail({ code: 'not-signed-in' });
  const account = deps.store.findAccount(session.username);
  if (account === undefined) return fail({ code: 'not-signed-in' });
  const eligibility = enrolmentEligibility(account);
  if (!eligibility.eligible) {
    deps.store.appendAudit({ at: deps.clock.now(), event: 'enrolment-refused', username: account.username, ip: context.ip, detail: { reason: eligibility.reason } });
    return fail({ code: 'not-eligible', reason: eligibility.reason });
  }
  return ok(account);
}
