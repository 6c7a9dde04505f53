import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeInLatestEmail } from '../../test/support/emails.js';
import { openTestHelper, type HelperFixture } from '../../test/support/helper-fixture.js';
import { codeNow, ctx, enrolJane, passwordSignIn, pendingSignIn, sessionRecord } from '../../test/support/sign-in.js';

let fx: HelperFixture;
beforeEach(async () => { fx = await openTestHelper(); });
afterEach(() => { fx.cleanup(); });

/** Signs in with a code from `secret`, returning the outcome of the code step. */
async function signInWithCode(username: string, secret: string) {
  const core = fx.helper.core;
  const pending = await pendingSignIn(fx.helper, username);
  fx.clock.advance(30_000);
  return core.verifyChallenge(ctx, pending.sessionId, { challenge: pending.challenge, code: codeNow(secret, fx.clock) });
}

describe('a lost phone, self-service with a recovery code', () => {
  it('revokes the old authenticator at once, ends other sessions, tells the user, and leads into a new set-up with MFA still on', async () => {
    const core = fx.helper.core;
    const { secret, codes } = await enrolJane(fx);
    const elsewhere = await pendingSignIn(fx.helper, '999JSMITH01');
    core.verifyChallenge(ctx, elsewhere.sessionId, { challenge: elsewhere.challenge, code: codeNow(secret, fx.clock) });
    const other = core.completeSignIn(ctx, elsewhere.sessionId, elsewhere.challenge);
    if (!other.ok) throw new Error('other sign-in failed');

    const pending = await pendingSignIn(fx.helper, '999JSMITH01');
    expect(core.verifyChallenge(ctx, pending.sessionId, { challenge: pending.challenge, recoveryCode: codes[0]!, replaceAuthenticator: true })).toMatchObject({ ok: true });
    const done = core.completeSignIn(ctx, pending.sessionId, pending.challenge);
    if (!done.ok) throw new Error(done.error.code);
    const session = done.value.sessionId;

    expect(sessionRecord(fx.helper, other.value.sessionId)).toBeUndefined();
    expect(core.status(session).session).toMatchObject({ mfa: { enabled: true, reenrolmentRequired: true, enrolment: { eligible: true } } });
    expect(fx.helper.store.listOutbox({ username: '999JSMITH01', limit: 3 }).map((m) => m.kind)).toContain('authenticator-reset');
    expect(await signInWithCode('999JSMITH01', secret)).toMatchObject({ ok: false, error: { code: 'invalid-code' } });

    const started = core.startEnrolment(ctx, session);
    if (!started.ok) throw new Error(started.error.code);
    expect(started.value.secret).not.toBe(secret);
    const replaced = core.confirmEnrolment(ctx, session, codeNow(started.value.secret, fx.clock));
    if (!replaced.ok) throw new Error(replaced.error.code);
    expect(core.status(session).session).toMatchObject({ mfa: { enabled: true, reenrolmentRequired: false, recoveryCodesLeft: 10 } });
    expect(fx.helper.store.listOutbox({ username: '999JSMITH01', limit: 1 })[0]?.kind).toBe('authenticator-replaced');
    expect(await signInWithCode('999JSMITH01', started.value.secret)).toMatchObject({ ok: true });
    // The old recovery codes went with the old phone.
    const again = await pendingSignIn(fx.helper, '999JSMITH01');
    expect(core.verifyChallenge(ctx, again.sessionId, { challenge: again.challenge, recoveryCode: codes[1]! }).ok).toBe(false);
  });
});

describe('a lost phone, reset by the helpdesk', () => {
  async function steppedUpRavi() {
    const core = fx.helper.core;
    const ravi = await pendingSignIn(fx.helper, '999RPATEL01');
    const secret = fx.helper.demoSecrets().get('999RPATEL01')!;
    core.verifyChallenge(ctx, ravi.sessionId, { challenge: ravi.challenge, code: codeNow(secret, fx.clock) });
    const done = core.completeSignIn(ctx, ravi.sessionId, ravi.challenge);
    if (!done.ok) throw new Error(done.error.code);
    const session = done.value.sessionId;
    fx.clock.advance(30_000);
    expect(core.stepUp.verify(ctx, session, codeNow(secret, fx.clock)).ok).toBe(true);
    return done.value.sessionId;
  }
  const amir = { username: '999AKHAN01', email: 'amir.khan@example.nhs.uk', dateOfBirth: '1979-11-03' };
  /** What the code step of this pending sign-in asks for, as its page says. */
  const methodAt = (sessionId: string) => {
    const page = fx.helper.core.verifyPage(sessionId);
    return page.ok ? page.value.method : undefined;
  };

  it('after an identity check, revokes the authenticator and emails a one-time set-up code that, with the password, opens the new set-up', async () => {
    const core = fx.helper.core;
    const ravi = await steppedUpRavi();
    const amirSecret = fx.helper.demoSecrets().get('999AKHAN01')!;
    expect(core.helpdeskReset(ctx, ravi, amir)).toEqual({ ok: true, value: { username: '999AKHAN01' } });
    expect(fx.helper.store.listOutbox({ username: '999AKHAN01', kind: 'authenticator-reset', limit: 1 })[0]?.body).toContain('Your ESR administrator reset');

    // The password alone is not enough any more: the code step asks for the set-up code.
    const pending = await pendingSignIn(fx.helper, '999AKHAN01');
    expect(methodAt(pending.sessionId)).toBe('setup-code');
    expect(core.verifyChallenge(ctx, pending.sessionId, { challenge: pending.challenge, setupCode: 'AAAA-BBBB-CCCC-DDDD' })).toMatchObject({ ok: false, error: { code: 'invalid-code' } });
    const code = codeInLatestEmail(fx.helper, '999AKHAN01', 'setup-code');
    expect(core.verifyChallenge(ctx, pending.sessionId, { challenge: pending.challenge, setupCode: code })).toMatchObject({ ok: true });
    const done = core.completeSignIn(ctx, pending.sessionId, pending.challenge);
    if (!done.ok) throw new Error(done.error.code);
    expect(core.status(done.value.sessionId).session).toMatchObject({ mfa: { enabled: true, reenrolmentRequired: true } });
    // Once only; and the old phone's codes fail.
    const again = await pendingSignIn(fx.helper, '999AKHAN01');
    expect(methodAt(again.sessionId)).toBe('app');
    expect(core.verifyChallenge(ctx, again.sessionId, { challenge: again.challenge, setupCode: code })).toMatchObject({ ok: false, error: { code: 'invalid-code' } });
    expect(await signInWithCode('999AKHAN01', amirSecret)).toMatchObject({ ok: false, error: { code: 'invalid-code' } });
  });

  it('the set-up code lapses after 24 hours', async () => {
    const core = fx.helper.core;
    core.helpdeskReset(ctx, await steppedUpRavi(), amir);
    const code = codeInLatestEmail(fx.helper, '999AKHAN01', 'setup-code');
    fx.clock.advance(24 * 60 * 60_000);
    const pending = await pendingSignIn(fx.helper, '999AKHAN01');
    expect(methodAt(pending.sessionId)).toBe('app');
    expect(core.verifyChallenge(ctx, pending.sessionId, { challenge: pending.challenge, setupCode: code })).toMatchObject({ ok: false });
  });

  it('a core user cannot reset their own authenticator through the helpdesk', async () => {
    const ravi = await steppedUpRavi();
    const own = { username: '999rpatel01 ', email: 'RAVI.PATEL@example.nhs.uk', dateOfBirth: '1983-05-30' };
    expect(fx.helper.core.helpdeskReset(ctx, ravi, own)).toEqual({ ok: false, error: { code: 'reset-details-mismatch' } });
    expect(fx.helper.store.findAccount('999RPATEL01')?.reenrolmentRequiredAt).toBeNull();
  });

  it('is refused without a matching identity, to anyone but a core user who has just stepped up, and for users without MFA', async () => {
    const core = fx.helper.core;
    const ravi = await steppedUpRavi();
    expect(core.helpdeskReset(ctx, ravi, { ...amir, dateOfBirth: '1980-01-01' })).toEqual({ ok: false, error: { code: 'reset-details-mismatch' } });
    expect(core.helpdeskReset(ctx, ravi, { username: '999SGREEN01', email: 'sarah.green@example.nhs.uk', dateOfBirth: '1975-09-14' })).toEqual({ ok: false, error: { code: 'mfa-not-on' } });
    const sarah = (await passwordSignIn(fx.helper, '999SGREEN01')).sessionId;
    expect(core.helpdeskReset(ctx, sarah, amir)).toEqual({ ok: false, error: { code: 'not-privileged' } });
    fx.clock.advance(16 * 60_000);
    expect(core.helpdeskReset(ctx, ravi, amir)).toEqual({ ok: false, error: { code: 'step-up-required' } });
    expect(fx.helper.store.findAccount('999AKHAN01')?.reenrolmentRequiredAt).toBeNull();
  });
});

describe('setting up the new phone', () => {
  it('accepts the new phone\'s code even in the same 30 seconds as the last sign-in code', async () => {
    const core = fx.helper.core;
    const { codes, secret } = await enrolJane(fx);
    // A sign-in with the old phone uses up this 30-second step...
    const earlier = await pendingSignIn(fx.helper, '999JSMITH01');
    expect(core.verifyChallenge(ctx, earlier.sessionId, { challenge: earlier.challenge, code: codeNow(secret, fx.clock) }).ok).toBe(true);
    // ...then, in the same step, the phone is reported lost and the new one set up.
    const pending = await pendingSignIn(fx.helper, '999JSMITH01');
    core.verifyChallenge(ctx, pending.sessionId, { challenge: pending.challenge, recoveryCode: codes[0]!, replaceAuthenticator: true });
    const done = core.completeSignIn(ctx, pending.sessionId, pending.challenge);
    if (!done.ok) throw new Error(done.error.code);
    const session = done.value.sessionId;
    const started = core.startEnrolment(ctx, session);
    if (!started.ok) throw new Error(started.error.code);
    expect(core.confirmEnrolment(ctx, session, codeNow(started.value.secret, fx.clock)).ok).toBe(true);
  });
});
