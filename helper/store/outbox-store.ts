import type { Database } from 'better-sqlite3';
import type { OutboxStore } from '../core/store.js';
import { toOutboxMessage, type OutboxRow } from './rows.js';

/** The simulated outbox: every email the helper "sent", read in the demo mailbox and the extension. */
export function createOutboxStore(db: Database): OutboxStore {
  const q = {
    appendOutbox: db.prepare('INSERT INTO outbox (at, username, channel, kind, subject, body) VALUES (@at, @username, @channel, @kind, @subject, @body)'),
    listOutbox: db.prepare<[{ username: string | null; kind: string | null; exceptKinds: string; unseenOnly: number; limit: number }], OutboxRow>(`SELECT * FROM outbox
      WHERE (@username IS NULL OR username = @username) AND (@kind IS NULL OR kind = @kind) AND kind NOT IN (SELECT value FROM json_each(@exceptKinds)) AND (@unseenOnly = 0 OR seen_at IS NULL)
      ORDER BY id DESC LIMIT @limit`),
    markOutboxSeen: db.prepare('UPDATE outbox SET seen_at = ? WHERE username = ? AND seen_at IS NULL'),
  };
  return {
    appendOutbox: (message) => { q.appendOutbox.run(message); },
    listOutbox: ({ username, limit, kind, exceptKinds, unseenOnly }) =>
      q.listOutbox.all({ username: username ?? null, kind: kind ?? null, exceptKinds: JSON.stringify(exceptKinds ?? []), unseenOnly: unseenOnly === true ? 1 : 0, limit }).map(toOutboxMessage),
    markOutboxSeen: (username, at) => { q.markOutboxSeen.run(at, username); },
  };
}
