import type { Database } from 'better-sqlite3';
import type { AccountStore, EnrolmentStore, NewAccount } from '../core/store.js';
import { toAccount, type AccountRow } from './rows.js';

/** The accounts table: who people are, their password, and their authenticator (on, replaced, revoked: never off). */
export function createAccountStore(db: Database): AccountStore & EnrolmentStore {
  const q = {
    findAccount: db.prepare<[string], AccountRow>('SELECT * FROM accounts WHERE username = ?'),
    listAccounts: db.prepare<[], AccountRow>('SELECT * FROM accounts ORDER BY rowid'),
    insertAccount: db.prepare(`INSERT INTO accounts (username, display_name, job_title, privilege, employment, internet_access, email,
      date_of_birth, password_hash, mfa_enabled_at, totp_secret_sealed, mailbox_password_hash, language)
      VALUES (@username, @displayName, @jobTitle, @privilege, @employment, @internetAccess, @email, @dateOfBirth, @passwordHash,
      @mfaEnabledAt, @totpSecretSealed, @mailboxPasswordHash, @language)`),
    setPasswordHash: db.prepare('UPDATE accounts SET password_hash = ? WHERE username = ?'),
    setLanguage: db.prepare('UPDATE accounts SET language = ? WHERE username = ?'),
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
  };
  return {
    findAccount: (username) => {
      const row = q.findAccount.get(username);
      return row && toAccount(row);
    },
    listAccounts: () => q.listAccounts.all().map(toAccount),
    insertAccount: (account: NewAccount) => {
      q.insertAccount.run({ ...account, mfaEnabledAt: account.mfa?.enabledAt ?? null, totpSecretSealed: account.mfa?.secretSealed ?? null });
    },
    setPasswordHash: (username, passwordHash) => { q.setPasswordHash.run(passwordHash, username); },
    setLanguage: (username, language) => { q.setLanguage.run(language, username); },

    enableMfa: (username, mfa) => q.enableMfa.run({ username, ...mfa }).changes === 1,
    advanceTotpStep: (username, step) => q.advanceTotpStep.run({ username, step }).changes === 1,
    revokeAuthenticator: (username, { setupCode, ...change }) =>
      q.revokeAuthenticator.run({ username, ...change, setupCodeDigest: setupCode?.digest ?? null, setupCodeExpiresAt: setupCode?.expiresAt ?? null }).changes === 1,
    replaceAuthenticator: (username, change) => q.replaceAuthenticator.run({ username, ...change }).changes === 1,
    resealTotpSecret: (username, oldSealed, newSealed) => q.resealTotpSecret.run(newSealed, username, oldSealed).changes === 1,
    useSetupCode: (username, digest, now) => q.useSetupCode.run(username, digest, now).changes === 1,
  };
}
