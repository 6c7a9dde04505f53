import type { RequestContext } from './audit.js';
import { acceptCode, checkOneTimeCode, useRecoveryCode } from './code-check.js';
import { normaliseUsername, type CoreDeps } from './deps.js';
import { lockStatus, NO_FAILURES, registerFailure } from './lockout.js';
import { notify } from './notify.js';
import { hashPassword, verifyPassword } from './password-hash.js';
import { checkPasswordRules, type PasswordRuleBreach } from './password-rules.js';
import { fail, ok, type Result } from './result.js';
import type { PasswordResetRecord } from './store.js';
import { endOtherSessions } from './sessions.js';
import { hashToken, newOpaqueToken } from './tokens.js';

/**
 * ESR's forgotten-password route: username, email and date of birth; then, for users with MFA
 * on, an app code or a recovery code (a reset never bypasses MFA); then a new password that obeys
 * the rules. Success ends every session of the user and tells them.
 */
export const RESET_LIFETIME_MS = 15 * 60_000;

export interface ResetStarted {
  resetId: string;
  needsSecondFactor: boolean;
}

export function startPasswordReset(
  deps: CoreDeps,
  context: RequestContext,
  input: { username: string; email: string; dateOfBirth: string },
): Result<ResetStarted> {
  const { store, clock, config } = deps;
  const now = clock.now();
  const typed = normaliseUsername(input.username);
  const account = store.findAccount(typed);
  // Wrong details count as wrong passwords: the same throttle, and no way to tell which part was wrong.
  const lock = lockStatus(store.getPasswordFailures(typed), config.passwordLockout, now);
  if (lock.locked) return fail({ code: 'account-locked', retryAfterSeconds: lock.retryAfterSeconds });
  const matches =
    account !== undefined &&
    account.email.toLowerCase() === input.email.trim().toLowerCase() &&
    account.dateOfBirth === input.dateOfBirth.trim();
  if (!matches) {
    const failures = registerFailure(store.getPasswordFailures(typed), config.passwordLockout, now);
    store.setPasswordFailures(typed, failures);
    store.appendAudit({ at: now, event: 'password-reset-refused', username: account?.username ?? null, ip: context.ip, detail: account === undefined ? { typedUsername: typed.slice(0, 64) } : {} });
    const after = lockStatus(failures, config.passwordLockout, now);
    return fail(after.locked ? { code: 'account-locked', retryAfterSeconds: after.retryAfterSeconds } : { code: 'reset-details-mismatch' });
  }
  const resetId = newOpaqueToken(deps.random);
  store.insertPasswordReset({ idHash: hashToken(resetId), username: account.username, createdAt: now, expiresAt: now + RESET_LIFETIME_MS, secondFactorAt: null, usedAt: null });
  store.appendAudit({ at: now, event: 'password-reset-started', username: account.username, ip: context.ip, detail: {} });
  return ok({ resetId, needsSecondFactor: account.mfaEnabledAt !== null });
}

export function findLiveReset(deps: CoreDeps, resetId: string | undefined): Result<PasswordResetRecord & { needsSecondFactor: boolean }> {
  const reset = resetId === undefined ? undefined : deps.store.findPasswordReset(hashToken(resetId));
  if (reset === undefined || reset.usedAt !== null || reset.expiresAt <= deps.clock.now()) return fail({ code: 'reset-expired' });
  const account = deps.store.findAccount(reset.username);
  if (account === undefined) return fail({ code: 'reset-expired' });
  return ok({ ...reset, needsSecondFactor: account.mfaEnabledAt !== null && reset.secondFactorAt === null });
}

export function verifyResetSecondFactor(
  deps: CoreDeps,
  context: RequestContext,
  resetId: string | undefined,
  answer: { code: string } | { recoveryCode: string },
): Result<{ verified: true }> {
  const reset = findLiveReset(deps, resetId);
  if (!reset.ok) return reset;
  const account = deps.store.findAccount(reset.value.username);
  if (account?.totpSecretSealed == null) return fail({ code: 'reset-expired' });
  const markDone = () => { deps.store.markResetSecondFactor(reset.value.idHash, deps.clock.now()); };
  if ('recoveryCode' in answer) {
    return deps.store.transaction(() => {
      const used = useRecoveryCode(deps, context, account, answer.recoveryCode, 'password-reset');
      if (!used.ok) return used;
      markDone();
      return ok({ verified: true as const });
    });
  }
  const checked = checkOneTimeCode(deps, context, account, { secret: deps.secrets.open(account.totpSecretSealed), code: answer.code, purpose: 'password-reset' });
  if (!checked.ok) return checked;
  return deps.store.transaction(() => {
    if (!acceptCode(deps, context, account.username, checked.value.timeStep)) return fail({ code: 'code-already-used' });
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
  if (reset.value.needsSecondFactor) return fail({ code: 'second-factor-needed' });
  const account = deps.store.findAccount(reset.value.username);
  if (account === undefined) return fail({ code: 'reset-expired' });
  const breaches = checkPasswordRules(newPassword, account.username);
  if (await verifyPassword(newPassword, account.passwordHash)) breaches.push('same-as-before');
  if (breaches.length > 0) return { ok: false, error: { code: 'password-rules' }, breaches };
  const passwordHash = await hashPassword(newPassword, deps.random);
  return deps.store.transaction(() => {
    if (!deps.store.useReset(reset.value.idHash, deps.clock.now())) return fail({ code: 'reset-expired' });
    deps.store.setPasswordHash(account.username, passwordHash);
    deps.store.setPasswordFailures(account.username, NO_FAILURES);
    endOtherSessions(deps, account.username, 'password-reset');
    deps.store.appendAudit({ at: deps.clock.now(), event: 'password-reset', username: account.username, ip: context.ip, detail: {} });
    notify(deps, account.username, 'password-reset');
    return ok({ username: account.username });
  });
}
