import type { RiskReason } from '../../../shared/api.js';

export type SessionState = 'mfa-pending' | 'signed-in';

/** Why a session was ended for its user: told to whoever still holds it, in the words of shared/words. */
export { SESSION_END_REASONS, type SessionEndReason } from '../../../shared/words/index.js';
import type { SessionEndReason } from '../../../shared/words/index.js';

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

export interface SignInCircumstances {
  deviceThumbprint: string | null;
  deviceLabel: string;
  location: string;
  risk: RiskReason[];
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

/** Browser sessions, and the sign-in challenges that belong to them. */
export interface SessionStore {
  insertSession(session: SessionRecord): void;
  /** A live session: never one that was ended. */
  findSessionByIdHash(idHash: string): SessionRecord | undefined;
  /** Why the session behind this hash was ended for its user, if it was. */
  findSessionEndReason(idHash: string): SessionEndReason | undefined;
  setSessionPendingSecret(idHash: string, pending: PendingSecret | null): void;
  touchSession(idHash: string, at: number): void;
  markSteppedUp(idHash: string, at: number): void;
  deleteSession(idHash: string): void;
  /**
   * Ends every live session of the user (but `exceptIdHash`), keeping why, so whoever still holds
   * one is told. Returns how many were ended.
   */
  endSessionsOf(username: string, end: { reason: SessionEndReason; at: number; exceptIdHash?: string }): number;

  insertChallenge(challenge: ChallengeRecord): void;
  findChallenge(idHash: string): ChallengeRecord | undefined;
  /** False if it was already satisfied. */
  markChallengeSatisfied(idHash: string, at: number): boolean;
  /** False if it was already consumed. */
  consumeChallenge(idHash: string, at: number): boolean;
}
