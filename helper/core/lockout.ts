/**
 * Throttling of online guessing (NIST SP 800-63B 5.2.2): a few free attempts, then a wait that
 * doubles with every further failure, up to a cap. Consecutive failures only: a success resets.
 */
export interface LockoutPolicy {
  freeAttempts: number;
  firstWaitMs: number;
  maxWaitMs: number;
}

export interface FailureState {
  consecutiveFailures: number;
  lockedUntil: number | null;
}

export const NO_FAILURES: FailureState = { consecutiveFailures: 0, lockedUntil: null };

export type LockStatus = { locked: false; attemptsLeft: number } | { locked: true; retryAfterSeconds: number };

export function lockStatus(state: FailureState, policy: LockoutPolicy, now: number): LockStatus {
  if (state.lockedUntil !== null && state.lockedUntil > now) {
    return { locked: true, retryAfterSeconds: Math.ceil((state.lockedUntil - now) / 1000) };
  }
  return { locked: false, attemptsLeft: Math.max(0, policy.freeAttempts - state.consecutiveFailures) };
}

export function registerFailure(state: FailureState, policy: LockoutPolicy, now: number): FailureState {
  const consecutiveFailures = state.consecutiveFailures + 1;
  const beyondFree = consecutiveFailures - policy.freeAttempts;
  if (beyondFree < 0) return { consecutiveFailures, lockedUntil: null };
  const wait = Math.min(policy.maxWaitMs, policy.firstWaitMs * 2 ** beyondFree);
  return { consecutiveFailures, lockedUntil: now + wait };
}
