import type { Database } from 'better-sqlite3';
import type { TrainingStore } from '../core/store.js';
import { toPersonaSeed, toPhoneAccount, toSession, type PersonaSeedRow, type PhoneAccountRow, type SessionRow } from './rows.js';

/**
 * Times that record when something happened. "Back to real time" moves each one recorded after
 * real time's now (only the moved clock can have written it) back by the clock's offset.
 */
export const MOMENTS: Record<string, readonly string[]> = {
  accounts: ['mfa_enabled_at', 'reenrolment_required_at'],
  sessions: ['created_at', 'last_seen_at', 'stepped_up_at', 'pending_secret_created_at', 'ended_at'],
  challenges: ['created_at', 'satisfied_at', 'consumed_at'],
  devices: ['first_seen_at', 'last_seen_at'],
  sign_in_events: ['at'],
  recovery_codes: ['created_at', 'used_at'],
  outbox: ['at', 'seen_at'],
  password_resets: ['created_at', 'email_verified_at', 'second_factor_at', 'used_at'],
  step_up_codes: ['created_at'],
  mailbox_sessions: ['created_at'],
  guess_budgets: ['allowance_at'],
  training_phone_accounts: ['added_at'],
};

/**
 * Deadlines, each moved with the moment it was set at (the condition reads the row before the
 * update, as SQLite's UPDATE does): a deadline set in real time keeps its real date.
 */
export const DEADLINES: readonly { table: string; column: string; setWhen: string }[] = [
  { table: 'challenges', column: 'expires_at', setWhen: 'created_at > @realNow' },
  { table: 'password_resets', column: 'expires_at', setWhen: 'created_at > @realNow' },
  { table: 'step_up_codes', column: 'expires_at', setWhen: 'created_at > @realNow' },
  { table: 'mailbox_sessions', column: 'expires_at', setWhen: 'created_at > @realNow' },
  // Every write to a budget stamps allowance_at, so a lock with a moved stamp was set in moved time.
  { table: 'guess_budgets', column: 'locked_until', setWhen: 'allowance_at > @realNow' },
  // Deadlines with no start stored: the lifetime gives the moment they were set.
  { table: 'accounts', column: 'setup_code_expires_at', setWhen: 'setup_code_expires_at - @setupCodeMs > @realNow' },
  { table: 'devices', column: 'remembered_until', setWhen: 'remembered_until - @rememberDeviceMs > @realNow' },
  { table: 'device_nonces', column: 'expires_at', setWhen: 'expires_at - @deviceNonceMs > @realNow' },
];

function rewindStatements(): string[] {
  const tables = new Set([...Object.keys(MOMENTS), ...DEADLINES.map((d) => d.table)]);
  return [...tables].map((table) => {
    const moments = (MOMENTS[table] ?? []).map((column) => `${column} = CASE WHEN ${column} > @realNow THEN ${column} - @offsetMs ELSE ${column} END`);
    const deadlines = DEADLINES.filter((d) => d.table === table).map(({ column, setWhen }) => `${column} = CASE WHEN ${setWhen} THEN ${column} - @offsetMs ELSE ${column} END`);
    const replay = table === 'accounts' ? ['last_totp_step = CASE WHEN last_totp_step > @movedStepAbove THEN @replayFloorStep ELSE last_totp_step END'] : [];
    return `UPDATE ${table} SET ${[...moments, ...deadlines, ...replay].join(', ')}`;
  });
}

/** Times that stay as they were written: the audit trail is append-only (its triggers refuse any update). */
export const KEPT_TIMES: Record<string, readonly string[]> = { audit: ['at'] };

/** The trainer's training room: the clock's offset, persona seeds, the training phone, resets. */
export function createTrainingStore(db: Database): TrainingStore {
  const q = {
    readClockOffset: db.prepare<[], { offset_ms: number }>('SELECT offset_ms FROM training_clock WHERE only = 1'),
    writeClockOffset: db.prepare('UPDATE training_clock SET offset_ms = ? WHERE only = 1'),
    rewind: rewindStatements().map((sql) => db.prepare(sql)),

    findPersonaSeed: db.prepare<[string], PersonaSeedRow>('SELECT * FROM training_personas WHERE username = ?'),
    putPersonaSeed: db.prepare(`INSERT INTO training_personas (username, password_hash, mailbox_password_hash, demo_secret_sealed, demo_recovery_codes_sealed)
      VALUES (@username, @passwordHash, @mailboxPasswordHash, @demoSecretSealed, @demoRecoveryCodesSealed)
      ON CONFLICT (username) DO UPDATE SET password_hash = excluded.password_hash, mailbox_password_hash = excluded.mailbox_password_hash,
        demo_secret_sealed = excluded.demo_secret_sealed, demo_recovery_codes_sealed = excluded.demo_recovery_codes_sealed`),

    beginReset: db.prepare('INSERT INTO training_reset_in_progress (username) VALUES (?)'),
    endReset: db.prepare('DELETE FROM training_reset_in_progress WHERE username = ?'),
    resetAccount: db.prepare(`UPDATE accounts SET display_name = @displayName, job_title = @jobTitle, privilege = @privilege, employment = @employment,
      internet_access = @internetAccess, email = @email, date_of_birth = @dateOfBirth, language = @language, password_hash = @passwordHash, mailbox_password_hash = @mailboxPasswordHash,
      mfa_enabled_at = @mfaEnabledAt, totp_secret_sealed = @totpSecretSealed, last_totp_step = NULL, reenrolment_required_at = NULL,
      setup_code_digest = NULL, setup_code_expires_at = NULL
      WHERE username = @username`),
    // Children before the sessions they belong to; the guess budgets are keyed by the name typed,
    // which for a real account is its username.
    dropLesson: [
      'DELETE FROM challenges WHERE username = ?',
      'DELETE FROM step_up_codes WHERE username = ?',
      'DELETE FROM sessions WHERE username = ?',
      'DELETE FROM devices WHERE username = ?',
      'DELETE FROM sign_in_events WHERE username = ?',
      'DELETE FROM recovery_codes WHERE username = ?',
      'DELETE FROM password_resets WHERE username = ?',
      'DELETE FROM mailbox_sessions WHERE username = ?',
      'DELETE FROM outbox WHERE username = ?',
      'DELETE FROM guess_budgets WHERE subject = ?',
    ].map((sql) => db.prepare(sql)),
    setRememberedUntil: db.prepare('UPDATE devices SET remembered_until = ? WHERE username = ? AND remembered_until > ?'),

    listOpenSessions: db.prepare<[{ username: string | null }], SessionRow>('SELECT * FROM sessions WHERE ended_at IS NULL AND (@username IS NULL OR username = @username) ORDER BY created_at DESC'),
    listUnusedRecoveryCodeDigests: db.prepare<[string], { code_digest: string }>('SELECT code_digest FROM recovery_codes WHERE username = ? AND used_at IS NULL'),

    listPhoneAccounts: db.prepare<[], PhoneAccountRow>('SELECT * FROM training_phone_accounts ORDER BY id'),
    findPhoneAccount: db.prepare<[number], PhoneAccountRow>('SELECT * FROM training_phone_accounts WHERE id = ?'),
    putPhoneAccount: db.prepare<[{ issuer: string; accountName: string; secretSealed: string; addedAt: number }], PhoneAccountRow>(`INSERT INTO training_phone_accounts (issuer, account_name, secret_sealed, added_at)
      VALUES (@issuer, @accountName, @secretSealed, @addedAt)
      ON CONFLICT (issuer, account_name) DO UPDATE SET secret_sealed = excluded.secret_sealed, added_at = excluded.added_at
      RETURNING *`),
    removePhoneAccount: db.prepare('DELETE FROM training_phone_accounts WHERE id = ?'),
    removeAllPhoneAccounts: db.prepare('DELETE FROM training_phone_accounts'),
  };

  return {
    readClockOffset: () => q.readClockOffset.get()?.offset_ms ?? 0,
    writeClockOffset: (offsetMs) => { q.writeClockOffset.run(offsetMs); },
    rewindMovedTime: ({ realNow, offsetMs, movedStepAbove, replayFloorStep, lifetimes }) => {
      const params = { realNow, offsetMs, movedStepAbove, replayFloorStep, ...lifetimes };
      db.transaction(() => {
        // Each statement names only some of the parameters; better-sqlite3 refuses unknown ones.
        for (const statement of q.rewind) statement.run(pick(params, statement.source));
      })();
    },

    findPersonaSeed: (username) => {
      const row = q.findPersonaSeed.get(username);
      return row && toPersonaSeed(row);
    },
    putPersonaSeed: ({ demo, ...seed }) => {
      q.putPersonaSeed.run({ ...seed, demoSecretSealed: demo?.secretSealed ?? null, demoRecoveryCodesSealed: demo?.recoveryCodesSealed ?? null });
    },
    resetAccount: ({ mfa, ...account }) => {
      db.transaction(() => {
        q.beginReset.run(account.username);
        q.resetAccount.run({ ...account, mfaEnabledAt: mfa?.enabledAt ?? null, totpSecretSealed: mfa?.secretSealed ?? null });
        for (const statement of q.dropLesson) statement.run(account.username);
        q.endReset.run(account.username);
      })();
    },
    setRememberedUntil: (username, until, now) => q.setRememberedUntil.run(until, username, now).changes,

    listOpenSessions: (username) => q.listOpenSessions.all({ username: username ?? null }).map(toSession),
    listUnusedRecoveryCodeDigests: (username) => q.listUnusedRecoveryCodeDigests.all(username).map((row) => row.code_digest),

    listPhoneAccounts: () => q.listPhoneAccounts.all().map(toPhoneAccount),
    findPhoneAccount: (id) => {
      const row = q.findPhoneAccount.get(id);
      return row && toPhoneAccount(row);
    },
    putPhoneAccount: (account) => {
      const row = q.putPhoneAccount.get(account);
      if (row === undefined) throw new Error('The training phone account was not stored');
      return toPhoneAccount(row);
    },
    removePhoneAccount: (id) => q.removePhoneAccount.run(id).changes === 1,
    removeAllPhoneAccounts: () => { q.removeAllPhoneAccounts.run(); },
  };
}

/** The named parameters a statement uses, out of all those given. */
function pick(params: Record<string, number>, sql: string): Record<string, number> {
  return Object.fromEntries(Object.entries(params).filter(([name]) => sql.includes(`@${name}`)));
}
