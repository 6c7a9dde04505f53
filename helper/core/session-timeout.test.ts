import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestHelper, type HelperFixture } from '../../test/support/helper-fixture.js';
import { passwordSignIn, pendingSignIn } from '../../test/support/sign-in.js';

const MINUTE = 60_000;

describe('the session time-out warning', () => {
  let fx: HelperFixture;
  beforeEach(async () => { fx = await openTestHelper(); });
  afterEach(() => { fx.cleanup(); });

  it('says the time left to the idle time-out, and asking does not count as activity', async () => {
    const { sessionId } = await passwordSignIn(fx.helper, '999JSMITH01');
    fx.clock.advance(27 * MINUTE);
    expect(fx.helper.core.sessionTimeLeft(sessionId)).toEqual({ ok: true, value: { secondsLeft: 180, warnSeconds: 120, extendable: true } });
    fx.clock.advance(2 * MINUTE);
    expect(fx.helper.core.sessionTimeLeft(sessionId)).toMatchObject({ ok: true, value: { secondsLeft: 60 } });
    fx.clock.advance(MINUTE);
    expect(fx.helper.core.sessionTimeLeft(sessionId)).toEqual({ ok: false, error: { code: 'session-expired' } });
  });

  it('"Stay signed in" starts the 30 minutes again', async () => {
    const { sessionId } = await passwordSignIn(fx.helper, '999JSMITH01');
    fx.clock.advance(29 * MINUTE);
    expect(fx.helper.core.extendSession(sessionId)).toMatchObject({ ok: true, value: { secondsLeft: 1800 } });
    fx.clock.advance(29 * MINUTE);
    expect(fx.helper.core.signedIn(sessionId)).toBe(true);
  });

  it('cannot bring an expired session back, and says so', async () => {
    const { sessionId } = await passwordSignIn(fx.helper, '999JSMITH01');
    fx.clock.advance(30 * MINUTE);
    expect(fx.helper.core.extendSession(sessionId)).toEqual({ ok: false, error: { code: 'session-expired' } });
    // Gone for good: asking again finds nothing, and the portal does not let it in.
    expect(fx.helper.core.extendSession(sessionId)).toEqual({ ok: false, error: { code: 'not-signed-in' } });
    expect(fx.helper.core.signedIn(sessionId)).toBe(false);
  });

  it('does nothing for a half signed-in session (password only) or no session', async () => {
    const { sessionId } = await pendingSignIn(fx.helper, '999AKHAN01');
    expect(fx.helper.core.extendSession(sessionId)).toEqual({ ok: false, error: { code: 'not-signed-in' } });
    expect(fx.helper.core.sessionTimeLeft(sessionId)).toEqual({ ok: false, error: { code: 'not-signed-in' } });
    expect(fx.helper.core.extendSession(undefined)).toEqual({ ok: false, error: { code: 'not-signed-in' } });
    expect(fx.helper.core.extendSession('not-a-session')).toEqual({ ok: false, error: { code: 'not-signed-in' } });
  });

  it('near the 12-hour limit, which nothing extends, says staying is not possible', async () => {
    const { sessionId } = await passwordSignIn(fx.helper, '999JSMITH01');
    for (let i = 0; i < 23; i++) {
      fx.clock.advance(29 * MINUTE);
      expect(fx.helper.core.extendSession(sessionId).ok).toBe(true);
    }
    // 667 minutes in: 53 minutes to the hard limit, so the idle time-out still comes first.
    fx.clock.advance(52 * MINUTE - 29 * MINUTE);
    expect(fx.helper.core.extendSession(sessionId)).toMatchObject({ ok: true, value: { secondsLeft: 1800, extendable: true } });
    fx.clock.advance(29 * MINUTE);
    expect(fx.helper.core.sessionTimeLeft(sessionId)).toEqual({ ok: true, value: { secondsLeft: 60, warnSeconds: 120, extendable: false } });
  });
});
