import { audit, type AuditEvent, type RequestContext } from './audit.js';
import type { CoreDeps } from './deps.js';
import { admitGuess, refundGuess, type AdmittedGuess } from './guess-budget.js';
import { notify, notifyReplay } from './notify.js';
import { redeemRecoveryCode } from './recovery-codes.js';
import { fail, ok, type CoreError, type Result } from './result.js';
import type { AccountRecord } from './store.js';
import { checkTotp } from './totp.js';

export type CodePurpose = 'sign-in' | 'enrolment' | 'recovery-codes' | 'step-up' | 'password-reset';

function auditFor(deps: CoreDeps, context: RequestContext, username: string, purpose: CodePurpose) {
  return (event: AuditEvent, detail: Record<string, string | number> = {}) => {
    audit(deps, context, event, username, { purpose, ...detail });
  };
}

/**
 * Admits one code guess (app, recovery, set-up or emailed code: they share one budget, so none is
 * an easier door than another), or says how long to wait.
 */
export function admitCodeGuess(deps: CoreDeps, context: RequestContext, username: string, purpose: CodePurpose): Result<AdmittedGuess> {
  const admission = admitGuess(deps, username, 'code');
  if (admission.admitted) return ok(admission.guess);
  auditFor(deps, context, username, purpose)('mfa-refused-locked');
  return fail({ code: 'mfa-locked', retryAfterSeconds: admission.retryAfterSeconds });
}

/** The admitted guess was wrong: it is already counted; say what the person may do next. */
export function wrongCode(deps: CoreDeps, context: RequestContext, guess: AdmittedGuess, purpose: CodePurpose): CoreError {
  const audit = auditFor(deps, context, guess.subject, purpose);
  if (guess.locksForSeconds !== null) {
    audit('mfa-code-wrong', { attemptsLeft: 0 });
    audit('mfa-lockout', { retryAfterSeconds: guess.locksForSeconds });
    // The lockout email says the password was right: true of sign-in codes, not of a reset's steps.
    if (guess.factor === 'code') notify(deps, guess.subject, 'mfa-lockout');
    return { code: 'mfa-locked', retryAfterSeconds: guess.locksForSeconds };
  }
  audit('mfa-code-wrong', { attemptsLeft: guess.attemptsLeftIfWrong });
  return { code: 'invalid-code', attemptsLeft: guess.attemptsLeftIfWrong };
}

/** A right code, not yet accepted: its time step, and its guess, still charged until `acceptCode`. */
export interface CheckedCode {
  timeStep: number;
  guess: AdmittedGuess;
}

/**
 * Checks a one-time code for an account, counting wrong codes towards the MFA lockout and
 * recording replays. The guess is charged (and committed) before the code is evaluated. A right
 * code is not yet accepted: the caller must still move the account's last used time step forward,
 * and refund its guess, in the one transaction that performs whatever the code unlocks
 * (`acceptCode`, or `refundGuess` where the step is stored another way).
 */
export function checkOneTimeCode(
  deps: CoreDeps,
  context: RequestContext,
  account: AccountRecord,
  input: { secret: string; code: string; purpose: CodePurpose },
): Result<CheckedCode> {
  const admitted = admitCodeGuess(deps, context, account.username, input.purpose);
  if (!admitted.ok) return admitted;
  const check = checkTotp({ secret: input.secret, code: input.code, nowMs: deps.clock.now(), lastUsedStep: account.lastTotpStep });
  if (check.valid) return ok({ timeStep: check.timeStep, guess: admitted.value });
  // A replayed code stays charged: someone is re-using a code they saw.
  if (check.reason === 'replay') {
    auditFor(deps, context, account.username, input.purpose)('mfa-code-replayed');
    notifyReplay(deps, account.username);
    return fail({ code: 'code-already-used' });
  }
  return fail(wrongCode(deps, context, admitted.value, input.purpose));
}

/**
 * Accepts a right code: its guess refunded, and its time step marked as used. Call inside the
 * transaction that performs what the code unlocks; false means another request used this step
 * first (the guess is refunded all the same: the code was right).
 */
export function acceptCode(deps: CoreDeps, context: RequestContext, username: string, checked: CheckedCode): boolean {
  refundGuess(deps, checked.guess);
  if (!deps.store.advanceTotpStep(username, checked.timeStep)) {
    audit(deps, context, 'mfa-code-replayed', username, { race: true });
    return false;
  }
  return true;
}

/**
 * Uses one recovery code in place of an app code. Wrong recovery codes count towards the same
 * lockout as wrong app codes, so they are no easier to guess.
 */
export function useRecoveryCode(deps: CoreDeps, context: RequestContext, account: AccountRecord, typed: string, purpose: CodePurpose): Result<{ left: number }> {
  const admitted = admitCodeGuess(deps, context, account.username, purpose);
  if (!admitted.ok) return admitted;
  if (!redeemRecoveryCode(deps, account.username, typed)) return fail(wrongCode(deps, context, admitted.value, purpose));
  refundGuess(deps, admitted.value);
  const left = deps.store.countRecoveryCodesLeft(account.username);
  auditFor(deps, context, account.username, purpose)('recovery-code-used', { left });
  notify(deps, account.username, 'recovery-code-used', { left });
  return ok({ left });
}
