import { durationText } from '../../shared/words/index.js';
import { audit, auditTyped, type RequestContext } from './audit.js';
import { acceptCode, checkOneTimeCode, useRecoveryCode, wrongCode } from './code-check.js';
import { normaliseUsername, type CoreDeps } from './deps.js';
import { forgetAllDevices } from './devices.js';
import { admitGuess, clearConsecutiveFailures, refundGuess } from './guess-budget.js';
import { notify } from './notify.js';
import { sameDigest, sixRandomDigits } from './one-time-codes.js';
import { hashPassword, verifyPassword } from './password-hash.js';
import { checkPasswordRules, type PasswordRuleBreach } from './password-rules.js';
import { openTotpSecret } from './sealed-secrets.js';
import { fail, ok, type Result } from './result.js';
import { endOtherSessions } from './sessions.js';
import type { AccountRecord, PasswordResetRecord } from './store.js';
import { hashToken, newOpaqueToken } from './tokens.js';
import type { ResetView } from './views.js';

/**
 * ESR's forgotten-password route. Knowledge alone (a username and an email address anyone may
 * know) never resets a password: every reset needs something the person has.
 *
 * 1. Username and the registered email address. The person is emailed that a reset started,
 *    with a one-time code.
 * 2. The emailed code (proves they can read that mailbox).
 * 3. With MFA on: a code from their app, or a recovery code. Without MFA: their date of birth
 *    as well. So MFA makes recovery easier: no personal details to remember, the phone is enough.
 * 4. A new password that obeys the rules. Every session ends, remembered devices are forgotten,
 *    and the person is told.
 */
export const RESET_LIFETIME_MS = 15 * 60_000;
/** Each start sends an email: a few an hour is plenty for a person, and no flood for their inbox. */
const RESETS_PER_HOUR = 3;

export type ResetStep = 'email-code' | 'second-factor' | 'date-of-birth' | 'new-password';

export interface LiveReset extends PasswordResetRecord {
  next: ResetStep;
}

export function startPasswordReset(deps: CoreDeps, context: RequestContext, input: { username: string; email: string }): Result<{ resetId: string }> {
  const { store, clock } = deps;
  const now = clock.now();
  const typed = normaliseUsername(input.username);
  const account = store.findAccount(typed);
  // Wrong details count as wrong passwords: the same throttle, and no way to tell which part was wrong.
  const admission = admitGuess(deps, typed, 'password');
  if (!admission.admitted) return fail({ code: 'account-locked', retryAfterSeconds: admission.retryAfterSeconds });
  if (account === undefined || account.email.toLowerCase() !== input.email.trim().toLowerCase()) {
    auditTyped(deps, context, typed, account?.username ?? null)('password-reset-refused');
    const locks = admission.guess.locksForSeconds;
    return fail(locks === null ? { code: 'reset-details-mismatch' } : { code: 'account-locked', retryAfterSeconds: locks });
  }
  refundGuess(deps, admission.guess);
  if (store.countResetsSince(account.username, now - 60 * 60_000) >= RESETS_PER_HOUR) {
    audit(deps, context, 'password-reset-refused', account.username, { reason: 'too-many' });
    return fail({ code: 'rate-limited', retryAfterSeconds: 60 * 60 });
  }
  const resetId = newOpaqueToken(deps.random);
  const idHash = hashToken(resetId);
  const code = sixRandomDigits(deps.random);
  store.insertPasswordReset({
    idHash,
    username: account.username,
    createdAt: now,
    expiresAt: now + RESET_LIFETIME_MS,
    emailCodeDigest: deps.tokens.emailedCodeDigest(idHash, code),
    emailVerifiedAt: null,
    secondFactorAt: null,
    usedAt: null,
  });
  audit(deps, context, 'password-reset-started', account.username);
  notify(deps, account.username, 'password-reset-started', { code, lasts: (words) => durationText(RESET_LIFETIME_MS, words) });
  return ok({ resetId });
}

export function findLiveReset(deps: CoreDeps, resetId: string | undefined): Result<LiveReset> {
  const reset = resetId === undefined ? undefined : deps.store.findPasswordReset(hashToken(resetId));
  if (reset === undefined || reset.usedAt !== null || reset.expiresAt <= deps.clock.now()) return fail({ code: 'reset-expired' });
  const account = deps.store.findAccount(reset.username);
  if (account === undefined) return fail({ code: 'reset-expired' });
  return ok({ ...reset, next: nextStep(reset, account) });
}

/** Where the reset behind this cookie has got to, for the page that shows its next step. */
export function resetProgress(deps: CoreDeps, resetId: string | undefined): Result<ResetView> {
  const reset = findLiveReset(deps, resetId);
  return reset.ok ? ok({ next: reset.value.next }) : reset;
}

function nextStep(reset: PasswordResetRecord, account: AccountRecord): ResetStep {
  if (reset.emailVerifiedAt === null) return 'email-code';
  if (reset.secondFactorAt === null) return account.mfaEnabledAt === null ? 'date-of-birth' : 'second-factor';
  return 'new-password';
}

/**
 * Step 2: the code we emailed. Guesses here (and at the date of birth) have a budget of their own:
 * anyone who knows a username and email address reaches this step, and must not be able to spend
 * the budget the person signs in with.
 */
export function verifyResetEmailCode(deps: CoreDeps, context: RequestContext, resetId: string | undefined, code: string): Result<{ next: ResetStep }> {
  const reset = findLiveReset(deps, resetId);
  if (!reset.ok) return reset;
  if (reset.value.next !== 'email-code') return ok({ next: reset.value.next });
  const admitted = admitGuess(deps, reset.value.username, 'reset');
  if (!admitted.admitted) return fail({ code: 'mfa-locked', retryAfterSeconds: admitted.retryAfterSeconds });
  if (!sameDigest(reset.value.emailCodeDigest, deps.tokens.emailedCodeDigest(reset.value.idHash, code))) {
    return fail(wrongCode(deps, context, admitted.guess, 'password-reset'));
  }
  refundGuess(deps, admitted.guess);
  deps.store.markResetEmailVerified(reset.value.idHash, deps.clock.now());
  return findLiveReset(deps, resetId).ok ? ok({ next: nextAfterEmail(deps, reset.value.username) }) : fail({ code: 'reset-expired' });
}

function nextAfterEmail(deps: CoreDeps, username: string): ResetStep {
  return deps.store.findAccount(username)?.mfaEnabledAt == null ? 'date-of-birth' : 'second-factor';
}

export type ResetSecondFactor = { code: string } | { recoveryCode: string } | { dateOfBirth: string };

/** Step 3: the app or a recovery code with MFA on; the date of birth without. */
export function verifyResetSecondFactor(deps: CoreDeps, context: RequestContext, resetId: string | undefined, answer: ResetSecondFactor): Result<{ verified: true }> {
  const reset = findLiveReset(deps, resetId);
  if (!reset.ok) return reset;
  const { next, idHash, username } = reset.value;
  if (next === 'email-code') return fail({ code: 'second-factor-needed' });
  if (next === 'new-password') return ok({ verified: true });
  const account = deps.store.findAccount(username);
  if (account === undefined) return fail({ code: 'reset-expired' });
  const markDone = () => { deps.store.markResetSecondFactor(idHash, deps.clock.now()); };

  if ('dateOfBirth' in answer) {
    if (next !== 'date-of-birth') return fail({ code: 'second-factor-needed' });
    const admission = admitGuess(deps, username, 'reset');
    if (!admission.admitted) return fail({ code: 'account-locked', retryAfterSeconds: admission.retryAfterSeconds });
    if (account.dateOfBirth !== answer.dateOfBirth.trim()) {
      audit(deps, context, 'password-reset-refused', username, { step: 'date-of-birth' });
      const locks = admission.guess.locksForSeconds;
      return fail(locks === null ? { code: 'reset-details-mismatch' } : { code: 'account-locked', retryAfterSeconds: locks });
    }
    refundGuess(deps, admission.guess);
    markDone();
    return ok({ verified: true });
  }
  if (next !== 'second-factor' || account.totpSecretSealed === null) return fail({ code: 'second-factor-needed' });
  if ('recoveryCode' in answer) {
    return deps.store.transaction(() => {
      const used = useRecoveryCode(deps, context, account, answer.recoveryCode, 'password-reset');
      if (!used.ok) return used;
      markDone();
      return ok({ verified: true as const });
    });
  }
  const checked = checkOneTimeCode(deps, context, account, { secret: openTotpSecret(deps, { ...account, totpSecretSealed: account.totpSecretSealed }), code: answer.code, purpose: 'password-reset' });
  if (!checked.ok) return checked;
  return deps.store.transaction(() => {
    if (!acceptCode(deps, context, account.username, checked.value)) return fail({ code: 'code-already-used' });
    markDone();
    return ok({ verified: true as const });
  });
}

export async function completePasswordReset(
  deps: CoreDeps,
  context: RequestContext,
  resetId: string | undefined,
  newPassword: string,
): Promise<Result<{ username: string }> | { ok: false; error: { code: 'password-rules' }; breaches: PasswordRuleBreach[] }> {
  const reset = findLiveReset(deps, resetId);
  if (!reset.ok) return reset;
  if (reset.value.next !== 'new-password') return fail({ code: 'second-factor-needed' });
  const account = deps.store.findAccount(reset.value.username);
  if (account === undefined) return fail({ code: 'reset-expired' });
  const breaches = checkPasswordRules(newPassword, account.username);
  // "Same as before" tells whether a guess is the current password: charged like any password guess.
  const admission = admitGuess(deps, account.username, 'password');
  if (!admission.admitted) return fail({ code: 'account-locked', retryAfterSeconds: admission.retryAfterSeconds });
  if (await verifyPassword(newPassword, account.passwordHash)) breaches.push('same-as-before');
  if (breaches.length > 0) return { ok: false, error: { code: 'password-rules' }, breaches };
  const passwordHash = await hashPassword(newPassword, deps.random);
  return deps.store.transaction(() => {
    if (!deps.store.useReset(reset.value.idHash, deps.clock.now())) return fail({ code: 'reset-expired' });
    deps.store.setPasswordHash(account.username, passwordHash);
    clearConsecutiveFailures(deps, account.username, 'password');
    endOtherSessions(deps, account.username, 'password-reset');
    // A browser that was trusted with the old password is not trusted with the new one.
    forgetAllDevices(deps, context, account.username, 'password-reset');
    audit(deps, context, 'password-reset', account.username);
    notify(deps, account.username, 'password-reset');
    return ok({ username: account.username });
  });
}
