import type { Clock } from '../ports.js';
import type { TrainingStore } from '../store.js';

/**
 * The training clock: the computer's time plus an offset the trainer moves forward, so a class can
 * see a step-up go stale, a remembered browser expire or a session time out without waiting. Every
 * decision the core makes reads `now()`, so all of them follow it. The offset is kept in the
 * database, so restarting the helper keeps the lesson's time, and in memory, so `now()` costs no
 * more than the real clock.
 */
export interface TrainingClock extends Clock {
  /** The computer's own time (the clock this one wraps). */
  realNow(): number;
  /** How far ahead of real time `now()` is: 0 at real time, never negative. */
  offsetMs(): number;
  /** Stores the new offset, then uses it. Moving back to real time is a use case of its own (clock-moves.ts). */
  setOffset(offsetMs: number): void;
}

export function createTrainingClock(base: Clock, store: Pick<TrainingStore, 'readClockOffset' | 'writeClockOffset'>): TrainingClock {
  let offset = store.readClockOffset();
  return {
    now: () => base.now() + offset,
    realNow: () => base.now(),
    offsetMs: () => offset,
    setOffset(offsetMs) {
      if (!Number.isSafeInteger(offsetMs) || offsetMs < 0) throw new Error(`The training clock's offset must be a whole, non-negative number of milliseconds, not ${offsetMs}`);
      // Stored first: if the write fails, the clock has not moved either.
      store.writeClockOffset(offsetMs);
      offset = offsetMs;
    },
  };
}
