import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API_PATHS } from '../../shared/api.js';
import type { ClockView, PersonState, PhoneView } from '../../helper/console/contract.js';
import { CONSOLE_PATHS } from '../../helper/console/contract.js';
import { totpCodeAt } from '../../helper/core/totp.js';
import { startConsoleTestServer, type ConsoleFixture } from '../support/console-fixture.js';
import { makeDeviceKey } from '../support/device-key.js';
import { challengeIn, type PortalClient } from '../support/http-client.js';
import { postLogin, signInOverHttp } from '../support/http-sign-in.js';
import { readMailboxOf } from '../support/mailbox.js';

/**
 * The trainer's training clock, over HTTP on the real store: every time-based decision follows it,
 * the portal says when it is moved, and going back to real time leaves nothing broken. `fx.clock`
 * is real time (the fake clock underneath); `fx.helper.clock` is the portal's (training) time.
 */
let fx: ConsoleFixture;
beforeEach(async () => { fx = await startConsoleTestServer(); });
afterEach(async () => { await fx.stop(); });

const AMIR = '999AKHAN01';
const RAVI = '999RPATEL01';
const MINUTE = 60_000;

async function moveClock(seconds: number): Promise<ClockView> {
  const moved = await fx.call('POST', CONSOLE_PATHS.advanceClock, { seconds });
  expect(moved.status).toBe(200);
  return moved.json<ClockView>();
}

async function backToRealTime(): Promise<ClockView> {
  const back = await fx.call('POST', CONSOLE_PATHS.realTime, {});
  expect(back.status).toBe(200);
  return back.json<ClockView>();
}

async function person(username: string): Promise<PersonState> {
  const people = (await fx.call('GET', CONSOLE_PATHS.people)).json<{ people: PersonState[] }>().people;
  const found = people.find((p) => p.username === username);
  if (found === undefined) throw new Error(`no ${username}`);
  return found;
}

const demoKey = (username: string) => fx.helper.demoSecrets().get(username)!;
/** The code a phone shows at the portal's time (the training phone) or at real time (a real phone). */
const portalCode = (username: string) => totpCodeAt(demoKey(username), fx.helper.clock.now());
const realCode = (username: string) => totpCodeAt(demoKey(username), fx.clock.now());

/** Password, then the code through the API, as the extension does; the verify answer. */
async function signInWithCode(client: PortalClient, username: string, code: string) {
  expect((await postLogin(client, username)).headers.location).toBe('/login/verify');
  const challenge = challengeIn((await client.get('/login/verify')).body);
  const verified = await client.api(API_PATHS.challengeVerify, { challenge, code });
  if (verified.status === 200) await client.postForm('/login/complete', { challenge });
  return verified;
}

/** Ravi signs in and steps up with the codes the training phone shows (the portal's time), a step apart. */
async function steppedUpRavi(): Promise<PortalClient> {
  const client = fx.client();
  expect((await signInWithCode(client, RAVI, portalCode(RAVI))).status).toBe(200);
  fx.clock.advance(30_000);
  expect((await client.api(API_PATHS.stepUpVerify, { code: portalCode(RAVI) })).status).toBe(200);
  expect((await client.get('/manager')).status).toBe(200);
  return client;
}

describe('every time-based decision follows the training clock', () => {
  it('moving it 16 minutes makes a manager\'s step-up stale', async () => {
    const ravi = await steppedUpRavi();
    await moveClock(14 * 60);
    expect((await ravi.get('/manager')).status).toBe(200);
    await moveClock(2 * 60);
    expect((await ravi.get('/manager')).headers.location).toBe('/step-up');
  });

  it('moving it 31 days makes a remembered browser ask for a code again', async () => {
    const key = await makeDeviceKey();
    await signInOverHttp(fx, AMIR, { key, rememberDevice: true });
    expect((await postLogin(fx.client(), AMIR, { key })).headers.location).toBe('/portal');
    await moveClock(29 * 24 * 60 * 60);
    expect((await postLogin(fx.client(), AMIR, { key })).headers.location).toBe('/portal');
    await moveClock(2 * 24 * 60 * 60);
    expect((await postLogin(fx.client(), AMIR, { key })).headers.location).toBe('/login/verify');
  });

  it('moving it 31 minutes ends an idle session', async () => {
    const { client: jane } = await signInOverHttp(fx, '999JSMITH01');
    await moveClock(29 * 60);
    expect((await jane.get('/portal')).status).toBe(200);
    await moveClock(31 * 60);
    expect((await jane.get('/portal')).headers.location).toBe('/login');
  });

  it('a code from the moved time is accepted, and the real-time code (a real phone\'s) is not', async () => {
    await moveClock(24 * 60 * 60);
    const amir = fx.client();
    const refused = await signInWithCode(amir, AMIR, realCode(AMIR));
    expect(refused.json()).toMatchObject({ error: { code: 'invalid-code' } });
    const challenge = challengeIn((await amir.get('/login/verify')).body);
    expect((await amir.api(API_PATHS.challengeVerify, { challenge, code: portalCode(AMIR) })).json()).toEqual({ verified: true });
  });

  it('the training phone shows the moved time\'s code, and it signs Amir in', async () => {
    await moveClock(3 * 60 * 60);
    const phone = (await fx.call('GET', CONSOLE_PATHS.phone)).json<PhoneView>();
    const amirsCode = phone.accounts.find((account) => account.accountName === AMIR)?.code;
    expect(amirsCode).toBe(portalCode(AMIR));
    expect(amirsCode).not.toBe(realCode(AMIR));
    expect((await signInWithCode(fx.client(), AMIR, amirsCode!)).json()).toEqual({ verified: true });
  });

  it('emails are dated at the portal\'s time', async () => {
    await moveClock(24 * 60 * 60);
    await fx.call('POST', CONSOLE_PATHS.runScenario('amir-phone-lost'), {});
    const [email] = fx.helper.store.listOutbox({ username: AMIR, limit: 1 });
    expect(email?.at).toBe(fx.helper.clock.now());
  });
});

describe('the portal says when its time is moved', () => {
  it('shows the banner on every page while moved, with how far ahead and the portal\'s time, and none at real time', async () => {
    const pages = async (jane: PortalClient) => [
      (await fx.client().get('/login')).body,
      (await jane.get('/portal')).body,
      (await jane.get('/account/activity')).body,
      (await fx.client().get('/forgotten-password')).body,
      (await fx.client().get('/demo/mailbox')).body,
      (await fx.client().get('/no-such-page')).body,
    ];
    const jane = async () => (await signInOverHttp(fx, '999JSMITH01')).client;
    for (const page of await pages(await jane())) expect(page).not.toContain('data-esr-training-clock');

    // Real time is Saturday 28 November 2026, 09:00 (the fake clock underneath).
    await moveClock(26 * 60 * 60);
    for (const page of await pages(await jane())) {
      expect(page).toContain('data-esr-training-clock="93600"');
      expect(page).toContain("Training clock: the portal&#39;s time is 1 day 2 hours ahead of real time (Sunday 29 November 2026, 11:00). Codes on a real phone will not match; use the training phone.");
    }
    expect((await readMailboxOf(fx.port, '999JSMITH01')).body).toContain('data-esr-training-clock');

    await backToRealTime();
    for (const page of await pages(await jane())) expect(page).not.toContain('data-esr-training-clock');
  });
});

describe('back to real time leaves nothing broken', () => {
  it('a code step used in the moved future does not make real-time codes replays', async () => {
    await moveClock(24 * 60 * 60);
    expect((await signInWithCode(fx.client(), AMIR, portalCode(AMIR))).json()).toEqual({ verified: true });
    const view = await backToRealTime();
    expect(view).toMatchObject({ moved: false, offsetMs: 0 });
    expect(view.now).toBe(fx.clock.now());
    // At once, with the code a real phone shows now.
    expect((await signInWithCode(fx.client(), AMIR, realCode(AMIR))).json()).toEqual({ verified: true });
    // And each code still works once only.
    expect((await signInWithCode(fx.client(), AMIR, realCode(AMIR))).json()).toMatchObject({ error: { code: 'code-already-used' } });
  });

  it('a lockout started in the moved time keeps only the wait it had left, not a day more', async () => {
    await moveClock(24 * 60 * 60);
    await fx.call('POST', CONSOLE_PATHS.runScenario('amir-locked-out'), {});
    const lockedAhead = (await person(AMIR)).lockedUntil.code!;
    expect(lockedAhead - fx.helper.clock.now()).toBe(4 * MINUTE);
    await backToRealTime();
    const lockedNow = (await person(AMIR)).lockedUntil.code!;
    expect(lockedNow - fx.clock.now()).toBe(4 * MINUTE);
    expect((await signInWithCode(fx.client(), AMIR, realCode(AMIR))).json()).toMatchObject({ error: { code: 'mfa-locked', retryAfterSeconds: 240 } });
    fx.clock.advance(4 * MINUTE);
    expect((await signInWithCode(fx.client(), AMIR, realCode(AMIR))).json()).toEqual({ verified: true });
  });

  it('a browser signed in during the moved time stays signed in, and times out 30 minutes after its last use in real time', async () => {
    await moveClock(24 * 60 * 60);
    const { client: jane } = await signInOverHttp(fx, '999JSMITH01');
    fx.clock.advance(5 * MINUTE);
    await backToRealTime();
    // Read without touching the session: it is live, last used 5 minutes ago.
    expect((await person('999JSMITH01')).liveSessions).toBe(1);
    fx.clock.advance(24 * MINUTE);
    expect((await person('999JSMITH01')).liveSessions).toBe(1);
    fx.clock.advance(2 * MINUTE);
    expect((await person('999JSMITH01')).liveSessions).toBe(0);
    expect((await jane.get('/portal')).headers.location).toBe('/login');
  });

  it('a step-up taken in the moved time keeps the minutes it had left, no more', async () => {
    await moveClock(24 * 60 * 60);
    const ravi = await steppedUpRavi();
    fx.clock.advance(5 * MINUTE);
    await backToRealTime();
    expect((await ravi.get('/manager')).status).toBe(200);
    fx.clock.advance(9 * MINUTE);
    expect((await ravi.get('/manager')).status).toBe(200);
    fx.clock.advance(2 * MINUTE);
    expect((await ravi.get('/manager')).headers.location).toBe('/step-up');
  });

  it('password resets started in the moved time do not use up the hour\'s allowance of real time for a day', async () => {
    await moveClock(24 * 60 * 60);
    const start = () => fx.client().postForm('/forgotten-password', { username: '999JSMITH01', email: 'jane.smith@example.nhs.uk' });
    for (let i = 0; i < 3; i++) expect((await start()).headers.location).toBe('/forgotten-password/email-code');
    expect((await start()).status).toBe(429);
    fx.clock.advance(61 * MINUTE);
    await backToRealTime();
    expect((await start()).headers.location).toBe('/forgotten-password/email-code');
  });
});
