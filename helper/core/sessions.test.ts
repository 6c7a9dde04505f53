import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestHelper, type HelperFixture } from '../../test/support/helper-fixture.js';
import { ctx } from '../../test/support/sign-in.js';
import { DEMO_PASSWORD } from '../personas.js';
import { hashToken } from './tokens.js';
import { TOUCH_EVERY_MS } from './sessions.js';

let fx: HelperFixture;
beforeEach(async () => { fx = await openTestHelper(); });
afterEach(() => { fx.cleanup(); });

const IDLE_MS = 30 * 60_000;

async function signedIn(): Promise<string> {
  // Jane has MFA off: the password alone signs her in.
  const result = await fx.helper.core.signInWithPassword(ctx, { username: '999JSMITH01', password: DEMO_PASSWORD });
  if (!result.ok || result.value.next !== 'signed-in') throw new Error('Jane should be signed in');
  return result.value.sessionId;
}

const lastSeen = (sessionId: string) => fx.helper.store.findSessionByIdHash(hashToken(sessionId))?.lastSeenAt;

describe('a session in use', () => {
  it('stays alive while used, and ends 30 idle minutes after its last use', async () => {
    const sessionId = await signedIn();
    for (let i = 0; i < 6; i++) {
      fx.clock.advance(IDLE_MS - 1);
      expect(fx.helper.core.signedIn(sessionId)).toBe(true);
    }
    fx.clock.advance(IDLE_MS);
    expect(fx.helper.core.signedIn(sessionId)).toBe(false);
  });

  it('is written as seen at most once a second, so it can end up to a second early but never late', async () => {
    const sessionId = await signedIn();
    const start = fx.clock.now();
    fx.clock.advance(TOUCH_EVERY_MS - 1);
    expect(fx.helper.core.signedIn(sessionId)).toBe(true);
    expect(lastSeen(sessionId)).toBe(start);
    fx.clock.advance(1);
    expect(fx.helper.core.signedIn(sessionId)).toBe(true);
    expect(lastSeen(sessionId)).toBe(start + TOUCH_EVERY_MS);
    fx.clock.advance(TOUCH_EVERY_MS - 1);
    expect(fx.helper.core.signedIn(sessionId)).toBe(true);
    // Last used at start + 2 s - 1 ms, last written at start + 1 s: it ends 30 minutes after the write.
    fx.clock.set(start + TOUCH_EVERY_MS + IDLE_MS);
    expect(fx.helper.core.signedIn(sessionId)).toBe(false);
  });

  it('is written again at once when its last-seen time is ahead of the clock', async () => {
    const sessionId = await signedIn();
    const start = fx.clock.now();
    fx.clock.set(start - 10_000);
    expect(fx.helper.core.signedIn(sessionId)).toBe(true);
    expect(lastSeen(sessionId)).toBe(start - 10_000);
  });
});
