import type { AccountProfile } from './accounts.js';
import type { SessionRecord } from './sessions.js';

/** What a training reset puts a persona back to. */
export interface PersonaSeed {
  username: string;
  passwordHash: string;
  mailboxPasswordHash: string;
  /** Personas who start with MFA on: their demo key and demo recovery codes, sealed. */
  demo: { secretSealed: string; recoveryCodesSealed: string } | null;
}

/** A key on the training phone, sealed like an account's. */
export interface PhoneAccountRecord {
  id: number;
  issuer: string;
  accountName: string;
  secretSealed: string;
  addedAt: number;
}

/** The account as a reset leaves it: its seed profile and passwords, MFA as seeded, nothing else. */
export interface ResetAccount extends AccountProfile {
  passwordHash: string;
  mailboxPasswordHash: string;
  mfa: { secretSealed: string; enabledAt: number } | null;
}

/**
 * Lifetimes that end at a stored deadline with no stored start: "back to real time" works out from
 * them whether the deadline was set while the clock was moved.
 */
export interface RewindLifetimes {
  rememberDeviceMs: number;
  deviceNonceMs: number;
  setupCodeMs: number;
}

/** The trainer's training room: the clock's offset, the personas' seed state, the phone, resets. */
export interface TrainingStore {
  readClockOffset(): number;
  writeClockOffset(offsetMs: number): void;
  /**
   * Moves every time recorded after `realNow` back by `offsetMs`, with the deadlines set at those
   * moments, and pulls a last-used code step from the moved time back to `replayFloorStep` (see
   * helper/core/training/clock-moves.ts for why). The audit trail is append-only and keeps its times.
   */
  rewindMovedTime(change: { realNow: number; offsetMs: number; movedStepAbove: number; replayFloorStep: number; lifetimes: RewindLifetimes }): void;

  findPersonaSeed(username: string): PersonaSeed | undefined;
  putPersonaSeed(seed: PersonaSeed): void;
  /**
   * Puts an account back to its seed state and drops everything the lesson made for it: sessions,
   * challenges, devices and the sign-in history, recovery codes, guess budgets, password resets,
   * step-up codes, mailbox sessions and emails. The one write that may turn MFA off, for this account
   * only, inside its own transaction. The audit trail is kept.
   */
  resetAccount(account: ResetAccount): void;
  /** Sets every remembered device of the user to be remembered until `until`; how many there were. */
  setRememberedUntil(username: string, until: number, now: number): number;

  /** Sessions not ended (they may have run out: the caller judges), of one user or of everyone. */
  listOpenSessions(username?: string): SessionRecord[];
  /** The digests of the user's recovery codes not yet used. */
  listUnusedRecoveryCodeDigests(username: string): string[];

  listPhoneAccounts(): PhoneAccountRecord[];
  findPhoneAccount(id: number): PhoneAccountRecord | undefined;
  /** Adds the account, or replaces the key of the one with the same issuer and name (keeping its id). */
  putPhoneAccount(account: Omit<PhoneAccountRecord, 'id'>): PhoneAccountRecord;
  /** False if there was no such account. */
  removePhoneAccount(id: number): boolean;
  removeAllPhoneAccounts(): void;
}
