import type { Database } from 'better-sqlite3';
import { MIGRATIONS } from '../../helper/store/migrations.js';

/** The trigger as migration 9 left it, before the training reset's way past it (migration 12). */
const SCHEMA_11_TRIGGER = `CREATE TRIGGER mfa_cannot_be_turned_off
  BEFORE UPDATE OF mfa_enabled_at, totp_secret_sealed ON accounts
  WHEN OLD.mfa_enabled_at IS NOT NULL AND (NEW.mfa_enabled_at IS NULL OR NEW.totp_secret_sealed IS NULL)
  BEGIN SELECT RAISE(ABORT, 'MFA cannot be turned off'); END;`;

/**
 * Takes a database back to schema 11, as a training laptop set up before the training room would
 * have it: no training tables, the old trigger. What the accounts hold is the test's business.
 */
export function undoTrainingRoom(db: Database): void {
  undoLanguages(db);
  db.exec(`DROP TABLE training_clock; DROP TABLE training_personas; DROP TABLE training_phone_accounts; DROP TABLE training_reset_in_progress;
    DROP TRIGGER mfa_cannot_be_turned_off; ${SCHEMA_11_TRIGGER}`);
  db.pragma('user_version = 11');
}

/** Puts a database back to schema 12, before accounts kept a language (migration 13). */
export function undoLanguages(db: Database): void {
  if ((db.pragma('user_version', { simple: true }) as number) < 13) return;
  db.exec('ALTER TABLE accounts DROP COLUMN language');
  db.pragma('user_version = 12');
}

/** A new database at schema 11 exactly, made by the first 11 migrations. */
export function migrateToSchema11(db: Database): void {
  MIGRATIONS.slice(0, 11).forEach((sql, index) => {
    db.exec(sql);
    db.pragma(`user_version = ${index + 1}`);
  });
}
