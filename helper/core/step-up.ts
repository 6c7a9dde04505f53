import { durationText } from '../../shared/words/index.js';
import { audit, type RequestContext } from './audit.js';
import { acceptCode, admitCodeGuess, checkOneTimeCode, wrongCode } from './code-check.js';
import { refundGuess } from './guess-budget.js';
import type { CoreDeps } from './deps.js';
import { notify } from './notify.js';
import { sameDigest, sixRandomDigits } from './one-time-codes.js';
import { openTotpSecret } from './sealed-secrets.js';
import { fail, ok, type Result } from './result.js';
import { signedInAccount } from './sessions.js';
import type { AccountRecord, SessionRecord } from './store.js';
import type { ManagerView, StepUpView } from './views.js';

/**
 * "Step up" for the manager area: managers and core users must have passed a check within the
 * last `stepUpMaxAgeMs`. With MFA on, the check is a code from their app; without it, ESR's
 * existing route, a one-time code sent to their email (in training, their demo mailbox).
 */
export type StepUpMethod = 'app' | 'email';

const MAX_WRONG_EMAILED_CODES = 5;
/** A new emailed code is sent at most this often, however often the page is loaded. */
const RESEND_AFTER_MS = 60_000;

export function canEnterManagerArea(account: AccountRecord): boolean {
  return account.privilege === 'manager' || account.privilege === 'core-user';
}

/** Only core users run the helpdesk, which resets someone's lost phone. */
export function canResetAuthenticators(account: AccountRecord): boolean {
  return account.privilege === 'core-user';
}

export function stepUpMethod(account: AccountRecord): StepUpMethod {
  return account.mfaEnabledAt === null ? 'email' : 'app';
}

export function isSteppedUp(deps: CoreDeps, session: SessionRecord): boolean {
  return session.steppedUpAt !== null && deps.clock.now() - session.steppedUpAt < deps.config.stepUpMaxAgeMs;
}

function privilegedAccount(deps: CoreDeps, session: SessionRecord | undefined): Result<{ account: AccountRecord; session: SessionRecord }> {
  const found = signedInAccount(deps, session);
  if (found.ok && !canEnterManagerArea(found.value.account)) return fail({ code: 'not-privileged' });
  return found;
}

/** "Confirm it is you", for a manager or core user: how, and where the emailed code went. */
export function stepUpView(deps: CoreDeps, session: SessionRecord | undefined): Result<StepUpView> {
  const found = privilegedAccount(deps, session);
  if (!found.ok) return found;
  const { account } = found.value;
  const method = stepUpMethod(account);
  return ok({ username: account.username, method, email: method === 'email' ? account.email : null, codeLastsMs: deps.config.stepUpCodeTtlMs });
}

/** The manager area opens only to a manager or core user who has stepped up recently. */
export function managerArea(deps: CoreDeps, session: SessionRecord | undefined): Result<ManagerView> {
  const found = privilegedAccount(deps, session);
  if (!found.ok) return found;
  const { account, session: live } = found.value;
  if (!isSteppedUp(deps, live) || live.steppedUpAt === null) return fail({ code: 'step-up-required' });
  return ok({
    username: account.username,
    steppedUpAt: live.steppedUpAt,
    stepUpLastsSeconds: Math.round(deps.config.stepUpMaxAgeMs / 1000),
    helpdesk: canResetAuthenticators(account),
  });
}

/** Sends an emailed code for this session unless a fresh one was sent within the last minute. */
export function sendStepUpCode(deps: CoreDeps, context: RequestContext, session: SessionRecord | undefined, options: { force: boolean } = { force: false }): Result<{ sent: boolean }> {
  const found = privilegedAccount(deps, session);
  if (!found.ok) return found;
  const { account } = found.value;
  if (stepUpMethod(account) !== 'email') return ok({ sent: false });
  const now = deps.clock.now();
  const existing = deps.store.findStepUpCode(found.value.session.idHash);
  if (existing !== undefined && existing.expiresAt > now && (now - existing.createdAt < RESEND_AFTER_MS || !options.force)) return ok({ sent: false });
  const code = sixRandomDigits(deps.random);
  deps.store.putStepUpCode({
    sessionIdHash: found.value.session.idHash,
    username: account.username,
    codeDigest: deps.tokens.emailedCodeDigest(found.value.session.idHash, code),
    createdAt: now,
    expiresAt: now + deps.config.stepUpCodeTtlMs,
    wrongAttempts: 0,
  });
  notify(deps, account.username, 'step-up-code', { code, lasts: (words) => durationText(deps.config.stepUpCodeTtlMs, words) });
  audit(deps, context, 'step-up-code-sent', account.username);
  return ok({ sent: true });
}

export function verifyStepUp(deps: CoreDeps, context: RequestContext, session: SessionRecord | undefined, code: string): Result<{ steppedUp: true }> {
  const found = privilegedAccount(deps, session);
  if (!found.ok) return found;
  const { account, session: live } = found.value;
  const now = deps.clock.now();
  const auditStepUp = (event: 'step-up-passed' | 'step-up-failed', detail: Record<string, string> = {}) => {
    audit(deps, context, event, account.username, { method: stepUpMethod(account), ...detail });
  };

  if (account.totpSecretSealed !== null) {
    const checked = checkOneTimeCode(deps, context, account, { secret: openTotpSecret(deps, { ...account, totpSecretSealed: account.totpSecretSealed }), code, purpose: 'step-up' });
    if (!checked.ok) return checked;
    return deps.store.transaction(() => {
      if (!acceptCode(deps, context, account.username, checked.value)) return fail({ code: 'code-already-used' });
      deps.store.markSteppedUp(live.idHash, now);
      auditStepUp('step-up-passed');
      return ok({ steppedUp: true as const });
    });
  }

  const sent = deps.store.findStepUpCode(live.idHash);
  if (sent === undefined || sent.expiresAt <= now || sent.wrongAttempts >= MAX_WRONG_EMAILED_CODES) {
    auditStepUp('step-up-failed', { reason: 'no-live-code' });
    return fail({ code: 'step-up-code-expired' });
  }
  // Counted on the account, with every other kind of code: asking for a new email starts no new count.
  const admitted = admitCodeGuess(deps, context, account.username, 'step-up');
  if (!admitted.ok) return admitted;
  if (!sameDigest(sent.codeDigest, deps.tokens.emailedCodeDigest(live.idHash, code))) {
    deps.store.countWrongStepUpCode(live.idHash);
    auditStepUp('step-up-failed', { reason: 'wrong-code' });
    const error = wrongCode(deps, context, admitted.value, 'step-up');
    const leftForThisCode = Math.max(0, MAX_WRONG_EMAILED_CODES - sent.wrongAttempts - 1);
    return fail(error.code === 'invalid-code' ? { ...error, attemptsLeft: Math.min(error.attemptsLeft ?? leftForThisCode, leftForThisCode) } : error);
  }
  refundGuess(deps, admitted.value);
  return deps.store.transaction(() => {
    deps.store.deleteStepUpCode(live.idHash);
    deps.store.markSteppedUp(live.idHash, now);
    auditStepUp('step-up-passed');
    return ok({ steppedUp: true as const });
  });
}
