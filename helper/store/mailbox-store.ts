import type { Database } from 'better-sqlite3';
import type { MailboxSessionRecord, Store } from '../core/store.js';

type MailboxStore = Pick<
  Store,
  'setMailboxPasswordHash' | 'getMailboxFailures' | 'setMailboxFailures' | 'insertMailboxSession' | 'findMailboxSession' | 'deleteMailboxSession'
>;

interface MailboxSessionRow {
  id_hash: string;
  username: string;
  created_at: number;
  expires_at: number;
}

/** Each person's demo mailbox: its password, its sessions, and the throttle on guessing it. */
export function createMailboxStore(db: Database): MailboxStore {
  const q = {
    setPasswordHash: db.prepare('UPDATE accounts SET mailbox_password_hash = ? WHERE username = ?'),
    getFailures: db.prepare<[string], { consecutive_failures: number; locked_until: number | null }>(
      'SELECT consecutive_failures, locked_until FROM mailbox_failures WHERE typed_username = ?',
    ),
    setFailures: db.prepare(`INSERT INTO mailbox_failures (typed_username, consecutive_failures, locked_until) VALUES (?, ?, ?)
      ON CONFLICT (typed_username) DO UPDATE SET consecutive_failures = excluded.consecutive_failures, locked_until = excluded.locked_until`),
    clearFailures: db.prepare('DELETE FROM mailbox_failures WHERE typed_username = ?'),
    pruneSessions: db.prepare('DELETE FROM mailbox_sessions WHERE expires_at <= ?'),
    insertSession: db.prepare('INSERT INTO mailbox_sessions (id_hash, username, created_at, expires_at) VALUES (@idHash, @username, @createdAt, @expiresAt)'),
    findSession: db.prepare<[string], MailboxSessionRow>('SELECT * FROM mailbox_sessions WHERE id_hash = ?'),
    deleteSession: db.prepare('DELETE FROM mailbox_sessions WHERE id_hash = ?'),
  };
  return {
    setMailboxPasswordHash: (username, hash) => { q.setPasswordHash.run(hash, username); },
    getMailboxFailures: (typed) => {
      const row = q.getFailures.get(typed);
      return row ? { consecutiveFailures: row.consecutive_failures, lockedUntil: row.locked_until } : { consecutiveFailures: 0, lockedUntil: null };
    },
    setMailboxFailures: (typed, state) => {
      if (state.consecutiveFailures === 0 && state.lockedUntil === null) q.clearFailures.run(typed);
      else q.setFailures.run(typed, state.consecutiveFailures, state.lockedUntil);
    },
    insertMailboxSession: (session: MailboxSessionRecord) => {
      q.pruneSessions.run(session.createdAt);
      q.insertSession.run(session);
    },
    findMailboxSession: (idHash) => {
      const row = q.findSession.get(idHash);
      return row && { idHash: row.id_hash, username: row.username, createdAt: row.created_at, expiresAt: row.expires_at };
    },
    deleteMailboxSession: (idHash) => { q.deleteSession.run(idHash); },
  };
}
