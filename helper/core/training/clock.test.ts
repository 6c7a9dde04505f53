import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestHelper, type HelperFixture } from '../../../test/support/helper-fixture.js';
import { ctx } from '../../../test/support/sign-in.js';
import { FakeClock } from '../../../test/support/fake-clock.js';
import { createTrainingClock } from './clock.js';

describe('the training clock', () => {
  let fx: HelperFixture;
  beforeEach(async () => { fx = await openTestHelper(); });
  afterEach(() => { fx.cleanup(); });

  it('is real time plus the offset, and the core decides on it', () => {
    expect(fx.helper.clock.now()).toBe(fx.clock.now());
    fx.helper.training.clock.advance(ctx, 90);
    expect(fx.helper.clock.now()).toBe(fx.clock.now() + 90_000);
    expect(fx.helper.deps.clock.now()).toBe(fx.clock.now() + 90_000);
    expect(fx.helper.training.clock.view()).toEqual({ now: fx.clock.now() + 90_000, realNow: fx.clock.now(), offsetMs: 90_000, moved: true });
    // Real time goes on underneath.
    fx.clock.advance(1000);
    expect(fx.helper.clock.now()).toBe(fx.clock.now() + 90_000);
  });

  it('keeps the lesson\'s time across a restart', async () => {
    fx.helper.training.clock.advance(ctx, 24 * 60 * 60);
    const reopened = await fx.reopen();
    expect(reopened.clock.offsetMs()).toBe(24 * 60 * 60_000);
    expect(reopened.deps.clock.now()).toBe(fx.clock.now() + 24 * 60 * 60_000);
    reopened.training.clock.backToRealTime(ctx);
    expect((await fx.reopen()).clock.offsetMs()).toBe(0);
  });

  it('reads the offset from memory: now() never touches the database', () => {
    let reads = 0;
    const store = { readClockOffset: () => { reads += 1; return 5000; }, writeClockOffset: () => undefined };
    const clock = createTrainingClock(new FakeClock(1_000_000), store);
    for (let i = 0; i < 1000; i++) clock.now();
    expect(reads).toBe(1);
    expect(clock.now()).toBe(1_005_000);
  });

  it('stores a new offset before using it, and refuses a negative one', () => {
    const written: number[] = [];
    const clock = createTrainingClock(new FakeClock(0), { readClockOffset: () => 0, writeClockOffset: (ms) => { written.push(ms); } });
    clock.setOffset(30_000);
    expect(written).toEqual([30_000]);
    expect(() => { clock.setOffset(-1); }).toThrow();
    expect(clock.offsetMs()).toBe(30_000);
    const failing = createTrainingClock(new FakeClock(0), { readClockOffset: () => 0, writeClockOffset: () => { throw new Error('disk full'); } });
    expect(() => { failing.setOffset(60_000); }).toThrow('disk full');
    expect(failing.offsetMs()).toBe(0);
  });

  it('is audited each time it moves', () => {
    fx.helper.training.clock.advance(ctx, 60);
    fx.helper.training.clock.backToRealTime(ctx);
    const moves = fx.helper.store.listAudit({ limit: 10 }).filter((entry) => entry.event === 'training-clock-moved');
    expect(moves.map((entry) => entry.detail)).toEqual([{ aheadSeconds: 0, rewoundSeconds: 60 }, { aheadSeconds: 60 }]);
  });
});
