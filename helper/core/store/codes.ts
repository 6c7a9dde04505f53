import type { GuessFactor, GuessState } from '../guess-budget.js';

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

export interface RecoveryCodeStore {
  /** Replaces the user's whole set of recovery codes (the old ones stop working). */
  replaceRecoveryCodes(username: string, digests: readonly string[], at: number): void;
  /** Marks an unused code used. False if there is no such unused code. */
  useRecoveryCode(username: string, digest: string, at: number): boolean;
  countRecoveryCodesLeft(username: string): number;
}

export interface StepUpCodeStore {
  /** Replaces any earlier code for the same session. */
  putStepUpCode(code: StepUpCodeRecord): void;
  findStepUpCode(sessionIdHash: string): StepUpCodeRecord | undefined;
  countWrongStepUpCode(sessionIdHash: string): void;
  deleteStepUpCode(sessionIdHash: string): void;
}

export interface PasswordResetStore {
  insertPasswordReset(reset: PasswordResetRecord): void;
  findPasswordReset(idHash: string): PasswordResetRecord | undefined;
  /** How many resets of this user were started after `since`. */
  countResetsSince(username: string, since: number): number;
  markResetEmailVerified(idHash: string, at: number): void;
  markResetSecondFactor(idHash: string, at: number): void;
  /** False if it was already used. */
  useReset(idHash: string, at: number): boolean;
}

/**
 * Guessing counts per subject and factor: passwords by the name typed (so unknown names are
 * throttled like real ones), codes by the account.
 */
export interface GuessBudgetStore {
  getGuessState(subject: string, factor: GuessFactor): GuessState | undefined;
  putGuessState(subject: string, factor: GuessFactor, state: GuessState): void;
}

/** One-time codes and what limits them: recovery codes, step-up codes, password resets, guess budgets. */
export interface CodeStore extends RecoveryCodeStore, StepUpCodeStore, PasswordResetStore, GuessBudgetStore {}
