import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestHelper, TEST_SCRYPT_COST, type HelperFixture } from '../../test/support/helper-fixture.js';
import { DEMO_PASSWORD } from '../personas.js';
import { hashPassword } from './password-hash.js';
import { codeNow, ctx, passwordSignIn, pendingSignIn, sessionRecord } from '../../test/support/sign-in.js';

describe('password sign-in', () => {
  let fx: HelperFixture;
  beforeEach(async () => { fx = await openTestHelper(); });
  afterEach(() => { fx.cleanup(); });

  it('signs Jane (MFA off) straight in', async () => {
    const signIn = await passwordSignIn(fx.helper, '999jsmith01');
    expect(signIn.next).toBe('signed-in');
    expect(signIn.session).toMatchObject({ username: '999JSMITH01', state: 'signed-in' });
  });

  it('asks Amir (MFA on) for a code, with a pending session only', async () => {
    const signIn = await pendingSignIn(fx.helper, '999AKHAN01');
    expect(signIn.session.state).toBe('mfa-pending');
    expect(signIn.challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('gives the same answer for an unknown username as for a wrong password', async () => {
    const core = fx.helper.core;
    const wrongPassword = await core.signInWithPassword(ctx, { username: '999JSMITH01', password: 'Wrong1pass' });
    const unknownUser = await core.signInWithPassword(ctx, { username: '999NOBODY01', password: 'Wrong1pass' });
    expect(wrongPassword).toEqual({ ok: false, error: { code: 'invalid-credentials' } });
    expect(unknownUser).toEqual(wrongPassword);
  });

  it('locks after five wrong passwords with growing waits, for real and unknown usernames alike', async () => {
    const core = fx.helper.core;
    for (const username of ['999JSMITH01', '999NOBODY01']) {
      const results = [];
      for (let i = 0; i < 5; i++) results.push(await core.signInWithPassword(ctx, { username, password: 'Wrong1pass' }));
      expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['invalid-credentials', 'invalid-credentials', 'invalid-credentials', 'invalid-credentials', 'account-locked']);
      // Even the right password is refused while locked.
      expect(await core.signInWithPassword(ctx, { username, password: 'Training26' })).toEqual({ ok: false, error: { code: 'account-locked', retryAfterSeconds: 60 } });
    }
    fx.clock.advance(60_000);
    expect(await core.signInWithPassword(ctx, { username: '999JSMITH01', password: 'Wrong1pass' })).toEqual({ ok: false, error: { code: 'account-locked', retryAfterSeconds: 120 } });
    fx.clock.advance(120_000);
    expect((await passwordSignIn(fx.helper, '999JSMITH01')).next).toBe('signed-in');
    const events = fx.helper.store.listAudit({ username: '999JSMITH01', limit: 50 }).map((e) => e.event);
    expect(events.filter((e) => e === 'password-lockout')).toHaveLength(2);
    expect(events).toContain('sign-in-refused-locked');
  });
});

describe('the code step of sign-in', () => {
  let fx: HelperFixture;
  let secret: string;
  beforeEach(async () => {
    fx = await openTestHelper();
    secret = fx.helper.demoSecrets().get('999AKHAN01')!;
  });
  afterEach(() => { fx.cleanup(); });

  it('a right code satisfies the challenge; completing it issues a new signed-in session and ends the pending one', async () => {
    const core = fx.helper.core;
    const { challenge, sessionId } = await pendingSignIn(fx.helper, '999AKHAN01');
    expect(core.verifyChallenge(ctx, sessionId, { challenge, code: codeNow(secret, fx.clock) })).toEqual({ ok: true, value: { verified: true } });
    const completed = core.completeSignIn(ctx, sessionId, challenge);
    if (!completed.ok) throw new Error(completed.error.code);
    expect(completed.value.sessionId).not.toBe(sessionId);
    expect(sessionRecord(fx.helper, sessionId)).toBeUndefined();
    expect(sessionRecord(fx.helper, completed.value.sessionId)).toMatchObject({ state: 'signed-in', username: '999AKHAN01' });
    // The challenge is single use.
    expect(core.completeSignIn(ctx, sessionId, challenge)).toEqual({ ok: false, error: { code: 'challenge-not-found' } });
  });

  it('without a satisfied challenge, completing is refused', async () => {
    const { sessionId, challenge } = await pendingSignIn(fx.helper, '999AKHAN01');
    expect(fx.helper.core.completeSignIn(ctx, sessionId, challenge)).toEqual({ ok: false, error: { code: 'challenge-not-found' } });
  });

  it('accepts a code once: its replay on the next sign-in is refused and recorded', async () => {
    const core = fx.helper.core;
    const code = codeNow(secret, fx.clock);
    const first = await pendingSignIn(fx.helper, '999AKHAN01');
    expect(core.verifyChallenge(ctx, first.sessionId, { challenge: first.challenge, code }).ok).toBe(true);
    const second = await pendingSignIn(fx.helper, '999AKHAN01');
    expect(core.verifyChallenge(ctx, second.sessionId, { challenge: second.challenge, code })).toEqual({ ok: false, error: { code: 'code-already-used' } });
    expect(fx.helper.store.listAudit({ username: '999AKHAN01', limit: 5 }).map((e) => e.event)).toContain('mfa-code-replayed');
    fx.clock.advance(30_000);
    expect(core.verifyChallenge(ctx, second.sessionId, { challenge: second.challenge, code: codeNow(secret, fx.clock) }).ok).toBe(true);
  });

  it('counts wrong codes down, then locks MFA sign-in with growing waits', async () => {
    const core = fx.helper.core;
    const { sessionId, challenge } = await pendingSignIn(fx.helper, '999AKHAN01');
    const wrong = codeNow(secret, fx.clock, 5);
    const outcomes = [1, 2, 3, 4, 5].map(() => core.verifyChallenge(ctx, sessionId, { challenge, code: wrong }));
    expect(outcomes).toEqual([
      ...[4, 3, 2, 1].map((attemptsLeft) => ({ ok: false, error: { code: 'invalid-code', attemptsLeft } })),
      { ok: false, error: { code: 'mfa-locked', retryAfterSeconds: 30 } },
    ]);
    // Locked: even the right code is refused until the wait is over.
    expect(core.verifyChallenge(ctx, sessionId, { challenge, code: codeNow(secret, fx.clock) })).toEqual({ ok: false, error: { code: 'mfa-locked', retryAfterSeconds: 30 } });
    fx.clock.advance(30_000);
    expect(core.verifyChallenge(ctx, sessionId, { challenge, code: wrong })).toEqual({ ok: false, error: { code: 'mfa-locked', retryAfterSeconds: 60 } });
    fx.clock.advance(60_000);
    expect(core.verifyChallenge(ctx, sessionId, { challenge, code: codeNow(secret, fx.clock) }).ok).toBe(true);
    // Success resets the count.
    expect(fx.helper.store.getGuessState('999AKHAN01', 'code')).toMatchObject({ consecutiveFailures: 0, lockedUntil: null });
  });

  it('expires the challenge after five minutes', async () => {
    const core = fx.helper.core;
    const { sessionId, challenge } = await pendingSignIn(fx.helper, '999AKHAN01');
    fx.clock.advance(5 * 60_000);
    const stillPending = sessionRecord(fx.helper, (await pendingSignIn(fx.helper, '999RPATEL01')).sessionId);
    expect(stillPending?.username).toBe('999RPATEL01');
    expect(core.verifyChallenge(ctx, sessionId, { challenge, code: codeNow(secret, fx.clock) })).toEqual({ ok: false, error: { code: 'challenge-expired' } });
  });

  it("refuses another session's challenge, even with a right code", async () => {
    const core = fx.helper.core;
    const victim = await pendingSignIn(fx.helper, '999AKHAN01');
    const attacker = await pendingSignIn(fx.helper, '999AKHAN01');
    expect(core.verifyChallenge(ctx, attacker.sessionId, { challenge: victim.challenge, code: codeNow(secret, fx.clock) })).toEqual({ ok: false, error: { code: 'challenge-not-found' } });
    expect(core.verifyChallenge(ctx, undefined, { challenge: victim.challenge, code: codeNow(secret, fx.clock) })).toEqual({ ok: false, error: { code: 'challenge-not-found' } });
  });

  it('records every step in the audit trail', async () => {
    const core = fx.helper.core;
    const { sessionId, challenge } = await pendingSignIn(fx.helper, '999AKHAN01');
    core.verifyChallenge(ctx, sessionId, { challenge, code: codeNow(secret, fx.clock, 3) });
    core.verifyChallenge(ctx, sessionId, { challenge, code: codeNow(secret, fx.clock) });
    core.completeSignIn(ctx, sessionId, challenge);
    const events = fx.helper.store.listAudit({ username: '999AKHAN01', limit: 10 }).map((e) => e.event).reverse();
    expect(events).toEqual(['sign-in-mfa-required', 'mfa-code-wrong', 'sign-in-completed']);
    expect(fx.helper.store.listAudit({ username: '999AKHAN01', limit: 1 })[0]?.ip).toBe('127.0.0.1');
  });
});

describe('a password check that straddles a change to the account', () => {
  let fx: HelperFixture;
  beforeEach(async () => { fx = await openTestHelper(); });
  afterEach(() => { fx.cleanup(); });

  it('attacker: a sign-in whose password check is under way when Sarah turns MFA on must still give a code', async () => {
    const core = fx.helper.core;
    const { sessionId } = await passwordSignIn(fx.helper, '999SGREEN01');
    const started = core.startEnrolment(ctx, sessionId);
    if (!started.ok) throw new Error(started.error.code);
    const attacker = core.signInWithPassword(ctx, { username: '999SGREEN01', password: DEMO_PASSWORD });
    // While the attacker's hash is being checked, Sarah's code turns MFA on.
    expect(core.confirmEnrolment(ctx, sessionId, codeNow(started.value.secret, fx.clock)).ok).toBe(true);
    expect(await attacker).toMatchObject({ ok: true, value: { next: 'mfa-required' } });
  });

  it('attacker: the old password, checked while a reset changes it, does not sign in', async () => {
    const core = fx.helper.core;
    const newHash = await hashPassword('Winter47Ward', fx.helper.deps.random, TEST_SCRYPT_COST);
    const attacker = core.signInWithPassword(ctx, { username: '999JSMITH01', password: DEMO_PASSWORD });
    fx.helper.store.setPasswordHash('999JSMITH01', newHash);
    expect(await attacker).toEqual({ ok: false, error: { code: 'invalid-credentials' } });
  });
});
