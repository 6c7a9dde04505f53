import Database from 'better-sqlite3';
import type { Store, TrainingStore } from '../core/store.js';
import { createAccountStore } from './account-store.js';
import { createAuditStore } from './audit-store.js';
import { createCodeStore } from './code-store.js';
import { createDeviceStore } from './device-store.js';
import { createMailboxStore } from './mailbox-store.js';
import { migrate } from './migrations.js';
import { createOutboxStore } from './outbox-store.js';
import { createSessionStore } from './session-store.js';
import { createTrainingStore } from './training-store.js';

/** The core's store, and the training room's (helper/core/training), on one connection. */
export interface SqliteStore extends Store, TrainingStore {
  close(): void;
}

/**
 * The core's store on a SQLite file (WAL, so a killed process loses no committed write): one
 * module per thing it stores, on one connection, so a transaction spans them all.
 */
export function openSqliteStore(file: string): SqliteStore {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  // A reset's marker is written and deleted inside one transaction, so none can be left; should a
  // crash or a bug ever leave one, it must not keep an account's MFA open to being turned off.
  db.prepare('DELETE FROM training_reset_in_progress').run();

  return {
    ...createAccountStore(db),
    ...createSessionStore(db),
    ...createDeviceStore(db),
    ...createCodeStore(db),
    ...createAuditStore(db),
    ...createOutboxStore(db),
    ...createMailboxStore(db),
    ...createTrainingStore(db),
    transaction: (work) => db.transaction(work)(),
    close: () => {
      if (!db.open) return;
      // SQLite folds the WAL in on the last connection's close; checkpoint explicitly so the
      // database file is whole and the WAL empty even when another connection (say, the sqlite3
      // shell) is open and the close alone would leave the WAL as it is.
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}
