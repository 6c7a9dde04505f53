import type { CoreDeps } from './deps.js';
import { fail, ok, type Result } from './result.js';
import { isExpired, type SessionLookup } from './sessions.js';
import type { SessionRecord } from './store.js';
import { hashToken } from './tokens.js';

/**
 * What a signed-in page's time-out warning needs to know (WCAG 2.2.1, Timing Adjustable): when
 * the session ends, on the helper's clock (the training clock moves it), and when to warn.
 */
export interface SessionTimeLeft {
  /** Whole seconds until the session times out, rounded down: never more than is left. */
  secondsLeft: number;
  /** Warn when this few seconds are left. */
  warnSeconds: number;
  /**
   * Whether "Stay signed in" can push the end out of the warning's reach. Not in the last minutes
   * of the 12-hour limit, which no activity extends.
   */
  extendable: boolean;
}

/**
 * The time left, read without touching the session: the page asks every few seconds, and asking
 * must not count as activity, or an open tab would never time out.
 */
export function sessionTimeLeft(deps: CoreDeps, lookup: SessionLookup): Result<SessionTimeLeft> {
  const found = signedInSession(deps, lookup);
  return found.ok ? ok(timeLeft(deps, found.value, deps.clock.now())) : found;
}

/**
 * "Stay signed in": the one deliberate act that counts as activity without loading a page. Only
 * for a live, fully signed-in session: an expired one stays expired (it is deleted, as on any
 * other sight of it) and a pending one (password only) has nothing to extend.
 */
export function extendSession(deps: CoreDeps, lookup: SessionLookup): Result<SessionTimeLeft> {
  const found = signedInSession(deps, lookup);
  if (!found.ok) {
    if (found.error.code === 'session-expired') deps.store.deleteSession(hashToken(lookup.sessionId));
    return found;
  }
  const now = deps.clock.now();
  deps.store.touchSession(found.value.idHash, now);
  return ok(timeLeft(deps, { ...found.value, lastSeenAt: now }, now));
}

function signedInSession(deps: CoreDeps, lookup: SessionLookup): Result<SessionRecord> {
  const session = deps.store.findSessionByIdHash(hashToken(lookup.sessionId));
  if (session === undefined) return fail({ code: 'not-signed-in' });
  if (isExpired(deps, session, deps.clock.now())) return fail({ code: session.state === 'signed-in' ? 'session-expired' : 'not-signed-in' });
  return session.state === 'signed-in' ? ok(session) : fail({ code: 'not-signed-in' });
}

function timeLeft(deps: CoreDeps, session: SessionRecord, now: number): SessionTimeLeft {
  const { sessionIdleMs, sessionMaxMs, sessionWarningMs } = deps.config;
  const hardEnd = session.createdAt + sessionMaxMs;
  const end = Math.min(session.lastSeenAt + sessionIdleMs, hardEnd);
  return {
    secondsLeft: Math.max(0, Math.floor((end - now) / 1000)),
    warnSeconds: Math.floor(sessionWarningMs / 1000),
    extendable: hardEnd - now > sessionWarningMs,
  };
}
