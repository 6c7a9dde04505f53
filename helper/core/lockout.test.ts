import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CORE_CONFIG } from './deps.js';
import { lockStatus, NO_FAILURES, registerFailure, type FailureState, type LockoutPolicy } from './lockout.js';

const policy: LockoutPolicy = DEFAULT_CORE_CONFIG.codeLockout;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function failTimes(count: number, now = 0): FailureState {
  let state = NO_FAILURES;
  for (let i = 0; i < count; i++) state = registerFailure(state, policy, now);
  return state;
}

/** An attacker who guesses again the moment they may (plus any extra pauses): failures in `period`. */
function failuresWithin(period: number, lockout: LockoutPolicy, pauses: number[] = []): number {
  let now = 0;
  let state = NO_FAILURES;
  for (let failures = 0; ; failures++) {
    const status = lockStatus(state, lockout, now);
    if (status.locked) now += status.retryAfterSeconds * 1000;
    now += pauses[failures % Math.max(1, pauses.length)] ?? 0;
    if (now > period) return failures;
    state = registerFailure(state, lockout, now);
  }
}

describe('lockout with growing waits', () => {
  it('counts down the free attempts', () => {
    expect([0, 1, 2, 3, 4].map((n) => lockStatus(failTimes(n), policy, 0))).toEqual(
      [5, 4, 3, 2, 1].map((attemptsLeft) => ({ locked: false, attemptsLeft })),
    );
  });

  it('locks on the fifth wrong code, then doubles the wait each time', () => {
    const waits = [5, 6, 7, 8, 9].map((n) => (failTimes(n, 1_000).lockedUntil ?? 0) - 1_000);
    expect(waits).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
  });

  it('stops growing at an hour, so nobody can be locked out for days', () => {
    expect(failTimes(40, 0).lockedUntil).toBe(HOUR);
  });

  it('tells when to try again, and unlocks when the wait is over', () => {
    const state = failTimes(5, 0);
    expect(lockStatus(state, policy, 10_000)).toEqual({ locked: true, retryAfterSeconds: 20 });
    expect(lockStatus(state, policy, 30_000)).toEqual({ locked: false, attemptsLeft: 0 });
  });

  it('no pattern of pauses gets an attacker more guesses in a day than retrying at once', () => {
    const fastest = failuresWithin(DAY, policy);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3_600_000 }), { minLength: 1, maxLength: 50 }), (pauses) => {
        expect(failuresWithin(DAY, policy, pauses)).toBeLessThanOrEqual(fastest);
      }),
    );
  });
});
