import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestHelper, type HelperFixture } from '../../test/support/helper-fixture.js';
import { makeDeviceKey } from '../../test/support/device-key.js';
import { codeNow, ctx } from '../../test/support/sign-in.js';
import { DEMO_PASSWORD } from '../personas.js';
import { verifyDeviceProof } from './devices.js';

let fx: HelperFixture;
beforeEach(async () => { fx = await openTestHelper(); });
afterEach(() => { fx.cleanup(); });

type Key = Awaited<ReturnType<typeof makeDeviceKey>>;

async function signIn(username: string, key: Key | null, location = 'Leeds, UK', rememberDevice = false) {
  const core = fx.helper.core;
  const device = key === null ? null : await key.prove(core.loginForm().deviceNonce);
  const result = await core.signInWithPassword(ctx, { username, password: DEMO_PASSWORD, device, deviceLabel: 'Firefox on Linux', location });
  if (!result.ok) throw new Error(result.error.code);
  if (result.value.next === 'signed-in') return { next: 'signed-in' as const, sessionId: result.value.sessionId };
  const session = result.value.sessionId;
  const secret = fx.helper.demoSecrets().get(username) ?? '';
  fx.clock.advance(30_000);
  const verified = core.verifyChallenge(ctx, session, { challenge: result.value.challenge, code: codeNow(secret, fx.clock), rememberDevice });
  if (!verified.ok) throw new Error(verified.error.code);
  const done = core.completeSignIn(ctx, session, result.value.challenge);
  if (!done.ok) throw new Error(done.error.code);
  return { next: 'code-needed' as const, sessionId: done.value.sessionId };
}

describe('device proofs', () => {
  it('name the device by its key, once per nonce', async () => {
    const key = await makeDeviceKey();
    const deps = fx.helper.deps;
    const proof = await key.prove(fx.helper.core.loginForm().deviceNonce);
    const thumbprint = verifyDeviceProof(deps, proof);
    expect(thumbprint).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(verifyDeviceProof(deps, proof)).toBeNull();
    const again = await key.prove(fx.helper.core.loginForm().deviceNonce);
    expect(verifyDeviceProof(deps, again)).toBe(thumbprint);
  });

  it('are refused for a nonce the helper never gave, an expired one, or a signature by another key', async () => {
    const [key, other] = await Promise.all([makeDeviceKey(), makeDeviceKey()]);
    const deps = fx.helper.deps;
    expect(verifyDeviceProof(deps, await key.prove('N'.repeat(43)))).toBeNull();
    const old = await key.prove(fx.helper.core.loginForm().deviceNonce);
    fx.clock.advance(10 * 60_000);
    expect(verifyDeviceProof(deps, old)).toBeNull();
    const real = await key.prove(fx.helper.core.loginForm().deviceNonce);
    const forged = { ...(await other.prove(real.nonce)), publicKey: real.publicKey };
    expect(verifyDeviceProof(deps, forged)).toBeNull();
  });
});

describe('unusual sign-ins', () => {
  it('a first sign-in from a device is risky and the user is told; the next one from it is not', async () => {
    const key = await makeDeviceKey();
    const first = await signIn('999JSMITH01', key);
    expect(fx.helper.core.status(first.sessionId).session).toMatchObject({ signIn: { risk: ['new-device'] } });
    expect(fx.helper.store.listOutbox({ username: '999JSMITH01', limit: 1 })[0]?.subject).toBe('A sign-in to ESR from a new device');
    const second = await signIn('999JSMITH01', key);
    expect(fx.helper.core.status(second.sessionId).session).toMatchObject({ signIn: { risk: [] } });
  });

  it('a place never signed in from is unusual until a sign-in from there completes', async () => {
    const key = await makeDeviceKey();
    await signIn('999JSMITH01', key);
    const abroad = await signIn('999JSMITH01', key, 'Lagos, Nigeria');
    expect(fx.helper.core.status(abroad.sessionId).session).toMatchObject({ signIn: { risk: ['unusual-location'] } });
    const again = await signIn('999JSMITH01', key, 'Lagos, Nigeria');
    expect(fx.helper.core.status(again.sessionId).session).toMatchObject({ signIn: { risk: [] } });
  });

  it('a remembered device skips the code, but not for a sign-in from an unusual place, and not once forgotten', async () => {
    const key = await makeDeviceKey();
    expect((await signIn('999AKHAN01', key, 'Leeds, UK', true)).next).toBe('code-needed');
    const remembered = await signIn('999AKHAN01', key);
    expect(remembered.next).toBe('signed-in');
    expect((await signIn('999AKHAN01', key, 'London, UK')).next).toBe('code-needed');
    expect((await signIn('999AKHAN01', await makeDeviceKey())).next).toBe('code-needed');
    expect((await signIn('999AKHAN01', null)).next).toBe('code-needed');

    const session = remembered.sessionId;
    const activity = fx.helper.core.activityPage(session);
    const thumbprint = activity.ok ? activity.value.rememberedDevices[0]?.thumbprint : undefined;
    expect(fx.helper.core.forgetDevice(ctx, session, thumbprint ?? '')).toEqual({ ok: true, value: { forgotten: true } });
    expect((await signIn('999AKHAN01', key)).next).toBe('code-needed');
  });

  it('remembering lasts 30 days', async () => {
    const key = await makeDeviceKey();
    await signIn('999AKHAN01', key, 'Leeds, UK', true);
    fx.clock.advance(29 * 24 * 3_600_000);
    expect((await signIn('999AKHAN01', key)).next).toBe('signed-in');
    fx.clock.advance(2 * 24 * 3_600_000);
    expect((await signIn('999AKHAN01', key)).next).toBe('code-needed');
  });

  it('the history shows each sign-in with its device, place and outcome', async () => {
    const key = await makeDeviceKey();
    await fx.helper.core.signInWithPassword(ctx, { username: '999JSMITH01', password: 'Wrong1pass', deviceLabel: 'Chrome on Windows', location: 'London, UK' });
    const done = await signIn('999JSMITH01', key);
    const activity = fx.helper.core.activityPage(done.sessionId);
    if (!activity.ok) throw new Error('no activity');
    expect(activity.value.signIns.map((e) => [e.outcome, e.deviceLabel, e.location, e.risk])).toEqual([
      ['signed-in', 'Firefox on Linux', 'Leeds, UK', ['new-device']],
      ['wrong-password', 'Chrome on Windows', 'London, UK', ['new-device', 'unusual-location']],
    ]);
  });
});
