import type { Database } from 'better-sqlite3';
import type { MailboxStore } from '../core/store.js';
import { toMailboxSession, type MailboxSessionRow } from './rows.js';

/** Each person's demo mailbox: its password and its sessions (guessing is throttled with the others, in guess_budgets). */
export function createMailboxStore(db: Database): MailboxStore {
  const q = {
    setPasswordHash: db.prepare('UPDATE accounts SET mailbox_password_hash = ? WHERE username = ?'),
    pruneSessions: db.prepare('DELETE FROM mailbox_sessions WHERE expires_at <= ?'),
    insertSession: db.prepare('INSERT INTO mailbox_sessions (id_hash, username, created_at, expires_at) VALUES (@idHash, @username, @createdAt, @expiresAt)'),
    findSession: db.prepare<[string], MailboxSessionRow>('SELECT * FROM mailbox_sessions WHERE id_hash = ?'),
    deleteSession: db.prepare('DELETE FROM mailbox_sessions WHERE id_hash = ?'),
  };
  return {
    setMailboxPasswordHash: (username, hash) => { q.setPasswordHash.run(hash, username); },
    insertMailboxSession: (session) => {
      q.pruneSessions.run(session.createdAt);
      q.insertSession.run(session);
    },
    findMailboxSession: (idHash) => {
      const row = q.findSession.get(idHash);
      return row && toMailboxSession(row);
    },
    deleteMailboxSession: (idHash) => { q.deleteSession.run(idHash); },
  };
}
