import type { Database } from 'better-sqlite3';

/**
 * Schema migrations, in order. `PRAGMA user_version` records how many have run; each runs in its
 * own transaction, so a crash part-way leaves the previous version intact. Append, never edit.
 */
export const MIGRATIONS: readonly string[] = [
  /* 1: accounts, throttling, sessions, challenges, audit */ `
  CREATE TABLE accounts (
    username TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    job_title TEXT NOT NULL,
    privilege TEXT NOT NULL CHECK (privilege IN ('staff', 'manager', 'core-user')),
    employment TEXT NOT NULL CHECK (employment IN ('active', 'left')),
    internet_access TEXT NOT NULL CHECK (internet_access IN ('approved', 'not-requested', 'requested', 'rejected')),
    email TEXT NOT NULL,
    date_of_birth TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    mfa_enabled_at INTEGER,
    totp_secret_sealed TEXT,
    last_totp_step INTEGER,
    pending_secret_sealed TEXT,
    pending_secret_created_at INTEGER,
    code_failures INTEGER NOT NULL DEFAULT 0,
    code_locked_until INTEGER,
    CHECK ((mfa_enabled_at IS NULL) = (totp_secret_sealed IS NULL))
  ) STRICT;

  -- Defence in depth for "once on, MFA cannot be turned off": the code has no such route, and
  -- the database refuses one too.
  CREATE TRIGGER mfa_cannot_be_turned_off
  BEFORE UPDATE OF mfa_enabled_at, totp_secret_sealed ON accounts
  WHEN OLD.mfa_enabled_at IS NOT NULL AND (NEW.mfa_enabled_at IS NULL OR NEW.totp_secret_sealed IS NULL)
  BEGIN SELECT RAISE(ABORT, 'MFA cannot be turned off'); END;

  CREATE TABLE password_failures (
    typed_username TEXT PRIMARY KEY,
    consecutive_failures INTEGER NOT NULL,
    locked_until INTEGER
  ) STRICT;

  CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    api_token_hash TEXT NOT NULL UNIQUE,
    username TEXT NOT NULL REFERENCES accounts (username),
    state TEXT NOT NULL CHECK (state IN ('mfa-pending', 'signed-in')),
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL
  ) STRICT;

  CREATE TABLE challenges (
    id_hash TEXT PRIMARY KEY,
    session_id_hash TEXT NOT NULL,
    username TEXT NOT NULL REFERENCES accounts (username),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    satisfied_at INTEGER,
    consumed_at INTEGER
  ) STRICT;

  CREATE TABLE audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at INTEGER NOT NULL,
    event TEXT NOT NULL,
    username TEXT,
    ip TEXT,
    detail TEXT NOT NULL
  ) STRICT;
  CREATE INDEX audit_by_user ON audit (username, id);
  CREATE TRIGGER audit_is_append_only_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
  CREATE TRIGGER audit_is_append_only_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
  `,
  /* 2: recovery codes, the simulated outbox, step-up freshness */ `
  CREATE TABLE recovery_codes (
    username TEXT NOT NULL REFERENCES accounts (username),
    code_digest TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    used_at INTEGER,
    PRIMARY KEY (username, code_digest)
  ) STRICT;

  CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at INTEGER NOT NULL,
    username TEXT NOT NULL REFERENCES accounts (username),
    channel TEXT NOT NULL CHECK (channel IN ('email', 'sms')),
    kind TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    seen_at INTEGER
  ) STRICT;
  CREATE INDEX outbox_by_user ON outbox (username, id);

  ALTER TABLE sessions ADD COLUMN stepped_up_at INTEGER;
  `,
  /* 3: forgotten-password resets */ `
  CREATE TABLE password_resets (
    id_hash TEXT PRIMARY KEY,
    username TEXT NOT NULL REFERENCES accounts (username),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    second_factor_at INTEGER,
    used_at INTEGER
  ) STRICT;
  `,
  /* 4: step-up codes sent to users without MFA */ `
  CREATE TABLE step_up_codes (
    session_id_hash TEXT PRIMARY KEY,
    username TEXT NOT NULL REFERENCES accounts (username),
    code_digest TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    wrong_attempts INTEGER NOT NULL DEFAULT 0
  ) STRICT;
  `,
  /* 5: devices, their sign-in proofs, and the sign-in history */ `
  CREATE TABLE devices (
    username TEXT NOT NULL REFERENCES accounts (username),
    thumbprint TEXT NOT NULL,
    label TEXT NOT NULL,
    first_seen_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    remembered_until INTEGER,
    PRIMARY KEY (username, thumbprint)
  ) STRICT;

  CREATE TABLE device_nonces (
    nonce_hash TEXT PRIMARY KEY,
    expires_at INTEGER NOT NULL
  ) STRICT;

  CREATE TABLE sign_in_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    username TEXT NOT NULL REFERENCES accounts (username),
    at INTEGER NOT NULL,
    device_label TEXT NOT NULL,
    device_thumbprint TEXT,
    location TEXT NOT NULL,
    outcome TEXT NOT NULL,
    risk TEXT NOT NULL
  ) STRICT;
  CREATE INDEX sign_in_events_by_user ON sign_in_events (username, id);

  ALTER TABLE sessions ADD COLUMN device_thumbprint TEXT;
  ALTER TABLE sessions ADD COLUMN device_label TEXT NOT NULL DEFAULT 'Unknown browser';
  ALTER TABLE sessions ADD COLUMN location TEXT NOT NULL DEFAULT 'Leeds, UK';
  ALTER TABLE sessions ADD COLUMN risk TEXT NOT NULL DEFAULT '[]';
  `,
  /* 6: replacing a lost phone: MFA stays on while a new authenticator is set up */ `
  ALTER TABLE accounts ADD COLUMN reenrolment_required_at INTEGER;
  ALTER TABLE accounts ADD COLUMN helpdesk_reset_until INTEGER;
  `,
  /* 7: sessions named by the cookie alone (no API token a page could read); a set-up key belongs to
     the session that started it; ended sessions keep why, so their holder is told. Sessions are
     short-lived, so the table is made anew: everyone signs in again once after the upgrade. */ `
  DROP TABLE sessions;
  CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    username TEXT NOT NULL REFERENCES accounts (username),
    state TEXT NOT NULL CHECK (state IN ('mfa-pending', 'signed-in')),
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    stepped_up_at INTEGER,
    device_thumbprint TEXT,
    device_label TEXT NOT NULL,
    location TEXT NOT NULL,
    risk TEXT NOT NULL,
    pending_secret_sealed TEXT,
    pending_secret_created_at INTEGER,
    ended_at INTEGER,
    ended_reason TEXT
  ) STRICT;
  CREATE INDEX sessions_by_user ON sessions (username);
  ALTER TABLE accounts DROP COLUMN pending_secret_sealed;
  ALTER TABLE accounts DROP COLUMN pending_secret_created_at;
  `,
  /* 8: one guessing budget per subject and factor: consecutive failures with capped waits, and a
     daily allowance a right guess does not reset. Earlier counts carry over. */ `
  CREATE TABLE guess_budgets (
    subject TEXT NOT NULL,
    factor TEXT NOT NULL CHECK (factor IN ('password', 'code')),
    consecutive_failures INTEGER NOT NULL,
    locked_until INTEGER,
    allowance REAL NOT NULL,
    allowance_at INTEGER NOT NULL,
    PRIMARY KEY (subject, factor)
  ) STRICT;
  INSERT INTO guess_budgets SELECT typed_username, 'password', consecutive_failures, min(locked_until, unixepoch('now') * 1000 + 3600000), 10, unixepoch('now') * 1000 FROM password_failures;
  INSERT INTO guess_budgets SELECT username, 'code', code_failures, min(code_locked_until, unixepoch('now') * 1000 + 3600000), 10, unixepoch('now') * 1000 FROM accounts WHERE code_failures > 0;
  DROP TABLE password_failures;
  ALTER TABLE accounts DROP COLUMN code_failures;
  ALTER TABLE accounts DROP COLUMN code_locked_until;
  `,
  /* 9: password resets need a code sent to the registered email; a helpdesk reset sends a one-time
     set-up code instead of granting a password-only sign-in; an enrolled account cannot be deleted
     or replaced, as it cannot have MFA turned off. Resets in progress are dropped (15 minutes). */ `
  DELETE FROM password_resets;
  ALTER TABLE password_resets ADD COLUMN email_code_digest TEXT NOT NULL DEFAULT '';
  ALTER TABLE password_resets ADD COLUMN email_verified_at INTEGER;
  ALTER TABLE accounts DROP COLUMN helpdesk_reset_until;
  ALTER TABLE accounts ADD COLUMN setup_code_digest TEXT;
  ALTER TABLE accounts ADD COLUMN setup_code_expires_at INTEGER;
  CREATE TRIGGER mfa_account_cannot_be_deleted
  BEFORE DELETE ON accounts WHEN OLD.mfa_enabled_at IS NOT NULL
  BEGIN SELECT RAISE(ABORT, 'MFA cannot be turned off'); END;
  -- INSERT OR REPLACE deletes the old row without firing delete triggers (unless recursive
  -- triggers are on), so refuse the insert itself.
  CREATE TRIGGER mfa_account_cannot_be_replaced
  BEFORE INSERT ON accounts WHEN EXISTS (SELECT 1 FROM accounts WHERE username = NEW.username AND mfa_enabled_at IS NOT NULL)
  BEGIN SELECT RAISE(ABORT, 'MFA cannot be turned off'); END;
  `,
  /* 10: each person's demo mailbox: its own password, short sessions, and throttled guessing */ `
  -- Null until the helper fills it in at start-up: a migration cannot run scrypt.
  ALTER TABLE accounts ADD COLUMN mailbox_password_hash TEXT;

  CREATE TABLE mailbox_sessions (
    id_hash TEXT PRIMARY KEY,
    username TEXT NOT NULL REFERENCES accounts (username),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
  ) STRICT;

  CREATE TABLE mailbox_failures (
    typed_username TEXT PRIMARY KEY,
    consecutive_failures INTEGER NOT NULL,
    locked_until INTEGER
  ) STRICT;
  `,
  /* 11: guesses at a reset (the emailed code, the date of birth) and at a mailbox password get
     budgets of their own, beside passwords and codes, so a stranger who knows a username and email
     address cannot spend the code budget the person signs in with. Usernames never change, so an
     UPDATE OR REPLACE cannot rename a row over an enrolled account. */ `
  CREATE TABLE guess_budgets_new (
    subject TEXT NOT NULL,
    factor TEXT NOT NULL CHECK (factor IN ('password', 'code', 'reset', 'mailbox')),
    consecutive_failures INTEGER NOT NULL,
    locked_until INTEGER,
    allowance REAL NOT NULL,
    allowance_at INTEGER NOT NULL,
    PRIMARY KEY (subject, factor)
  ) STRICT;
  INSERT INTO guess_budgets_new SELECT * FROM guess_budgets;
  INSERT INTO guess_budgets_new SELECT typed_username, 'mailbox', consecutive_failures, locked_until, 10, unixepoch('now') * 1000 FROM mailbox_failures;
  DROP TABLE guess_budgets;
  ALTER TABLE guess_budgets_new RENAME TO guess_budgets;
  DROP TABLE mailbox_failures;
  CREATE TRIGGER usernames_do_not_change
  BEFORE UPDATE OF username ON accounts WHEN NEW.username IS NOT OLD.username
  BEGIN SELECT RAISE(ABORT, 'usernames do not change'); END;
  `,
  /* 12: the trainer's training room: a clock the trainer moves forward, each persona's seed state
     (to reset them to), a virtual phone, and the one deliberate way past "MFA cannot be turned off":
     a training reset, for one named account, inside the reset's own transaction. */ `
  -- How far the trainer has moved the portal's time ahead of real time. One row; never negative.
  CREATE TABLE training_clock (
    only INTEGER PRIMARY KEY CHECK (only = 1),
    offset_ms INTEGER NOT NULL CHECK (offset_ms >= 0)
  ) STRICT;
  INSERT INTO training_clock (only, offset_ms) VALUES (1, 0);

  -- What a reset restores: the hashes of the demo passwords, and for personas who start with MFA
  -- on, their demo key and demo recovery codes, sealed (AES-GCM, bound to the account), because the
  -- accounts table keeps recovery codes only as digests. Both demo columns or neither.
  CREATE TABLE training_personas (
    username TEXT PRIMARY KEY REFERENCES accounts (username),
    password_hash TEXT NOT NULL,
    mailbox_password_hash TEXT NOT NULL,
    demo_secret_sealed TEXT,
    demo_recovery_codes_sealed TEXT,
    CHECK ((demo_secret_sealed IS NULL) = (demo_recovery_codes_sealed IS NULL))
  ) STRICT;

  -- The training phone: a virtual Microsoft Authenticator whose keys are sealed like the accounts'.
  -- One account per issuer and name, as adding the same account again replaces its key.
  CREATE TABLE training_phone_accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    issuer TEXT NOT NULL,
    account_name TEXT NOT NULL,
    secret_sealed TEXT NOT NULL,
    added_at INTEGER NOT NULL,
    UNIQUE (issuer, account_name)
  ) STRICT;

  -- A training reset writes the account being reset here, turns its MFA off or back to the demo
  -- key, and deletes the row again, all in one transaction, so the row is never committed and no
  -- other write ever sees it. Only the "turned off" trigger gives way, and only for that account:
  -- a reset updates the row in place, so the delete and replace triggers stay as they were.
  CREATE TABLE training_reset_in_progress (
    username TEXT PRIMARY KEY
  ) STRICT;
  DROP TRIGGER mfa_cannot_be_turned_off;
  CREATE TRIGGER mfa_cannot_be_turned_off
  BEFORE UPDATE OF mfa_enabled_at, totp_secret_sealed ON accounts
  WHEN OLD.mfa_enabled_at IS NOT NULL AND (NEW.mfa_enabled_at IS NULL OR NEW.totp_secret_sealed IS NULL)
    AND NOT EXISTS (SELECT 1 FROM training_reset_in_progress WHERE username = OLD.username)
  BEGIN SELECT RAISE(ABORT, 'MFA cannot be turned off'); END;
  `,
  /* 13: the language ESR writes to each person in (docs/welsh.md): their emails, and their
     portal pages once signed in. English until they choose otherwise with the portal's switch. */ `
  ALTER TABLE accounts ADD COLUMN language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'cy'));
  `,
];

export function migrate(db: Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(`The database is at schema version ${current}, newer than this helper knows (${MIGRATIONS.length}).`);
  }
  MIGRATIONS.slice(current).forEach((sql, index) => {
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${current + index + 1}`);
    })();
  });
}
