import type { Privilege } from '../../../shared/api.js';
import type { Language } from '../../../shared/words/index.js';

export type Employment = 'active' | 'left';
export type InternetAccess = 'approved' | 'not-requested' | 'requested' | 'rejected';

export interface AccountProfile {
  username: string;
  displayName: string;
  jobTitle: string;
  privilege: Privilege;
  employment: Employment;
  internetAccess: InternetAccess;
  email: string;
  dateOfBirth: string;
  /** The language ESR writes to them in (emails), and their portal pages' language once signed in. */
  language: Language;
}

export interface AccountRecord extends AccountProfile {
  passwordHash: string;
  mfaEnabledAt: number | null;
  totpSecretSealed: string | null;
  /** The last TOTP time step accepted for this user: no code at or before it is accepted again. */
  lastTotpStep: number | null;
  /** Set when the old authenticator was revoked (lost phone): MFA stays on until a new one is set up. */
  reenrolmentRequiredAt: number | null;
  /**
   * After a helpdesk reset: the one-time set-up code emailed to the person (a keyed digest), which
   * with their password opens the new set-up.
   */
  setupCode: SetupCode | null;
  /**
   * The password of the person's (simulated) email account, apart from their ESR password so that
   * knowing one does not open the other. Null only until the helper fills it in at start-up.
   */
  mailboxPasswordHash: string | null;
}

export interface SetupCode {
  digest: string;
  expiresAt: number;
}

export interface NewAccount extends AccountProfile {
  passwordHash: string;
  mailboxPasswordHash: string;
  mfa: { secretSealed: string; enabledAt: number } | null;
}

/** Who people are, and their ESR password. */
export interface AccountStore {
  findAccount(username: string): AccountRecord | undefined;
  listAccounts(): AccountRecord[];
  insertAccount(account: NewAccount): void;
  setPasswordHash(username: string, passwordHash: string): void;
  /** The language the person chose with the portal's switch while signed in. */
  setLanguage(username: string, language: Language): void;
}

/**
 * The authenticator on an account: turned on, replaced, revoked, never off. Each write is a named
 * operation, never a generic update: in particular there is no operation that turns MFA off.
 */
export interface EnrolmentStore {
  /** Turns MFA on with the given secret. False if it was already on. */
  enableMfa(username: string, mfa: { secretSealed: string; enabledAt: number; acceptedStep: number }): boolean;
  /** Moves the last accepted time step forward. False if `step` is not after it: a replay, or a race lost. */
  advanceTotpStep(username: string, step: number): boolean;
  /**
   * Revokes the current authenticator at once by replacing its secret with one nobody holds (MFA
   * stays on: the database refuses anything else) and asks for a new set-up.
   */
  revokeAuthenticator(username: string, change: { unusableSecretSealed: string; at: number; setupCode: SetupCode | null }): boolean;
  /** Replaces the sealed form of the same secret (sealing it bound to its account). False if it changed meanwhile. */
  resealTotpSecret(username: string, oldSealed: string, newSealed: string): boolean;
  /** Installs the newly confirmed authenticator after a revocation. False if none was pending. */
  replaceAuthenticator(username: string, change: { secretSealed: string; acceptedStep: number }): boolean;
  /** Uses the helpdesk set-up code. False if it is not the live one. */
  useSetupCode(username: string, digest: string, now: number): boolean;
}
