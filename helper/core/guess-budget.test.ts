import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestHelper, type HelperFixture } from '../../test/support/helper-fixture.js';
import { admitGuess, refundGuess, type GuessFactor } from './guess-budget.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

let fx: HelperFixture;
beforeEach(async () => { fx = await openTestHelper(); });
afterEach(() => { fx.cleanup(); });

/**
 * An attacker who guesses wrong the moment they may (plus any pauses they like), while the real
 * person signs in successfully every `personEveryMs`, which clears the consecutive count. A careful
 * attacker stops one short of a wait and lets the person's next sign-in hand out fresh free tries.
 * Returns the times of every wrong guess the helper evaluated.
 */
function attack(factor: GuessFactor, days: number, pauses: number[], personEveryMs: number, careful = false): number[] {
  const deps = fx.helper.deps;
  const start = fx.clock.now();
  const evaluated: number[] = [];
  let nextPerson = start + personEveryMs;
  for (let i = 0; fx.clock.now() - start < days * DAY; i++) {
    if (fx.clock.now() >= nextPerson) {
      const person = admitGuess(deps, 'X', factor);
      if (person.admitted) refundGuess(deps, person.guess);
      nextPerson += personEveryMs;
    }
    const admission = admitGuess(deps, 'X', factor);
    if (admission.admitted) evaluated.push(fx.clock.now());
    else expect(admission.retryAfterSeconds).toBeLessThanOrEqual(3600);
    if (careful && admission.admitted && admission.guess.attemptsLeftIfWrong <= 1) {
      fx.clock.advance(nextPerson - fx.clock.now());
      continue;
    }
    fx.clock.advance(admission.admitted ? (pauses[i % pauses.length] ?? 0) : Math.min(admission.retryAfterSeconds * 1000, Math.max(1000, nextPerson - fx.clock.now())));
  }
  return evaluated;
}

function mostInAnyDay(times: number[]): number {
  let most = 0;
  for (let first = 0, last = 0; last < times.length; last++) {
    while ((times[last] ?? 0) - (times[first] ?? 0) >= DAY) first++;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

describe('the guessing bound (NIST SP 800-63B 5.2.2)', () => {
  it.each<GuessFactor>(['password', 'code'])('evaluates at most 100 wrong %s guesses in any 24 hours, even when the real person keeps signing in', (factor) => {
    const evaluated = attack(factor, 3, [0], 10 * MINUTE, true);
    expect(mostInAnyDay(evaluated)).toBeLessThanOrEqual(100);
    // The bound bites: without it, each of the person's sign-ins would hand out 4 fresh tries (576 a day).
    expect(mostInAnyDay(evaluated)).toBeGreaterThan(90);
  });

  it('no pattern of pauses gets more than 100 wrong guesses into a day, and no wait is over an hour', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 * MINUTE }), { minLength: 1, maxLength: 20 }), fc.integer({ min: MINUTE, max: 6 * 60 * MINUTE }), (pauses, personEvery) => {
        expect(mostInAnyDay(attack('code', 2, pauses, personEvery))).toBeLessThanOrEqual(100);
      }),
      { numRuns: 15 },
    );
  });

  it('a burst sent at once is charged before any is judged: only the five free guesses are let through', () => {
    const deps = fx.helper.deps;
    const burst = Array.from({ length: 20 }, () => admitGuess(deps, '999JSMITH01', 'password'));
    expect(burst.filter((a) => a.admitted)).toHaveLength(5);
    expect(burst.slice(5).every((a) => !a.admitted && a.retryAfterSeconds <= 3600)).toBe(true);
  });
});
