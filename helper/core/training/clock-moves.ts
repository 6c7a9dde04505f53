import { REMEMBER_DEVICE_DAYS } from '../../../shared/device.js';
import type { ClockView } from '../../console/contract.js';
import { audit, type RequestContext } from '../audit.js';
import { SETUP_CODE_LIFETIME_MS } from '../authenticator-reset.js';
import { NONCE_LIFETIME_MS } from '../devices.js';
import { LOOK_AROUND_STEPS, timeStepAt } from '../totp.js';
import type { TrainingDeps } from './deps.js';

const DAY_MS = 24 * 60 * 60_000;

export function clockView(deps: TrainingDeps): ClockView {
  const { clock } = deps;
  const realNow = clock.realNow();
  const offsetMs = clock.offsetMs();
  return { now: realNow + offsetMs, realNow, offsetMs, moved: offsetMs > 0 };
}

/** Moves the portal's time forward: everything the core decides with time sees the new time at once. */
export function advanceClock(deps: TrainingDeps, context: RequestContext, seconds: number): ClockView {
  const offsetMs = deps.clock.offsetMs() + seconds * 1000;
  deps.store.transaction(() => {
    audit(deps, context, 'training-clock-moved', null, { aheadSeconds: offsetMs / 1000 });
    // Last in the transaction: the offset in memory changes with it, so nothing may fail after it.
    deps.clock.setOffset(offsetMs);
  });
  return clockView(deps);
}

/**
 * Back to real time. The clock alone cannot simply jump back: while it was ahead, the helper wrote
 * times from the moved future (when a session was last used, when a lockout ends, the last code step
 * used), and a portal that then reads them at real time would refuse real-time codes as replays,
 * keep people locked out for a day, or let a step-up count as fresh for a day.
 *
 * So the moved time is rewound with the clock: every time the helper recorded after real time's
 * now (which only the moved clock can have written, as the clock never runs behind real time) moves
 * back by the offset, and so does every deadline set at that moment, as if it had all happened at
 * the same moment of real time. A lockout started while the clock was ahead keeps the wait it had
 * left; a browser signed in, a step-up taken or a browser remembered during the lesson keeps the
 * minutes (or days) it had left. Something made under an earlier, smaller move is moved back by the
 * whole offset, so it ends sooner rather than later; the error is always that way round.
 *
 * The last code step used, which refuses replays, is the exception: one from the moved future is
 * pulled back to just before the steps a real-time code may use, so the codes on phones work at
 * once. (A code used in real time in the minute before the clock first moved could then be used
 * once more: a training portal's fair price.)
 *
 * The audit trail is append-only and keeps the times it was written with, and emails keep the
 * words they were written with; both are the lesson's history.
 */
export function backToRealTime(deps: TrainingDeps, context: RequestContext): ClockView {
  const offsetMs = deps.clock.offsetMs();
  if (offsetMs === 0) return clockView(deps);
  const realNow = deps.clock.realNow();
  const realStep = timeStepAt(realNow);
  deps.store.transaction(() => {
    deps.store.rewindMovedTime({
      realNow,
      offsetMs,
      // A real-time code can have set the last step used to at most one step ahead (a phone a little fast).
      movedStepAbove: realStep + LOOK_AROUND_STEPS,
      replayFloorStep: realStep - LOOK_AROUND_STEPS - 1,
      lifetimes: { rememberDeviceMs: REMEMBER_DEVICE_DAYS * DAY_MS, deviceNonceMs: NONCE_LIFETIME_MS, setupCodeMs: SETUP_CODE_LIFETIME_MS },
    });
    audit(deps, context, 'training-clock-moved', null, { aheadSeconds: 0, rewoundSeconds: offsetMs / 1000 });
    // Last, so a failure above leaves the clock where it was, with the records it wrote.
    deps.clock.setOffset(0);
  });
  return clockView(deps);
}
