import type { AuditEntry } from '../audit.js';

/** The audit trail: append-only (the database refuses updates and deletes too). */
export interface AuditStore {
  appendAudit(entry: AuditEntry): void;
  listAudit(filter: { username?: string; limit: number }): AuditEntry[];
}
