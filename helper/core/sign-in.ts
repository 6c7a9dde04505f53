import { HOME_LOCATION, type DeviceProof } from '../../shared/device.js';
import { audit, auditTyped, type RequestContext } from './audit.js';
import { revokeAuthenticator, useSetupCode } from './authenticator-reset.js';
import { acceptCode, checkOneTimeCode, useRecoveryCode } from './code-check.js';
import { normaliseUsername, type CoreDeps } from './deps.js';
import { assessSignIn, rememberDevice, verifyDeviceProof } from './devices.js';
import { admitGuess, refundGuess } from './guess-budget.js';
import { deviceText, wordsFor } from '../../shared/words/index.js';
import { notify } from './notify.js';
import { verifyPassword } from './password-hash.js';
import { openTotpSecret } from './sealed-secrets.js';
import { fail, ok, type Result } from './result.js';
import { issueSession } from './sessions.js';
import type { AccountRecord, SessionRecord, SignInCircumstances, SignInOutcome } from './store.js';
import { hashToken } from './tokens.js';

export type PasswordSignIn =
  | { next: 'signed-in'; sessionId: string }
  | { next: 'mfa-required'; sessionId: string; challenge: string };

export interface PasswordSignInInput {
  username: string;
  password: string;
  /** The extension's signature over the login page's nonce, when the extension is there. */
  device?: DeviceProof | null;
  deviceLabel?: string;
  location?: string;
}

/**
 * A well-formed scrypt hash of a random password: unknown usernames are checked against it so a
 * wrong username takes as long as a wrong password and the two cannot be told apart.
 */
export const DECOY_HASH = 'scrypt$32768$8$1$pKz9c1x2NxWgq1m8tKcGxA$gZ0vD5qfYg3Kx0X4Qm2r6v2lqv1QmJ0c3bY5yq2HkRk';

export async function signInWithPassword(deps: CoreDeps, context: RequestContext, input: PasswordSignInInput): Promise<Result<PasswordSignIn>> {
  const { store, clock, config } = deps;
  const typed = normaliseUsername(input.username);
  const before = store.findAccount(typed);
  const username = before?.username ?? null;
  const audit = auditTyped(deps, context, typed, username);

  // Charged before the hash is checked: a burst sent at once cannot all be judged against the old count.
  const admission = admitGuess(deps, typed, 'password');
  if (!admission.admitted) {
    audit('sign-in-refused-locked');
    return fail({ code: 'account-locked', retryAfterSeconds: admission.retryAfterSeconds });
  }
  const guess = admission.guess;

  const checkedAgainst = before?.passwordHash;
  const hashMatches = await verifyPassword(input.password, checkedAgainst ?? DECOY_HASH);

  return store.transaction(() => {
    const now = clock.now();
    // The hash took time: decide on the account as it is now. A password reset meanwhile means the
    // password checked is no longer the password; MFA turned on meanwhile must be asked for.
    const account = store.findAccount(typed);
    const passwordMatches = hashMatches && account !== undefined && account.passwordHash === checkedAgainst;
    const thumbprint = verifyDeviceProof(deps, input.device ?? null);
    const seen = { thumbprint, deviceLabel: input.deviceLabel ?? wordsFor('en').devices.aBrowser, location: input.location ?? HOME_LOCATION };
    if (!passwordMatches) {
      audit('sign-in-failed', { attemptsLeft: guess.attemptsLeftIfWrong });
      if (account !== undefined) recordSignIn(deps, account.username, assessSignIn(deps, account, seen).circumstances, 'wrong-password');
      if (guess.locksForSeconds !== null) {
        audit('password-lockout', { retryAfterSeconds: guess.locksForSeconds });
        if (username !== null) notify(deps, username, 'password-lockout');
        return fail<PasswordSignIn>({ code: 'account-locked', retryAfterSeconds: guess.locksForSeconds });
      }
      return fail<PasswordSignIn>({ code: 'invalid-credentials' });
    }
    refundGuess(deps, guess);
    const { circumstances, remembered } = assessSignIn(deps, account, seen);

    // A remembered device skips the code, but only when nothing about the sign-in looks unusual, and
    // never while a new authenticator is due (a lost phone's browser may be the one remembered).
    const skipsCode = remembered && circumstances.risk.length === 0 && account.reenrolmentRequiredAt === null;
    if (account.mfaEnabledAt === null || skipsCode) {
      const { sessionId } = issueSession(deps, account.username, 'signed-in', circumstances);
      audit('sign-in', { mfa: account.mfaEnabledAt === null ? 'off' : 'remembered-device' });
      signedIn(deps, account, circumstances, account.mfaEnabledAt === null ? 'signed-in' : 'signed-in-remembered-device');
      return ok<PasswordSignIn>({ next: 'signed-in', sessionId });
    }
    const { sessionId, record } = issueSession(deps, account.username, 'mfa-pending', circumstances);
    const challenge = deps.tokens.challengeFor(sessionId);
    store.insertChallenge({
      idHash: hashToken(challenge),
      sessionIdHash: record.idHash,
      username: account.username,
      createdAt: now,
      expiresAt: now + config.challengeTtlMs,
      satisfiedAt: null,
      consumedAt: null,
    });
    audit('sign-in-mfa-required', { risk: circumstances.risk.join(',') });
    return ok<PasswordSignIn>({ next: 'mfa-required', sessionId, challenge });
  });
}

export type ChallengeAnswer = (
  | { challenge: string; code: string }
  | { challenge: string; recoveryCode: string; replaceAuthenticator?: boolean | undefined }
  | { challenge: string; setupCode: string }
) & { rememberDevice?: boolean | undefined };

/** What the code step asks for: the app's code, or (after a helpdesk reset) the emailed set-up code. */
export type VerificationMethod = 'app' | 'setup-code';

export function verificationMethod(deps: CoreDeps, session: SessionRecord): VerificationMethod {
  const setupCode = deps.store.findAccount(session.username)?.setupCode;
  return setupCode != null && setupCode.expiresAt > deps.clock.now() ? 'setup-code' : 'app';
}

/**
 * Checks an app code, or a recovery code, against the sign-in challenge of this pending session.
 * Success marks the challenge satisfied (and remembers the device if asked); only
 * `completeSignIn`, from the same browser session, turns that into a signed-in session.
 */
export function verifyChallenge(
  deps: CoreDeps,
  context: RequestContext,
  session: SessionRecord | undefined,
  input: ChallengeAnswer,
  /** Run in the transaction that accepts the answer, after all of it: its failure is the answer's. */
  alsoInTransaction: () => Result<unknown> = () => ok(undefined),
): Result<{ verified: true; recoveryCodesLeft?: number }> {
  const { store, clock } = deps;
  const found = findOwnChallenge(deps, context, session, input.challenge);
  if (!found.ok) return found;
  const challenge = found.value;
  if (challenge.satisfiedAt !== null) return ok({ verified: true });

  const account = store.findAccount(challenge.username);
  if (account?.totpSecretSealed == null || session === undefined) return fail({ code: 'challenge-not-found' });
  const satisfied = () => {
    store.markChallengeSatisfied(challenge.idHash, clock.now());
    const device = session.signIn.deviceThumbprint;
    // Not while a new authenticator is due: the browser would outlast the phone it was trusted with.
    if (input.rememberDevice === true && device !== null && account.reenrolmentRequiredAt === null) {
      rememberDevice(deps, context, account.username, { thumbprint: device, label: session.signIn.deviceLabel });
    }
  };

  if ('setupCode' in input) {
    return store.transaction(() => {
      const used = useSetupCode(deps, context, account, input.setupCode);
      if (!used.ok) {
        recordSignIn(deps, account.username, session.signIn, 'wrong-code');
        return used;
      }
      satisfied();
      const also = alsoInTransaction();
      return also.ok ? ok({ verified: true as const }) : fail(also.error);
    });
  }

  if ('recoveryCode' in input) {
    return store.transaction(() => {
      const used = useRecoveryCode(deps, context, account, input.recoveryCode, 'sign-in');
      if (!used.ok) {
        recordSignIn(deps, account.username, session.signIn, 'wrong-code');
        return used;
      }
      satisfied();
      // "I have lost my phone": the old authenticator stops working now, and set-up follows sign-in.
      if (input.replaceAuthenticator === true) revokeAuthenticator(deps, context, account.username, 'recovery-code', session);
      const also = alsoInTransaction();
      return also.ok ? ok({ verified: true as const, recoveryCodesLeft: used.value.left }) : fail(also.error);
    });
  }

  const checked = checkOneTimeCode(deps, context, account, { secret: openTotpSecret(deps, { ...account, totpSecretSealed: account.totpSecretSealed }), code: input.code, purpose: 'sign-in' });
  if (!checked.ok) {
    if (checked.error.code === 'invalid-code' || checked.error.code === 'mfa-locked') recordSignIn(deps, account.username, session.signIn, 'wrong-code');
    return checked;
  }
  return store.transaction(() => {
    if (!acceptCode(deps, context, account.username, checked.value)) return fail({ code: 'code-already-used' });
    satisfied();
    const also = alsoInTransaction();
    return also.ok ? ok({ verified: true as const }) : fail(also.error);
  });
}

/**
 * The portal's no-JavaScript form: the answer checked and the sign-in completed, as
 * `verifyChallenge` then `completeSignIn` from the same session, with the completion in the
 * transaction that accepts the answer (one commit, not two). A wrong answer is charged and
 * committed before it is judged, as ever.
 */
export function verifyChallengeAndSignIn(
  deps: CoreDeps,
  context: RequestContext,
  session: SessionRecord | undefined,
  input: ChallengeAnswer,
): Result<{ sessionId: string }> {
  let completed: Result<{ sessionId: string }> | undefined;
  const verified = verifyChallenge(deps, context, session, input, () => (completed = completeSignIn(deps, context, session, input.challenge)));
  if (!verified.ok) return verified;
  // Answered before (the challenge already satisfied): nothing was accepted now, so complete it now.
  return completed ?? completeSignIn(deps, context, session, input.challenge);
}

/** Upgrades a pending session whose challenge was satisfied: a new session id, the old one gone. */
export function completeSignIn(deps: CoreDeps, context: RequestContext, session: SessionRecord | undefined, challengeToken: string): Result<{ sessionId: string }> {
  const { store, clock } = deps;
  const found = findOwnChallenge(deps, context, session, challengeToken);
  if (!found.ok) return found;
  const challenge = found.value;
  const account = store.findAccount(challenge.username);
  if (challenge.satisfiedAt === null || session === undefined || account === undefined) return fail({ code: 'challenge-not-found' });

  return store.transaction(() => {
    if (!store.consumeChallenge(challenge.idHash, clock.now())) return fail({ code: 'challenge-not-found' });
    store.deleteSession(session.idHash);
    const { sessionId } = issueSession(deps, challenge.username, 'signed-in', session.signIn);
    audit(deps, context, 'sign-in-completed', challenge.username, { mfa: 'on' });
    signedIn(deps, account, session.signIn, 'signed-in');
    return ok({ sessionId });
  });
}

function recordSignIn(deps: CoreDeps, username: string, circumstances: SignInCircumstances, outcome: SignInOutcome): void {
  deps.store.appendSignInEvent({ username, at: deps.clock.now(), ...circumstances, outcome });
}

/** A completed sign-in: into the history, the device seen, and the user told if it looked risky. */
function signedIn(deps: CoreDeps, account: AccountRecord, circumstances: SignInCircumstances, outcome: SignInOutcome): void {
  recordSignIn(deps, account.username, circumstances, outcome);
  if (circumstances.deviceThumbprint !== null) {
    deps.store.seeDevice({ username: account.username, thumbprint: circumstances.deviceThumbprint, label: circumstances.deviceLabel, at: deps.clock.now() });
  }
  const [reason] = circumstances.risk;
  if (reason !== undefined) {
    notify(deps, account.username, 'new-sign-in', { reason, device: (words) => deviceText(circumstances.deviceLabel, words), location: circumstances.location, mfaOn: account.mfaEnabledAt !== null });
  }
}

/** The challenge must exist, be unused, unexpired, and belong to this very browser session. */
function findOwnChallenge(deps: CoreDeps, context: RequestContext, session: SessionRecord | undefined, token: string) {
  const challenge = deps.store.findChallenge(hashToken(token));
  if (challenge === undefined || challenge.consumedAt !== null) return fail({ code: 'challenge-not-found' });
  if (session?.state !== 'mfa-pending' || session.idHash !== challenge.sessionIdHash) return fail({ code: 'challenge-not-found' });
  const now = deps.clock.now();
  if (now >= challenge.expiresAt) {
    audit(deps, context, 'challenge-expired', challenge.username);
    return fail({ code: 'challenge-expired' });
  }
  return ok(challenge);
}
