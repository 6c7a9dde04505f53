import { expect } from 'vitest';
import type { Helper } from '../../helper/app.js';
import { resolveSession } from '../../helper/core/sessions.js';
import type { SessionRecord } from '../../helper/core/store.js';
import { totpCodeAt } from '../../helper/core/totp.js';
import { DEMO_PASSWORD } from '../../helper/personas.js';
import type { FakeClock } from './fake-clock.js';
import type { HelperFixture } from './helper-fixture.js';

export const ctx = { ip: '127.0.0.1' };

/**
 * The live session behind a cookie's value, as the store holds it, for tests that look inside.
 * The core's face takes only the cookie's value; records stay behind it.
 */
export function sessionRecord(helper: Helper, sessionId: string): SessionRecord | undefined {
  return resolveSession(helper.deps, { sessionId });
}

export async function passwordSignIn(helper: Helper, username: string, password = DEMO_PASSWORD) {
  const result = await helper.core.signInWithPassword(ctx, { username, password });
  if (!result.ok) throw new Error(`sign-in failed: ${result.error.code}`);
  const session = sessionRecord(helper, result.value.sessionId);
  expect(session).toBeDefined();
  return { ...result.value, session: session as SessionRecord };
}

/** Signs in a user with MFA on to the point where a code is needed. */
export async function pendingSignIn(helper: Helper, username: string) {
  const signIn = await passwordSignIn(helper, username);
  if (signIn.next !== 'mfa-required') throw new Error('expected a code to be required');
  return signIn;
}

export function codeNow(secret: string, clock: FakeClock, offsetSteps = 0): string {
  return totpCodeAt(secret, clock.now() + offsetSteps * 30_000);
}

/** Jane turns MFA on with a new app, and gets her first recovery codes; the clock moves on a step. */
export async function enrolJane(fx: HelperFixture) {
  const { sessionId } = await passwordSignIn(fx.helper, '999JSMITH01');
  const started = fx.helper.core.startEnrolment(ctx, sessionId);
  if (!started.ok) throw new Error(started.error.code);
  const confirmed = fx.helper.core.confirmEnrolment(ctx, sessionId, codeNow(started.value.secret, fx.clock));
  if (!confirmed.ok) throw new Error(confirmed.error.code);
  fx.clock.advance(30_000);
  return { secret: started.value.secret, codes: confirmed.value.recoveryCodes, sessionId };
}
