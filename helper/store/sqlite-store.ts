import Database from 'better-sqlite3';
import type { AuditEntry } from '../core/audit.js';
import type { FailureState } from '../core/lockout.js';
import type { NewAccount, SessionRecord, Store } from '../core/store.js';
import { createDeviceStore } from './device-store.js';
import { createMailboxStore } from './mailbox-store.js';
import { migrate } from './migrations.js';
import { toAccount, toAuditEntry, toChallenge, toOutboxMessage, toSession, type AccountRow, type AuditRow, type ChallengeRow, type OutboxRow, type SessionRow } from './rows.js';

export interface SqliteStore extends Store {
  close(): void;
}

/** The core's store on a SQLite file (WAL, so a killed process loses no committed write). */
export function openSqliteStore(file: string): SqliteStore {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);

  const q = {
    findAccount: db.prepare<[string], AccountRow>('SELECT * FROM accounts WHERE username = ?'),
    listAccounts: db.prepare<[], AccountRow>('SELECT * FROM accounts ORDER BY rowid'),
    insertAccount: db.prepare(`INSERT INTO accounts (username, display_name, job_title, privilege, employment, internet_access, email,
      date_of_birth, password_hash, mfa_enabled_at, totp_secret_sealed, mailbox_password_hash)
      VALUES (@username, @displayName, @jobTitle, @privilege, @employment, @internetAccess, @email, @dateOfBirth, @passwordHash,
      @mfaEnabledAt, @totpSecretSealed, @mailboxPasswordHash)`),
    setPendingSecret: db.prepare('UPDATE accounts SET pending_secret_sealed = ?, pending_secret_created_at = ? WHERE username = ?'),
    setCodeFailures: db.prepare('UPDATE accounts SET code_failures = ?, code_locked_until = ? WHERE username = ?'),
    advanceTotpStep: db.prepare(
      'UPDATE accounts SET last_totp_step = @step WHERE username = @username AND (last_totp_step IS NULL OR last_totp_step < @step)',
    ),
    enableMfa: db.prepare(`UPDATE accounts SET mfa_enabled_at = @enabledAt, totp_secret_sealed = @secretSealed, last_totp_step = @acceptedStep,
      pending_secret_sealed = NULL, pending_secret_created_at = NULL WHERE username = @username AND mfa_enabled_at IS NULL`),
    // The used-step record belongs to the old secret: the new phone starts afresh.
    revokeAuthenticator: db.prepare(`UPDATE accounts SET totp_secret_sealed = @unusableSecretSealed, reenrolment_required_at = @at, last_totp_step = NULL,
      helpdesk_reset_until = @helpdeskResetUntil, pending_secret_sealed = NULL, pending_secret_created_at = NULL, code_failures = 0, code_locked_until = NULL
      WHERE username = @username AND mfa_enabled_at IS NOT NULL`),
    replaceAuthenticator: db.prepare(`UPDATE accounts SET totp_secret_sealed = @secretSealed, last_totp_step = @acceptedStep, reenrolment_required_at = NULL,
      helpdesk_reset_until = NULL, pending_secret_sealed = NULL, pending_secret_created_at = NULL
      WHERE username = @username AND reenrolment_required_at IS NOT NULL`),
    useHelpdeskReset: db.prepare('UPDATE accounts SET helpdesk_reset_until = NULL WHERE username = ? AND helpdesk_reset_until > ?'),
    deleteOtherSessionsOf: db.prepare('DELETE FROM sessions WHERE username = ? AND id_hash <> ?'),
    getPasswordFailures: db.prepare<[string], { consecutive_failures: number; locked_until: number | null }>(
      'SELECT consecutive_failures, locked_until FROM password_failures WHERE typed_username = ?',
    ),
    setPasswordFailures: db.prepare(`INSERT INTO password_failures (typed_username, consecutive_failures, locked_until) VALUES (?, ?, ?)
      ON CONFLICT (typed_username) DO UPDATE SET consecutive_failures = excluded.consecutive_failures, locked_until = excluded.locked_until`),
    clearPasswordFailures: db.prepare('DELETE FROM password_failures WHERE typed_username = ?'),
    insertSession: db.prepare(`INSERT INTO sessions (id_hash, api_token_hash, username, state, created_at, last_seen_at, stepped_up_at,
      device_thumbprint, device_label, location, risk)
      VALUES (@idHash, @apiTokenHash, @username, @state, @createdAt, @lastSeenAt, @steppedUpAt, @deviceThumbprint, @deviceLabel, @location, @risk)`),
    deleteSessionsOf: db.prepare('DELETE FROM sessions WHERE username = ?'),
    markSteppedUp: db.prepare('UPDATE sessions SET stepped_up_at = ? WHERE id_hash = ?'),
    putStepUpCode: db.prepare(`INSERT OR REPLACE INTO step_up_codes (session_id_hash, username, code_digest, created_at, expires_at, wrong_attempts)
      VALUES (@sessionIdHash, @username, @codeDigest, @createdAt, @expiresAt, @wrongAttempts)`),
    findStepUpCode: db.prepare<[string], { session_id_hash: string; username: string; code_digest: string; created_at: number; expires_at: number; wrong_attempts: number }>(
      'SELECT * FROM step_up_codes WHERE session_id_hash = ?',
    ),
    countWrongStepUpCode: db.prepare('UPDATE step_up_codes SET wrong_attempts = wrong_attempts + 1 WHERE session_id_hash = ?'),
    deleteStepUpCode: db.prepare('DELETE FROM step_up_codes WHERE session_id_hash = ?'),
    setPasswordHash: db.prepare('UPDATE accounts SET password_hash = ? WHERE username = ?'),
    insertPasswordReset: db.prepare(`INSERT INTO password_resets (id_hash, username, created_at, expires_at, second_factor_at, used_at)
      VALUES (@idHash, @username, @createdAt, @expiresAt, @secondFactorAt, @usedAt)`),
    findPasswordReset: db.prepare<[string], { id_hash: string; username: string; created_at: number; expires_at: number; second_factor_at: number | null; used_at: number | null }>(
      'SELECT * FROM password_resets WHERE id_hash = ?',
    ),
    markResetSecondFactor: db.prepare('UPDATE password_resets SET second_factor_at = ? WHERE id_hash = ?'),
    useReset: db.prepare('UPDATE password_resets SET used_at = ? WHERE id_hash = ? AND used_at IS NULL'),
    deleteRecoveryCodes: db.prepare('DELETE FROM recovery_codes WHERE username = ?'),
    insertRecoveryCode: db.prepare('INSERT INTO recovery_codes (username, code_digest, created_at) VALUES (?, ?, ?)'),
    useRecoveryCode: db.prepare('UPDATE recovery_codes SET used_at = ? WHERE username = ? AND code_digest = ? AND used_at IS NULL'),
    countRecoveryCodesLeft: db.prepare<[string], { left: number }>('SELECT count(*) AS left FROM recovery_codes WHERE username = ? AND used_at IS NULL'),
    appendOutbox: db.prepare('INSERT INTO outbox (at, username, channel, kind, subject, body) VALUES (@at, @username, @channel, @kind, @subject, @body)'),
    listOutbox: db.prepare<[{ username: string | null; exceptKind: string | null; unseenOnly: number; limit: number }], OutboxRow>(`SELECT * FROM outbox
      WHERE (@username IS NULL OR username = @username) AND (@exceptKind IS NULL OR kind <> @exceptKind) AND (@unseenOnly = 0 OR seen_at IS NULL)
      ORDER BY id DESC LIMIT @limit`),
    markOutboxSeen: db.prepare('UPDATE outbox SET seen_at = ? WHERE username = ? AND seen_at IS NULL'),
    findSessionByIdHash: db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE id_hash = ?'),
    findSessionByApiTokenHash: db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE api_token_hash = ?'),
    touchSession: db.prepare('UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?'),
    deleteSession: db.prepare('DELETE FROM sessions WHERE id_hash = ?'),
    insertChallenge: db.prepare(`INSERT INTO challenges (id_hash, session_id_hash, username, created_at, expires_at, satisfied_at, consumed_at)
      VALUES (@idHash, @sessionIdHash, @username, @createdAt, @expiresAt, @satisfiedAt, @consumedAt)`),
    findChallenge: db.prepare<[string], ChallengeRow>('SELECT * FROM challenges WHERE id_hash = ?'),
    markChallengeSatisfied: db.prepare('UPDATE challenges SET satisfied_at = ? WHERE id_hash = ? AND satisfied_at IS NULL'),
    consumeChallenge: db.prepare('UPDATE challenges SET consumed_at = ? WHERE id_hash = ? AND consumed_at IS NULL'),
    appendAudit: db.prepare('INSERT INTO audit (at, event, username, ip, detail) VALUES (@at, @event, @username, @ip, @detail)'),
    listAudit: db.prepare<[number], AuditRow>('SELECT at, event, username, ip, detail FROM audit ORDER BY id DESC LIMIT ?'),
    listAuditFor: db.prepare<[string, number], AuditRow>('SELECT at, event, username, ip, detail FROM audit WHERE username = ? ORDER BY id DESC LIMIT ?'),
  };

  return {
    ...createDeviceStore(db),
    ...createMailboxStore(db),
    transaction: (work) => db.transaction(work)(),
    close: () => { db.close(); },

    findAccount: (username) => {
      const row = q.findAccount.get(username);
      return row && toAccount(row);
    },
    listAccounts: () => q.listAccounts.all().map(toAccount),
    insertAccount: (account: NewAccount) => {
      q.insertAccount.run({ ...account, mfaEnabledAt: account.mfa?.enabledAt ?? null, totpSecretSealed: account.mfa?.secretSealed ?? null });
    },
    setPendingSecret: (username, sealed, createdAt) => { q.setPendingSecret.run(sealed, createdAt, username); },
    setCodeFailures: (username, state: FailureState) => { q.setCodeFailures.run(state.consecutiveFailures, state.lockedUntil, username); },
    advanceTotpStep: (username, step) => q.advanceTotpStep.run({ username, step }).changes === 1,
    revokeAuthenticator: (username, change) => q.revokeAuthenticator.run({ username, ...change }).changes === 1,
    replaceAuthenticator: (username, change) => q.replaceAuthenticator.run({ username, ...change }).changes === 1,
    useHelpdeskReset: (username, now) => q.useHelpdeskReset.run(username, now).changes === 1,
    deleteOtherSessionsOf: (username, keepIdHash) => { q.deleteOtherSessionsOf.run(username, keepIdHash); },
    enableMfa: (username, mfa) => q.enableMfa.run({ username, ...mfa }).changes === 1,

    getPasswordFailures: (typed) => {
      const row = q.getPasswordFailures.get(typed);
      return row ? { consecutiveFailures: row.consecutive_failures, lockedUntil: row.locked_until } : { consecutiveFailures: 0, lockedUntil: null };
    },
    setPasswordFailures: (typed, state) => {
      if (state.consecutiveFailures === 0 && state.lockedUntil === null) q.clearPasswordFailures.run(typed);
      else q.setPasswordFailures.run(typed, state.consecutiveFailures, state.lockedUntil);
    },

    insertSession: (session: SessionRecord) => {
      q.insertSession.run({ ...session, ...session.signIn, signIn: undefined, risk: JSON.stringify(session.signIn.risk) });
    },
    findSessionByIdHash: (idHash) => {
      const row = q.findSessionByIdHash.get(idHash);
      return row && toSession(row);
    },
    findSessionByApiTokenHash: (hash) => {
      const row = q.findSessionByApiTokenHash.get(hash);
      return row && toSession(row);
    },
    touchSession: (idHash, at) => { q.touchSession.run(at, idHash); },
    deleteSession: (idHash) => { q.deleteSession.run(idHash); },

    insertChallenge: (challenge) => { q.insertChallenge.run(challenge); },
    findChallenge: (idHash) => {
      const row = q.findChallenge.get(idHash);
      return row && toChallenge(row);
    },
    markChallengeSatisfied: (idHash, at) => q.markChallengeSatisfied.run(at, idHash).changes === 1,
    consumeChallenge: (idHash, at) => q.consumeChallenge.run(at, idHash).changes === 1,

    replaceRecoveryCodes: (username, digests, at) => {
      db.transaction(() => {
        q.deleteRecoveryCodes.run(username);
        for (const digest of digests) q.insertRecoveryCode.run(username, digest, at);
      })();
    },
    useRecoveryCode: (username, digest, at) => q.useRecoveryCode.run(at, username, digest).changes === 1,
    countRecoveryCodesLeft: (username) => q.countRecoveryCodesLeft.get(username)?.left ?? 0,

    setPasswordHash: (username, passwordHash) => { q.setPasswordHash.run(passwordHash, username); },
    insertPasswordReset: (reset) => { q.insertPasswordReset.run(reset); },
    findPasswordReset: (idHash) => {
      const row = q.findPasswordReset.get(idHash);
      return row && { idHash: row.id_hash, username: row.username, createdAt: row.created_at, expiresAt: row.expires_at, secondFactorAt: row.second_factor_at, usedAt: row.used_at };
    },
    markResetSecondFactor: (idHash, at) => { q.markResetSecondFactor.run(at, idHash); },
    useReset: (idHash, at) => q.useReset.run(at, idHash).changes === 1,
    deleteSessionsOf: (username) => { q.deleteSessionsOf.run(username); },
    markSteppedUp: (idHash, at) => { q.markSteppedUp.run(at, idHash); },
    putStepUpCode: (code) => { q.putStepUpCode.run(code); },
    findStepUpCode: (sessionIdHash) => {
      const row = q.findStepUpCode.get(sessionIdHash);
      return row && { sessionIdHash: row.session_id_hash, username: row.username, codeDigest: row.code_digest, createdAt: row.created_at, expiresAt: row.expires_at, wrongAttempts: row.wrong_attempts };
    },
    countWrongStepUpCode: (sessionIdHash) => { q.countWrongStepUpCode.run(sessionIdHash); },
    deleteStepUpCode: (sessionIdHash) => { q.deleteStepUpCode.run(sessionIdHash); },

    appendOutbox: (message) => { q.appendOutbox.run(message); },
    listOutbox: ({ username, limit, exceptKind, unseenOnly }) =>
      q.listOutbox.all({ username: username ?? null, exceptKind: exceptKind ?? null, unseenOnly: unseenOnly === true ? 1 : 0, limit }).map(toOutboxMessage),
    markOutboxSeen: (username, at) => { q.markOutboxSeen.run(at, username); },

    appendAudit: (entry: AuditEntry) => { q.appendAudit.run({ ...entry, detail: JSON.stringify(entry.detail) }); },
    listAudit: ({ username, limit }) =>
      (username === undefined ? q.listAudit.all(limit) : q.listAuditFor.all(username, limit)).map(toAuditEntry),
  };
}
