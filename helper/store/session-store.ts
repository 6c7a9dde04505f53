import type { Database } from 'better-sqlite3';
import { SESSION_END_REASONS, type SessionStore } from '../core/store.js';
import { sessionParams, toChallenge, toSession, type ChallengeRow, type SessionRow } from './rows.js';

/** Browser sessions (ended ones keep why, so their holder is told) and their sign-in challenges. */
export function createSessionStore(db: Database): SessionStore {
  const q = {
    insertSession: db.prepare(`INSERT INTO sessions (id_hash, username, state, created_at, last_seen_at, stepped_up_at,
      device_thumbprint, device_label, location, risk, pending_secret_sealed, pending_secret_created_at)
      VALUES (@idHash, @username, @state, @createdAt, @lastSeenAt, @steppedUpAt, @deviceThumbprint, @deviceLabel, @location, @risk,
      @pendingSecretSealed, @pendingSecretCreatedAt)`),
    findSessionByIdHash: db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE id_hash = ? AND ended_at IS NULL'),
    findSessionEndReason: db.prepare<[string], { ended_reason: string | null }>('SELECT ended_reason FROM sessions WHERE id_hash = ? AND ended_at IS NOT NULL'),
    setSessionPendingSecret: db.prepare('UPDATE sessions SET pending_secret_sealed = ?, pending_secret_created_at = ? WHERE id_hash = ? AND ended_at IS NULL'),
    touchSession: db.prepare('UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?'),
    markSteppedUp: db.prepare('UPDATE sessions SET stepped_up_at = ? WHERE id_hash = ?'),
    deleteSession: db.prepare('DELETE FROM sessions WHERE id_hash = ?'),
    endSessionsOf: db.prepare(`UPDATE sessions SET ended_at = @at, ended_reason = @reason, pending_secret_sealed = NULL
      WHERE username = @username AND ended_at IS NULL AND (@exceptIdHash IS NULL OR id_hash <> @exceptIdHash)`),
    insertChallenge: db.prepare(`INSERT INTO challenges (id_hash, session_id_hash, username, created_at, expires_at, satisfied_at, consumed_at)
      VALUES (@idHash, @sessionIdHash, @username, @createdAt, @expiresAt, @satisfiedAt, @consumedAt)`),
    findChallenge: db.prepare<[string], ChallengeRow>('SELECT * FROM challenges WHERE id_hash = ?'),
    markChallengeSatisfied: db.prepare('UPDATE challenges SET satisfied_at = ? WHERE id_hash = ? AND satisfied_at IS NULL'),
    consumeChallenge: db.prepare('UPDATE challenges SET consumed_at = ? WHERE id_hash = ? AND consumed_at IS NULL'),
  };
  return {
    insertSession: (session) => { q.insertSession.run(sessionParams(session)); },
    findSessionByIdHash: (idHash) => {
      const row = q.findSessionByIdHash.get(idHash);
      return row && toSession(row);
    },
    findSessionEndReason: (idHash) => SESSION_END_REASONS.find((reason) => reason === q.findSessionEndReason.get(idHash)?.ended_reason),
    setSessionPendingSecret: (idHash, pending) => { q.setSessionPendingSecret.run(pending?.sealed ?? null, pending?.createdAt ?? null, idHash); },
    touchSession: (idHash, at) => { q.touchSession.run(at, idHash); },
    markSteppedUp: (idHash, at) => { q.markSteppedUp.run(at, idHash); },
    deleteSession: (idHash) => { q.deleteSession.run(idHash); },
    endSessionsOf: (username, { reason, at, exceptIdHash }) => q.endSessionsOf.run({ username, reason, at, exceptIdHash: exceptIdHash ?? null }).changes,

    insertChallenge: (challenge) => { q.insertChallenge.run(challenge); },
    findChallenge: (idHash) => {
      const row = q.findChallenge.get(idHash);
      return row && toChallenge(row);
    },
    markChallengeSatisfied: (idHash, at) => q.markChallengeSatisfied.run(at, idHash).changes === 1,
    consumeChallenge: (idHash, at) => q.consumeChallenge.run(at, idHash).changes === 1,
  };
}
