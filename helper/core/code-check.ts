import type { RequestContext } from './audit.js';
import type { CoreDeps } from './deps.js';
import { lockStatus, NO_FAILURES, registerFailure } from './lockout.js';
import { fail, ok, type Result } from './result.js';
import type { AccountRecord } from './store.js';
import { checkTotp } from './totp.js';

export type CodePurpose = 'sign-in' | 'enrolment';

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
  const { store, clock, config } = deps;
  const now = clock.now();
  const audit = (event: Parameters<typeof store.appendAudit>[0]['event'], detail: Record<string, string | number> = {}) => {
    store.appendAudit({ at: now, event, username: account.username, ip: context.ip, detail: { purpose: input.purpose, ...detail } });
  };

  const lock = lockStatus(account.codeFailures, config.codeLockout, now);
  if (lock.locked) {
    audit('mfa-refused-locked');
    return fail({ code: 'mfa-locked', retryAfterSeconds: lock.retryAfterSeconds });
  }

  const check = checkTotp({ secret: input.secret, code: input.code, nowMs: now, lastUsedStep: account.lastTotpStep });
  if (check.valid) return ok({ timeStep: check.timeStep });
  if (check.reason === 'replay') {
    audit('mfa-code-replayed');
    return fail({ code: 'code-already-used' });
  }

  const failures = registerFailure(account.codeFailures, config.codeLockout, now);
  store.setCodeFailures(account.username, failures);
  const after = lockStatus(failures, config.codeLockout, now);
  if (after.locked) {
    audit('mfa-code-wrong', { attemptsLeft: 0 });
    audit('mfa-lockout', { retryAfterSeconds: after.retryAfterSeconds });
    return fail({ code: 'mfa-locked', retryAfterSeconds: after.retryAfterSeconds });
  }
  audit('mfa-code-wrong', { attemptsLeft: after.attemptsLeft });
  return fail({ code: 'invalid-code', attemptsLeft: after.attemptsLeft });
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
