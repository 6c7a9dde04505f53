import type { Database } from 'better-sqlite3';
import type { CodeStore } from '../core/store.js';
import { toGuessState, toPasswordReset, toStepUpCode, type GuessStateRow, type PasswordResetRow, type StepUpCodeRow } from './rows.js';

/** One-time codes and what limits them: recovery codes, step-up codes, password resets, guess budgets. */
export function createCodeStore(db: Database): CodeStore {
  const q = {
    deleteRecoveryCodes: db.prepare('DELETE FROM recovery_codes WHERE username = ?'),
    insertRecoveryCode: db.prepare('INSERT INTO recovery_codes (username, code_digest, created_at) VALUES (?, ?, ?)'),
    useRecoveryCode: db.prepare('UPDATE recovery_codes SET used_at = ? WHERE username = ? AND code_digest = ? AND used_at IS NULL'),
    countRecoveryCodesLeft: db.prepare<[string], { left: number }>('SELECT count(*) AS left FROM recovery_codes WHERE username = ? AND used_at IS NULL'),
    putStepUpCode: db.prepare(`INSERT OR REPLACE INTO step_up_codes (session_id_hash, username, code_digest, created_at, expires_at, wrong_attempts)
      VALUES (@sessionIdHash, @username, @codeDigest, @createdAt, @expiresAt, @wrongAttempts)`),
    findStepUpCode: db.prepare<[string], StepUpCodeRow>('SELECT * FROM step_up_codes WHERE session_id_hash = ?'),
    countWrongStepUpCode: db.prepare('UPDATE step_up_codes SET wrong_attempts = wrong_attempts + 1 WHERE session_id_hash = ?'),
    deleteStepUpCode: db.prepare('DELETE FROM step_up_codes WHERE session_id_hash = ?'),
    insertPasswordReset: db.prepare(`INSERT INTO password_resets (id_hash, username, created_at, expires_at, email_code_digest, email_verified_at, second_factor_at, used_at)
      VALUES (@idHash, @username, @createdAt, @expiresAt, @emailCodeDigest, @emailVerifiedAt, @secondFactorAt, @usedAt)`),
    findPasswordReset: db.prepare<[string], PasswordResetRow>('SELECT * FROM password_resets WHERE id_hash = ?'),
    countResetsSince: db.prepare<[string, number], { count: number }>('SELECT count(*) AS count FROM password_resets WHERE username = ? AND created_at > ?'),
    markResetEmailVerified: db.prepare('UPDATE password_resets SET email_verified_at = ? WHERE id_hash = ?'),
    markResetSecondFactor: db.prepare('UPDATE password_resets SET second_factor_at = ? WHERE id_hash = ?'),
    useReset: db.prepare('UPDATE password_resets SET used_at = ? WHERE id_hash = ? AND used_at IS NULL'),
    getGuessState: db.prepare<[string, string], GuessStateRow>(
      'SELECT consecutive_failures, locked_until, allowance, allowance_at FROM guess_budgets WHERE subject = ? AND factor = ?',
    ),
    putGuessState: db.prepare(`INSERT INTO guess_budgets (subject, factor, consecutive_failures, locked_until, allowance, allowance_at)
      VALUES (@subject, @factor, @consecutiveFailures, @lockedUntil, @allowance, @allowanceAt)
      ON CONFLICT (subject, factor) DO UPDATE SET consecutive_failures = excluded.consecutive_failures, locked_until = excluded.locked_until,
      allowance = excluded.allowance, allowance_at = excluded.allowance_at`),
  };
  return {
    replaceRecoveryCodes: (username, digests, at) => {
      db.transaction(() => {
        q.deleteRecoveryCodes.run(username);
        for (const digest of digests) q.insertRecoveryCode.run(username, digest, at);
      })();
    },
    useRecoveryCode: (username, digest, at) => q.useRecoveryCode.run(at, username, digest).changes === 1,
    countRecoveryCodesLeft: (username) => q.countRecoveryCodesLeft.get(username)?.left ?? 0,

    putStepUpCode: (code) => { q.putStepUpCode.run(code); },
    findStepUpCode: (sessionIdHash) => {
      const row = q.findStepUpCode.get(sessionIdHash);
      return row && toStepUpCode(row);
    },
    countWrongStepUpCode: (sessionIdHash) => { q.countWrongStepUpCode.run(sessionIdHash); },
    deleteStepUpCode: (sessionIdHash) => { q.deleteStepUpCode.run(sessionIdHash); },

    insertPasswordReset: (reset) => { q.insertPasswordReset.run(reset); },
    findPasswordReset: (idHash) => {
      const row = q.findPasswordReset.get(idHash);
      return row && toPasswordReset(row);
    },
    countResetsSince: (username, since) => q.countResetsSince.get(username, since)?.count ?? 0,
    markResetEmailVerified: (idHash, at) => { q.markResetEmailVerified.run(at, idHash); },
    markResetSecondFactor: (idHash, at) => { q.markResetSecondFactor.run(at, idHash); },
    useReset: (idHash, at) => q.useReset.run(at, idHash).changes === 1,

    getGuessState: (subject, factor) => {
      const row = q.getGuessState.get(subject, factor);
      return row && toGuessState(row);
    },
    putGuessState: (subject, factor, state) => { q.putGuessState.run({ subject, factor, ...state }); },
  };
}
