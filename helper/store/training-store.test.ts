import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from './migrations.js';
import { DEADLINES, KEPT_TIMES, MOMENTS } from './training-store.js';

describe('back to real time knows every time the database keeps', () => {
  it('lists each time column as a moment, a deadline or a time kept as written', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'esr-mfa-columns-'));
    const db = new Database(path.join(dir, 'columns.db'));
    try {
      migrate(db);
      const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all().map((t) => t.name);
      const timeColumns = tables.flatMap((table) =>
        (db.pragma(`table_info(${table})`) as { name: string }[]).filter((c) => /(^at$|_at$|_until$)/.test(c.name)).map((c) => `${table}.${c.name}`));
      const listed = new Set([
        ...Object.entries(MOMENTS).flatMap(([table, columns]) => columns.map((column) => `${table}.${column}`)),
        ...DEADLINES.map((d) => `${d.table}.${d.column}`),
        ...Object.entries(KEPT_TIMES).flatMap(([table, columns]) => columns.map((column) => `${table}.${column}`)),
      ]);
      expect(timeColumns.length).toBeGreaterThan(20);
      // A new time column must be placed in one of the lists, or back to real time would leave it in the future.
      expect(timeColumns.filter((column) => !listed.has(column))).toEqual([]);
      expect([...listed].filter((column) => !timeColumns.includes(column))).toEqual([]);
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
