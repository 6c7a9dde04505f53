import type { Database } from 'better-sqlite3';
import type { AuditStore } from '../core/store.js';
import { firstRows, toAuditEntry, type AuditRow } from './rows.js';

/** The audit trail: only ever appended to (triggers refuse updates and deletes). */
export function createAuditStore(db: Database): AuditStore {
  const q = {
    appendAudit: db.prepare('INSERT INTO audit (at, event, username, ip, detail) VALUES (@at, @event, @username, @ip, @detail)'),
    listAudit: db.prepare<[], AuditRow>('SELECT at, event, username, ip, detail FROM audit ORDER BY id DESC'),
    listAuditFor: db.prepare<[string], AuditRow>('SELECT at, event, username, ip, detail FROM audit WHERE username = ? ORDER BY id DESC'),
  };
  return {
    appendAudit: (entry) => { q.appendAudit.run({ ...entry, detail: JSON.stringify(entry.detail) }); },
    listAudit: ({ username, limit }) => firstRows(username === undefined ? q.listAudit.iterate() : q.listAuditFor.iterate(username), limit).map(toAuditEntry),
  };
}
