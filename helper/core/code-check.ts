import type { AuditEvent, RequestContext } from './audit.js';
import type { CoreDeps } from './deps.js';
import { lockStatus, NO_FAILURES, registerFailure } from './lockout.js';
import { notify } from './notify.js';
import { redeemRecoveryCode } from './recovery-codes.js';
import { fail, ok, type CoreError, type Result } from './result.js';
import type { AccountRecord } from './store.js';
import { checkTotp } from './totp.js';

export type CodePurpose = 'sign-in' | 'enrolment' | 'recovery-codes' | 'step-up' | 'password-reset';

function auditFor(deps: CoreDeps, context: RequestContext, username: string, purpose: CodePurpose) {
  return (event: AuditEvent, detail: Record<string, string | number> = {}) => {
    deps.store.appendAudit({ at: deps.clock.now(), event, username, ip: context.ip, detail: { purpose, ...detail } });
  };
}

/** Refuses at once while the account's MFA lockout lasts. */
function refuseIfLocked(deps: CoreDeps, context: RequestContext, account: AccountRecord, purpose: CodePurpose): CoreError | null {
  const lock = lockStatus(account.codeFailures, deps.config.codeLockout, deps.clock.now());
  if (!lock.locked) return null;
  auditFor(deps, context, account.username, purpose)('mfa-refused-locked');
  return { code: 'mfa-locked', retryAfterSeconds: lock.retryAfterSeconds };
}

/** Counts a wrong code (of any kind) towards the lockout, and says what the person may do next. */
function registerWrongCode(deps: CoreDeps, context: RequestContext, account: AccountRecord, purpose: CodePurpose): CoreError {
  const now = deps.clock.now();
  const audit = auditFor(deps, context, account.username, purpose);
  const failures = registerFailure(account.codeFailures, deps.config.codeLockout, now);
  deps.store.setCodeFailures(account.username, failures);
  const after = lockStatus(failures, deps.config.codeLockout, now);
  if (after.locked) {
    audit('mfa-code-wrong', { attemptsLeft: 0 });
    audit('mfa-lockout', { retryAfterSeconds: after.retryAfterSeconds });
    notify(deps, account.username, 'mfa-lockout');
    return { code: 'mfa-locked', retryAfterSeconds: after.retryAfterSeconds };
  }
  audit('mfa-code-wrong', { attemptsLeft: after.attemptsLeft });
  return { code: 'invalid-code', attemptsLeft: after.attemptsLeft };
}

/**
 * Checks a one-time code for an account, counting wrong codes towards the MFA lockout and
 * recording replays. It does not accept the code: the caller must still move the account's last
 * used time step forward atomically with whatever the code unlocks (`acceptCode`).
 */
export function checkOneTimeCode(
  deps: CoreDeps,
  context: RequestContext,
  account: AccountRecord,
  input: { secret: string; code: string; purpose: CodePurpose },
): Result<{ timeStep: number }> {
  const locked = refuseIfLocked(deps, context, account, input.purpose);
  if (locked !== null) return fail(locked);
  const check = checkTotp({ secret: input.secret, code: input.code, nowMs: deps.clock.now(), lastUsedStep: account.lastTotpStep });
  if (check.valid) return ok({ timeStep: check.timeStep });
  if (check.reason === 'replay') {
    auditFor(deps, context, account.username, input.purpose)('mfa-code-replayed');
    notify(deps, account.username, 'code-replayed');
    return fail({ code: 'code-already-used' });
  }
  return fail(registerWrongCode(deps, context, account, input.purpose));
}

/**
 * Marks the code's time step as used and clears the wrong-code count. Call inside the transaction
 * that performs what the code unlocks; false means another request used this step first.
 */
export function acceptCode(deps: CoreDeps, context: RequestContext, username: string, timeStep: number): boolean {
  if (!deps.store.advanceTotpStep(username, timeStep)) {
    deps.store.appendAudit({ at: deps.clock.now(), event: 'mfa-code-replayed', username, ip: context.ip, detail: { race: true } });
    return false;
  }
  deps.store.setCodeFailures(username, NO_FAILURES);
  return true;
}

/**
 * Uses one recovery code in place of an app code. Wrong recovery codes count towards the same
 * lockout as wrong app codes, so they are no easier to guess.
 */
export function useRecoveryCode(deps: CoreDeps, context: RequestContext, account: AccountRecord, typed: string, purpose: CodePurpose): Result<{ left: number }> {
  const locked = refuseIfLocked(deps, context, account, purpose);
  if (locked !== null) return fail(locked);
  if (!redeemRecoveryCode(deps, account.username, typed)) return fail(registerWrongCode(deps, context, account, purpose));
  deps.store.setCodeFailures(account.username, NO_FAILURES);
  const left = deps.store.countRecoveryCodesLeft(account.username);
  auditFor(deps, context, account.username, purpose)('recovery-code-used', { left });
  notify(deps, account.username, 'recovery-code-used', { left: String(left) });
  return ok({ left });
}
