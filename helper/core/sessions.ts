import type { SessionStatus } from '../../shared/api.js';
import { audit, type RequestContext } from './audit.js';
import type { CoreDeps } from './deps.js';
import { securityMessages } from './notify.js';
import { recoveryCodesLeft } from './recovery-codes.js';
import { enrolmentEligibility } from './policy.js';
import { fail, ok, type Result } from './result.js';
import type { AccountRecord, SessionEndReason, SessionRecord, SessionState, SignInCircumstances } from './store.js';
import { hashToken, newOpaqueToken } from './tokens.js';

export interface IssuedSession {
  /** The cookie value: shown to the browser once, stored only as a hash. */
  sessionId: string;
  record: SessionRecord;
}

export function issueSession(deps: CoreDeps, username: string, state: SessionState, signIn: SignInCircumstances): IssuedSession {
  const sessionId = newOpaqueToken(deps.random);
  const now = deps.clock.now();
  const record: SessionRecord = {
    idHash: hashToken(sessionId),
    username,
    state,
    createdAt: now,
    lastSeenAt: now,
    steppedUpAt: null,
    signIn,
    pendingSecret: null,
  };
  deps.store.insertSession(record);
  return { sessionId, record };
}

export interface SessionLookup {
  /** The session cookie's value: the only thing that names a session, to the portal and to the extension alike. */
  sessionId: string;
}

/**
 * How stale a session's last-seen time may be before a use writes it again. One portal request
 * resolves its session up to three times, and the extension asks for the status on every page:
 * without this, each would be a commit of its own. A session idle for 30 minutes may so end up to
 * a second sooner than it would have, never later.
 */
export const TOUCH_EVERY_MS = 1000;

/** The live session behind a cookie; expired sessions are deleted on sight. */
export function resolveSession(deps: CoreDeps, lookup: SessionLookup): SessionRecord | undefined {
  const session = deps.store.findSessionByIdHash(hashToken(lookup.sessionId));
  if (session === undefined) return undefined;
  const now = deps.clock.now();
  if (isExpired(deps, session, now)) {
    deps.store.deleteSession(session.idHash);
    return undefined;
  }
  const sinceSeen = now - session.lastSeenAt;
  // A last-seen time ahead of the clock (a training clock moved back) is written back at once.
  if (sinceSeen >= 0 && sinceSeen < TOUCH_EVERY_MS) return session;
  deps.store.touchSession(session.idHash, now);
  return { ...session, lastSeenAt: now };
}

/** Whether the session has run out (idle, too old, or a pending sign-in left too long), on the core's clock. */
export function isExpired(deps: CoreDeps, session: SessionRecord, now: number): boolean {
  const { challengeTtlMs, sessionIdleMs, sessionMaxMs } = deps.config;
  // A pending session outlives its challenge a little, so a late code is told "expired", not "unknown".
  if (session.state === 'mfa-pending') return now - session.createdAt >= 2 * challengeTtlMs;
  return now - session.lastSeenAt >= sessionIdleMs || now - session.createdAt >= sessionMaxMs;
}

export function endSession(deps: CoreDeps, context: RequestContext, session: SessionRecord): void {
  deps.store.deleteSession(session.idHash);
  audit(deps, context, 'sign-out', session.username);
}

/** Why the session behind this cookie was ended for its user (MFA turned on elsewhere, say), if it was. */
export function whySessionEnded(deps: CoreDeps, lookup: SessionLookup): SessionEndReason | undefined {
  return deps.store.findSessionEndReason(hashToken(lookup.sessionId));
}

/**
 * A factor changed: every other session of the user ends (an attacker's password-only session
 * among them) and whoever holds one is told why when they next load a page.
 */
export function endOtherSessions(deps: CoreDeps, username: string, reason: SessionEndReason, keep?: SessionRecord): number {
  return deps.store.endSessionsOf(username, { reason, at: deps.clock.now(), ...(keep === undefined ? {} : { exceptIdHash: keep.idHash }) });
}

/** The account behind a fully signed-in session; a pending one (password only) is not signed in. */
export function signedInAccount(deps: CoreDeps, session: SessionRecord | undefined): Result<{ account: AccountRecord; session: SessionRecord }> {
  if (session?.state !== 'signed-in') return fail({ code: 'not-signed-in' });
  const account = deps.store.findAccount(session.username);
  return account === undefined ? fail({ code: 'not-signed-in' }) : ok({ account, session });
}

export function sessionStatus(deps: CoreDeps, session: SessionRecord | undefined): SessionStatus {
  if (session === undefined) return { state: 'anonymous' };
  if (session.state === 'mfa-pending') return { state: 'mfa-pending', username: session.username };
  const account = deps.store.findAccount(session.username);
  if (account === undefined) return { state: 'anonymous' };
  return {
    state: 'signed-in',
    user: {
      username: account.username,
      displayName: account.displayName,
      jobTitle: account.jobTitle,
      privilege: account.privilege,
    },
    mfa: {
      enabled: account.mfaEnabledAt !== null,
      enrolment: enrolmentEligibility(account),
      recoveryCodesLeft: recoveryCodesLeft(deps, account),
      reenrolmentRequired: account.reenrolmentRequiredAt !== null,
    },
    signIn: { risk: session.signIn.risk, location: session.signIn.location, device: session.signIn.deviceLabel },
    notices: securityMessages(deps, account, { limit: 5, unseenOnly: true }).map(({ id, at, subject, body }) => ({ id, at, subject, body })),
  };
}
