import type { Database } from 'better-sqlite3';
import type { OutboxStore } from '../core/store.js';
import { firstRows, toOutboxMessage, type OutboxRow } from './rows.js';

interface OutboxFilterParams {
  username: string;
  kind: string | null;
  exceptKinds: string;
  unseenOnly: number;
}

const FILTERS = '(@kind IS NULL OR kind = @kind) AND kind NOT IN (SELECT value FROM json_each(@exceptKinds)) AND (@unseenOnly = 0 OR seen_at IS NULL)';

/** The simulated outbox: every email the helper "sent", read in the demo mailbox and the extension. */
export function createOutboxStore(db: Database): OutboxStore {
  const q = {
    appendOutbox: db.prepare('INSERT INTO outbox (at, username, channel, kind, subject, body) VALUES (@at, @username, @channel, @kind, @subject, @body)'),
    // Two statements, not one with `(@username IS NULL OR username = @username)`: SQLite plans a
    // statement once, and that OR keeps it off outbox_by_user, so every person's list (the status
    // call, on every portal page) would read the whole outbox. One person's list walks the index.
    listOutboxOf: db.prepare<[OutboxFilterParams], OutboxRow>(`SELECT * FROM outbox
      WHERE username = @username AND ${FILTERS}
      ORDER BY id DESC`),
    listOutboxOfAll: db.prepare<[Omit<OutboxFilterParams, 'username'>], OutboxRow>(`SELECT * FROM outbox
      WHERE ${FILTERS}
      ORDER BY id DESC`),
    markOutboxSeen: db.prepare('UPDATE outbox SET seen_at = ? WHERE username = ? AND seen_at IS NULL'),
  };
  return {
    appendOutbox: (message) => { q.appendOutbox.run(message); },
    listOutbox: ({ username, limit, kind, exceptKinds, unseenOnly }) => {
      const filters = { kind: kind ?? null, exceptKinds: JSON.stringify(exceptKinds ?? []), unseenOnly: unseenOnly === true ? 1 : 0 };
      const rows = username === undefined ? q.listOutboxOfAll.iterate(filters) : q.listOutboxOf.iterate({ username, ...filters });
      return firstRows(rows, limit).map(toOutboxMessage);
    },
    markOutboxSeen: (username, at) => { q.markOutboxSeen.run(at, username); },
  };
}
