import type { CoreDeps } from './deps.js';
import { lockStatus, registerFailure, type LockoutPolicy } from './lockout.js';

/**
 * Online guessing, bounded per account (NIST SP 800-63B 5.2.2). Two rules, both decided in the
 * same synchronous step that admits a guess, so concurrency cannot slip extra guesses through:
 *
 * 1. Consecutive wrong guesses: a few free, then waits that double, up to an hour (so nobody can
 *    be locked out for days). A right guess clears them.
 * 2. An allowance of wrong guesses a day that a right guess does not reset: a bucket that holds
 *    `burst` guesses and refills at `(perDay - burst)` a day, so no 24 hours ever see more than
 *    `perDay` wrong guesses evaluated, however the attacker spreads them, and however often the
 *    real person signs in between (each of which would otherwise hand out fresh free tries).
 *
 * A guess is charged *before* it is evaluated (the password hash takes time, and a burst sent at
 * once must not all be judged against the old count) and refunded if it turns out right.
 */
export type GuessFactor =
  | 'password'
  /** App, recovery, set-up and emailed step-up codes: one budget, so none is an easier door. */
  | 'code'
  /** The steps of a forgotten-password reset that a stranger can reach: the emailed code, the date of birth. */
  | 'reset'
  | 'mailbox';

export interface GuessAllowance {
  burst: number;
  perDay: number;
}

export interface GuessState {
  consecutiveFailures: number;
  lockedUntil: number | null;
  /** Wrong guesses still allowed, refilled continuously; may be fractional. */
  allowance: number;
  allowanceAt: number;
}

export type GuessAdmission =
  | { admitted: true; guess: AdmittedGuess }
  | { admitted: false; retryAfterSeconds: number };

export interface AdmittedGuess {
  subject: string;
  factor: GuessFactor;
  /** Set if this guess, when wrong, is the one that starts a wait: whoever owns the account is told. */
  locksForSeconds: number | null;
  /** Free tries left before a wait, if this guess is wrong. */
  attemptsLeftIfWrong: number;
}

const DAY_MS = 24 * 60 * 60_000;

function policyFor(deps: CoreDeps, factor: GuessFactor): LockoutPolicy {
  return factor === 'password' || factor === 'mailbox' ? deps.config.passwordLockout : deps.config.codeLockout;
}

function freshState(deps: CoreDeps, now: number): GuessState {
  return { consecutiveFailures: 0, lockedUntil: null, allowance: deps.config.guessAllowance.burst, allowanceAt: now };
}

function refilled(deps: CoreDeps, state: GuessState, now: number): number {
  const { burst, perDay } = deps.config.guessAllowance;
  const perMs = (perDay - burst) / DAY_MS;
  return Math.min(burst, state.allowance + Math.max(0, now - state.allowanceAt) * perMs);
}

/**
 * Admits one guess at `subject`'s `factor` and charges it as wrong, or says how long to wait.
 * Synchronous on purpose: it must not interleave with another request's admission.
 */
export function admitGuess(deps: CoreDeps, subject: string, factor: GuessFactor): GuessAdmission {
  const now = deps.clock.now();
  return deps.store.transaction(() => {
    const state = deps.store.getGuessState(subject, factor) ?? freshState(deps, now);
    const policy = policyFor(deps, factor);
    const lock = lockStatus(state, policy, now);
    if (lock.locked) return { admitted: false as const, retryAfterSeconds: lock.retryAfterSeconds };
    const allowance = refilled(deps, state, now);
    if (allowance < 1) {
      const { burst, perDay } = deps.config.guessAllowance;
      const msPerGuess = DAY_MS / (perDay - burst);
      return { admitted: false as const, retryAfterSeconds: Math.max(1, Math.ceil(((1 - allowance) * msPerGuess) / 1000)) };
    }
    const charged = { ...registerFailure(state, policy, now), allowance: allowance - 1, allowanceAt: now };
    deps.store.putGuessState(subject, factor, charged);
    const after = lockStatus(charged, policy, now);
    return {
      admitted: true as const,
      guess: {
        subject,
        factor,
        locksForSeconds: after.locked ? after.retryAfterSeconds : null,
        attemptsLeftIfWrong: after.locked ? 0 : after.attemptsLeft,
      },
    };
  });
}

/** The guess was right: the consecutive count starts again, and the guess is not charged. */
export function refundGuess(deps: CoreDeps, guess: AdmittedGuess): void {
  const now = deps.clock.now();
  const state = deps.store.getGuessState(guess.subject, guess.factor);
  if (state === undefined) return;
  const allowance = Math.min(deps.config.guessAllowance.burst, refilled(deps, state, now) + 1);
  deps.store.putGuessState(guess.subject, guess.factor, { consecutiveFailures: 0, lockedUntil: null, allowance, allowanceAt: now });
}

/** A new authenticator starts without a wait; the day's allowance is kept. */
export function clearConsecutiveFailures(deps: CoreDeps, subject: string, factor: GuessFactor): void {
  const state = deps.store.getGuessState(subject, factor);
  if (state !== undefined) deps.store.putGuessState(subject, factor, { ...state, consecutiveFailures: 0, lockedUntil: null });
}

/**
 * When guessing at `subject`'s `factor` opens again, if it is shut now (a wait after wrong guesses,
 * or the day's allowance spent); null when a guess would be admitted. Reads only: nothing is charged.
 */
export function guessingShutUntil(deps: CoreDeps, subject: string, factor: GuessFactor): number | null {
  const now = deps.clock.now();
  const state = deps.store.getGuessState(subject, factor);
  if (state === undefined) return null;
  if (lockStatus(state, policyFor(deps, factor), now).locked) return state.lockedUntil;
  const allowance = refilled(deps, state, now);
  if (allowance >= 1) return null;
  const { burst, perDay } = deps.config.guessAllowance;
  return now + Math.ceil(((1 - allowance) * DAY_MS) / (perDay - burst));
}
