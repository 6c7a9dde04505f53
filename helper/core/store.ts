import type { Privilege } from '../../shared/api.js';
import type { AuditEntry } from './audit.js';
import type { GuessFactor, GuessState } from './guess-budget.js';

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

export type SessionState = 'mfa-pending' | 'signed-in';

/** Why a session was ended for its user: told to whoever still holds it (the words are in shared/words). */
export { SESSION_END_REASONS, type SessionEndReason } from '../../shared/words/index.js';
import type { SessionEndReason } from '../../shared/words/index.js';

/** An authenticator key being set up: it belongs to the one session that started the set-up. */
export interface PendingSecret {
  sealed: string;
  createdAt: number;
}

export interface SessionRecord {
  idHash: string;
  username: string;
  state: SessionState;
  createdAt: number;
  lastSeenAt: number;
  /** When this session last passed a step-up check, for the manager area. */
  steppedUpAt: number | null;
  /** The sign-in this session came from: proven device (if any), place, and why it looked risky. */
  signIn: SignInCircumstances;
  pendingSecret: PendingSecret | null;
}

export type RiskReason = 'new-device' | 'unusual-location';

export interface SignInCircumstances {
  deviceThumbprint: string | null;
  deviceLabel: string;
  location: string;
  risk: RiskReason[];
}

export interface DeviceRecord {
  username: string;
  thumbprint: string;
  label: string;
  firstSeenAt: number;
  lastSeenAt: number;
  rememberedUntil: number | null;
}

export type SignInOutcome = 'signed-in' | 'signed-in-remembered-device' | 'wrong-password' | 'wrong-code';

export interface SignInEvent {
  id: number;
  username: string;
  at: number;
  deviceLabel: string;
  deviceThumbprint: string | null;
  location: string;
  outcome: SignInOutcome;
  risk: RiskReason[];
}

export type OutboxChannel = 'email' | 'sms';

/** A message the helper "sent": the training portal shows them instead of sending anything. */
export interface OutboxMessage {
  id: number;
  at: number;
  username: string;
  channel: OutboxChannel;
  kind: string;
  subject: string;
  body: string;
  seenAt: number | null;
}

/** A signed-in demo mailbox, named by its own cookie, stored as a hash. */
export interface MailboxSessionRecord {
  idHash: string;
  username: string;
  createdAt: number;
  expiresAt: number;
}

/** A forgotten-password reset in progress, named by a cookie, stored as a hash. */
export interface PasswordResetRecord {
  idHash: string;
  username: string;
  createdAt: number;
  expiresAt: number;
  /** The one-time code emailed to the registered address, as a keyed digest bound to this reset. */
  emailCodeDigest: string;
  emailVerifiedAt: number | null;
  /** When the user gave their app or recovery code (MFA on), or their date of birth (MFA off). */
  secondFactorAt: number | null;
  usedAt: number | null;
}

/** A one-time code sent by email for a step-up check, one per session. */
export interface StepUpCodeRecord {
  sessionIdHash: string;
  username: string;
  codeDigest: string;
  createdAt: number;
  expiresAt: number;
  wrongAttempts: number;
}

export interface ChallengeRecord {
  idHash: string;
  sessionIdHash: string;
  username: string;
  createdAt: number;
  expiresAt: number;
  satisfiedAt: number | null;
  consumedAt: number | null;
}

/**
 * What the core needs from storage. Each write is a named operation, never a generic update:
 * in particular there is no operation that turns MFA off.
 */
export interface Store {
  /** Runs `work` atomically; any throw rolls everything back. */
  transaction<T>(work: () => T): T;

  findAccount(username: string): AccountRecord | undefined;
  listAccounts(): AccountRecord[];
  insertAccount(account: NewAccount): void;
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
  /**
   * Ends every live session of the user (but `exceptIdHash`), keeping why, so whoever still holds
   * one is told. Returns how many were ended.
   */
  endSessionsOf(username: string, end: { reason: SessionEndReason; at: number; exceptIdHash?: string }): number;
  /** Turns MFA on with the given secret. False if it was already on. */
  enableMfa(username: string, mfa: { secretSealed: string; enabledAt: number; acceptedStep: number }): boolean;

  /**
   * Guessing counts per subject and factor: passwords by the name typed (so unknown names are
   * throttled like real ones), codes by the account.
   */
  getGuessState(subject: string, factor: GuessFactor): GuessState | undefined;
  putGuessState(subject: string, factor: GuessFactor, state: GuessState): void;

  insertSession(session: SessionRecord): void;
  /** A live session: never one that was ended. */
  findSessionByIdHash(idHash: string): SessionRecord | undefined;
  /** Why the session behind this hash was ended for its user, if it was. */
  findSessionEndReason(idHash: string): SessionEndReason | undefined;
  setSessionPendingSecret(idHash: string, pending: PendingSecret | null): void;
  touchSession(idHash: string, at: number): void;
  deleteSession(idHash: string): void;

  insertChallenge(challenge: ChallengeRecord): void;
  findChallenge(idHash: string): ChallengeRecord | undefined;
  /** False if it was already satisfied. */
  markChallengeSatisfied(idHash: string, at: number): boolean;
  /** False if it was already consumed. */
  consumeChallenge(idHash: string, at: number): boolean;

  /** Replaces the user's whole set of recovery codes (the old ones stop working). */
  replaceRecoveryCodes(username: string, digests: readonly string[], at: number): void;
  /** Marks an unused code used. False if there is no such unused code. */
  useRecoveryCode(username: string, digest: string, at: number): boolean;
  countRecoveryCodesLeft(username: string): number;

  setPasswordHash(username: string, passwordHash: string): void;
  insertPasswordReset(reset: PasswordResetRecord): void;
  findPasswordReset(idHash: string): PasswordResetRecord | undefined;
  /** How many resets of this user were started after `since`. */
  countResetsSince(username: string, since: number): number;
  markResetEmailVerified(idHash: string, at: number): void;
  markResetSecondFactor(idHash: string, at: number): void;
  /** False if it was already used. */
  useReset(idHash: string, at: number): boolean;
  markSteppedUp(idHash: string, at: number): void;
  /** Replaces any earlier code for the same session. */
  putStepUpCode(code: StepUpCodeRecord): void;
  findStepUpCode(sessionIdHash: string): StepUpCodeRecord | undefined;
  countWrongStepUpCode(sessionIdHash: string): void;
  deleteStepUpCode(sessionIdHash: string): void;

  findDevice(username: string, thumbprint: string): DeviceRecord | undefined;
  listDevices(username: string): DeviceRecord[];
  /** Records the device as seen now (adding it the first time); `rememberUntil` sets or keeps the remembered date. */
  seeDevice(device: { username: string; thumbprint: string; label: string; at: number; rememberUntil?: number }): void;
  /** False if there was no such remembered device. */
  forgetDevice(username: string, thumbprint: string): boolean;
  /** Stops remembering every device of the user; returns how many were remembered. */
  forgetAllDevices(username: string): number;
  addDeviceNonce(nonceHash: string, expiresAt: number, now: number): void;
  /** Single use: true once for a live nonce, then false. */
  useDeviceNonce(nonceHash: string, now: number): boolean;
  appendSignInEvent(event: Omit<SignInEvent, 'id'>): void;
  listSignInEvents(username: string, limit: number): SignInEvent[];
  /** Has the user ever completed a sign-in from this place? */
  hasSignedInFrom(username: string, location: string): boolean;

  appendOutbox(message: Omit<OutboxMessage, 'id' | 'seenAt'>): void;
  /** Newest first; optionally one user's, of one kind, without some kinds, or only those not yet seen. */
  listOutbox(filter: { username?: string; limit: number; kind?: string; exceptKinds?: readonly string[]; unseenOnly?: boolean }): OutboxMessage[];
  markOutboxSeen(username: string, at: number): void;

  setMailboxPasswordHash(username: string, mailboxPasswordHash: string): void;
  /** Also clears away mailbox sessions that had ended before this one began. */
  insertMailboxSession(session: MailboxSessionRecord): void;
  findMailboxSession(idHash: string): MailboxSessionRecord | undefined;
  deleteMailboxSession(idHash: string): void;

  appendAudit(entry: AuditEntry): void;
  listAudit(filter: { username?: string; limit: number }): AuditEntry[];
}
