import Database from 'better-sqlite3';
import type { AuditEntry } from '../core/audit.js';
import { SESSION_END_REASONS, type NewAccount, type SessionRecord, type Store } from '../core/store.js';
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
    advanceTotpStep: db.prepare(
      'UPDATE accounts SET last_totp_step = @step WHERE username = @username AND (last_totp_step IS NULL OR last_totp_step < @step)',
    ),
    enableMfa: db.prepare(`UPDATE accounts SET mfa_enabled_at = @enabledAt, totp_secret_sealed = @secretSealed, last_totp_step = @acceptedStep
      WHERE username = @username AND mfa_enabled_at IS NULL`),
    // The used-step record belongs to the old secret: the new phone starts afresh.
    revokeAuthenticator: db.prepare(`UPDATE accounts SET totp_secret_sealed = @unusableSecretSealed, reenrolment_required_at = @at, last_totp_step = NULL,
      setup_code_digest = @setupCodeDigest, setup_code_expires_at = @setupCodeExpiresAt
      WHERE username = @username AND mfa_enabled_at IS NOT NULL`),
    replaceAuthenticator: db.prepare(`UPDATE accounts SET totp_secret_sealed = @secretSealed, last_totp_step = @acceptedStep, reenrolment_required_at = NULL,
      setup_code_digest = NULL, setup_code_expires_at = NULL
      WHERE username = @username AND reenrolment_required_at IS NOT NULL`),
    resealTotpSecret: db.prepare('UPDATE accounts SET totp_secret_sealed = ? WHERE username = ? AND totp_secret_sealed = ?'),
    useSetupCode: db.prepare(`UPDATE accounts SET setup_code_digest = NULL, setup_code_expires_at = NULL
      WHERE username = ? AND setup_code_digest = ? AND setup_code_expires_at > ?`),
    endSessionsOf: db.prepare(`UPDATE sessions SET ended_at = @at, ended_reason = @reason, pending_secret_sealed = NULL
      WHERE username = @username AND ended_at IS NULL AND (@exceptIdHash IS NULL OR id_hash <> @exceptIdHash)`),
    getGuessState: db.prepare<[string, string], { consecutive_failures: number; locked_until: number | null; allowance: number; allowance_at: number }>(
      'SELECT consecutive_failures, locked_until, allowance, allowance_at FROM guess_budgets WHERE subject = ? AND factor = ?',
    ),
    putGuessState: db.prepare(`INSERT INTO guess_budgets (subject, factor, consecutive_failures, locked_until, allowance, allowance_at)
      VALUES (@subject, @factor, @consecutiveFailures, @lockedUntil, @allowance, @allowanceAt)
      ON CONFLICT (subject, factor) DO UPDATE SET consecutive_failures = excluded.consecutive_failures, locked_until = excluded.locked_until,
      allowance = excluded.allowance, allowance_at = excluded.allowance_at`),
    insertSession: db.prepare(`INSERT INTO sessions (id_hash, username, state, created_at, last_seen_at, stepped_up_at,
      device_thumbprint, device_label, location, risk, pending_secret_sealed, pending_secret_created_at)
      VALUES (@idHash, @username, @state, @createdAt, @lastSeenAt, @steppedUpAt, @deviceThumbprint, @deviceLabel, @location, @risk,
      @pendingSecretSealed, @pendingSecretCreatedAt)`),
    setSessionPendingSecret: db.prepare('UPDATE sessions SET pending_secret_sealed = ?, pending_secret_created_at = ? WHERE id_hash = ? AND ended_at IS NULL'),
    findSessionEndReason: db.prepare<[string], { ended_reason: string | null }>('SELECT ended_reason FROM sessions WHERE id_hash = ? AND ended_at IS NOT NULL'),
    markSteppedUp: db.prepare('UPDATE sessions SET stepped_up_at = ? WHERE id_hash = ?'),
    putStepUpCode: db.prepare(`INSERT OR REPLACE INTO step_up_codes (session_id_hash, username, code_digest, created_at, expires_at, wrong_attempts)
      VALUES (@sessionIdHash, @username, @codeDigest, @createdAt, @expiresAt, @wrongAttempts)`),
    findStepUpCode: db.prepare<[string], { session_id_hash: string; username: string; code_digest: string; created_at: number; expires_at: number; wrong_attempts: number }>(
      'SELECT * FROM step_up_codes WHERE session_id_hash = ?',
    ),
    countWrongStepUpCode: db.prepare('UPDATE step_up_codes SET wrong_attempts = wrong_attempts + 1 WHERE session_id_hash = ?'),
    deleteStepUpCode: db.prepare('DELETE FROM step_up_codes WHERE session_id_hash = ?'),
    setPasswordHash: db.prepare('UPDATE accounts SET password_hash = ? WHERE username = ?'),
    insertPasswordReset: db.prepare(`INSERT INTO password_resets (id_hash, username, created_at, expires_at, email_code_digest, email_verified_at, second_factor_at, used_at)
      VALUES (@idHash, @username, @createdAt, @expiresAt, @emailCodeDigest, @emailVerifiedAt, @secondFactorAt, @usedAt)`),
    findPasswordReset: db.prepare<[string], { id_hash: string; username: string; created_at: number; expires_at: number; email_code_digest: string; email_verified_at: number | null; second_factor_at: number | null; used_at: number | null }>(
      'SELECT * FROM password_resets WHERE id_hash = ?',
    ),
    markResetSecondFactor: db.prepare('UPDATE password_resets SET second_factor_at = ? WHERE id_hash = ?'),
    countResetsSince: db.prepare<[string, number], { count: number }>('SELECT count(*) AS count FROM password_resets WHERE username = ? AND created_at > ?'),
    markResetEmailVerified: db.prepare('UPDATE password_resets SET email_verified_at = ? WHERE id_hash = ?'),
    useReset: db.prepare('UPDATE password_resets SET used_at = ? WHERE id_hash = ? AND used_at IS NULL'),
    deleteRecoveryCodes: db.prepare('DELETE FROM recovery_codes WHERE username = ?'),
    insertRecoveryCode: db.prepare('INSERT INTO recovery_codes (username, code_digest, created_at) VALUES (?, ?, ?)'),
    useRecoveryCode: db.prepare('UPDATE recovery_codes SET used_at = ? WHERE username = ? AND code_digest = ? AND used_at IS NULL'),
    countRecoveryCodesLeft: db.prepare<[string], { left: number }>('SELECT count(*) AS left FROM recovery_codes WHERE username = ? AND used_at IS NULL'),
    appendOutbox: db.prepare('INSERT INTO outbox (at, username, channel, kind, subject, body) VALUES (@at, @username, @channel, @kind, @subject, @body)'),
    listOutbox: db.prepare<[{ username: string | null; kind: string | null; exceptKinds: string; unseenOnly: number; limit: number }], OutboxRow>(`SELECT * FROM outbox
      WHERE (@username IS NULL OR username = @username) AND (@kind IS NULL OR kind = @kind) AND kind NOT IN (SELECT value FROM json_each(@exceptKinds)) AND (@unseenOnly = 0 OR seen_at IS NULL)
      ORDER BY id DESC LIMIT @limit`),
    markOutboxSeen: db.prepare('UPDATE outbox SET seen_at = ? WHERE username = ? AND seen_at IS NULL'),
    findSessionByIdHash: db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE id_hash = ? AND ended_at IS NULL'),
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
    close: () => {
      if (!db.open) return;
      // SQLite folds the WAL in on the last connection's close; checkpoint explicitly so the
      // database file is whole and the WAL empty even when another connection (say, the sqlite3
      // shell) is open and the close alone would leave the WAL as it is.
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },

    findAccount: (username) => {
      const row = q.findAccount.get(username);
      return row && toAccount(row);
    },
    listAccounts: () => q.listAccounts.all().map(toAccount),
    insertAccount: (account: NewAccount) => {
      q.insertAccount.run({ ...account, mfaEnabledAt: account.mfa?.enabledAt ?? null, totpSecretSealed: account.mfa?.secretSealed ?? null });
    },
    advanceTotpStep: (username, step) => q.advanceTotpStep.run({ username, step }).changes === 1,
    revokeAuthenticator: (username, { setupCode, ...change }) =>
      q.revokeAuthenticator.run({ username, ...change, setupCodeDigest: setupCode?.digest ?? null, setupCodeExpiresAt: setupCode?.expiresAt ?? null }).changes === 1,
    replaceAuthenticator: (username, change) => q.replaceAuthenticator.run({ username, ...change }).changes === 1,
    resealTotpSecret: (username, oldSealed, newSealed) => q.resealTotpSecret.run(newSealed, username, oldSealed).changes === 1,
    useSetupCode: (username, digest, now) => q.useSetupCode.run(username, digest, now).changes === 1,
    endSessionsOf: (username, { reason, at, exceptIdHash }) => q.endSessionsOf.run({ username, reason, at, exceptIdHash: exceptIdHash ?? null }).changes,
    enableMfa: (username, mfa) => q.enableMfa.run({ username, ...mfa }).changes === 1,

    getGuessState: (subject, factor) => {
      const row = q.getGuessState.get(subject, factor);
      return row && { consecutiveFailures: row.consecutive_failures, lockedUntil: row.locked_until, allowance: row.allowance, allowanceAt: row.allowance_at };
    },
    putGuessState: (subject, factor, state) => { q.putGuessState.run({ subject, factor, ...state }); },

    insertSession: ({ signIn, pendingSecret, ...session }: SessionRecord) => {
      q.insertSession.run({
        ...session,
        ...signIn,
        risk: JSON.stringify(signIn.risk),
        pendingSecretSealed: pendingSecret?.sealed ?? null,
        pendingSecretCreatedAt: pendingSecret?.createdAt ?? null,
      });
    },
    setSessionPendingSecret: (idHash, pending) => { q.setSessionPendingSecret.run(pending?.sealed ?? null, pending?.createdAt ?? null, idHash); },
    findSessionEndReason: (idHash) => SESSION_END_REASONS.find((reason) => reason === q.findSessionEndReason.get(idHash)?.ended_reason),
    findSessionByIdHash: (idHash) => {
      const row = q.findSessionByIdHash.get(idHash);
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
      return row && {
        idHash: row.id_hash,
        username: row.username,
        createdAt: row.created_at,
        expiresAt: row.expires_at,
        emailCodeDigest: row.email_code_digest,
        emailVerifiedAt: row.email_verified_at,
        secondFactorAt: row.second_factor_at,
        usedAt: row.used_at,
      };
    },
    markResetSecondFactor: (idHash, at) => { q.markResetSecondFactor.run(at, idHash); },
    countResetsSince: (username, since) => q.countResetsSince.get(username, since)?.count ?? 0,
    markResetEmailVerified: (idHash, at) => { q.markResetEmailVerified.run(at, idHash); },
    useReset: (idHash, at) => q.useReset.run(at, idHash).changes === 1,
    markSteppedUp: (idHash, at) => { q.markSteppedUp.run(at, idHash); },
    putStepUpCode: (code) => { q.putStepUpCode.run(code); },
    findStepUpCode: (sessionIdHash) => {
      const row = q.findStepUpCode.get(sessionIdHash);
      return row && { sessionIdHash: row.session_id_hash, username: row.username, codeDigest: row.code_digest, createdAt: row.created_at, expiresAt: row.expires_at, wrongAttempts: row.wrong_attempts };
    },
    countWrongStepUpCode: (sessionIdHash) => { q.countWrongStepUpCode.run(sessionIdHash); },
    deleteStepUpCode: (sessionIdHash) => { q.deleteStepUpCode.run(sessionIdHash); },

    appendOutbox: (message) => { q.appendOutbox.run(message); },
    listOutbox: ({ username, limit, kind, exceptKinds, unseenOnly }) =>
      q.listOutbox.all({ username: username ?? null, kind: kind ?? null, exceptKinds: JSON.stringify(exceptKinds ?? []), unseenOnly: unseenOnly === true ? 1 : 0, limit }).map(toOutboxMessage),
    markOutboxSeen: (username, at) => { q.markOutboxSeen.run(at, username); },

    appendAudit: (entry: AuditEntry) => { q.appendAudit.run({ ...entry, detail: JSON.stringify(entry.detail) }); },
    listAudit: ({ username, limit }) =>
      (username === undefined ? q.listAudit.all(limit) : q.listAuditFor.all(username, limit)).map(toAuditEntry),
  };
}
