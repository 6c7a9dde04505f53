import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API_PATHS } from '../../shared/api.js';
import {
  CameraView,
  CONSOLE_PATHS,
  ConsoleStatus,
  OutboxEmail,
  PersonState,
  PhoneAccount,
  PhoneView,
  type ConsoleError,
} from '../../helper/console/contract.js';
import { totpCodeAt } from '../../helper/core/totp.js';
import { startConsoleTestServer, type ConsoleFixture } from '../support/console-fixture.js';
import { challengeIn, type PortalClient } from '../support/http-client.js';
import { postLogin, signInOverHttp } from '../support/http-sign-in.js';
import { z } from 'zod/mini';

/** The console's JSON API over real HTTP on the real store, each answer parsed with the contract. */
let fx: ConsoleFixture;
beforeEach(async () => { fx = await startConsoleTestServer(); });
afterEach(async () => { await fx.stop(); });

const AMIR = '999AKHAN01';
const JANE = '999JSMITH01';
const People = z.object({ people: z.array(PersonState) });

async function people(): Promise<PersonState[]> {
  return People.parse((await fx.call('GET', CONSOLE_PATHS.people)).json()).people;
}
async function person(username: string): Promise<PersonState> {
  const found = (await people()).find((p) => p.username === username);
  if (found === undefined) throw new Error(`no ${username}`);
  return found;
}
async function phone(): Promise<PhoneView> {
  return PhoneView.parse((await fx.call('GET', CONSOLE_PATHS.phone)).json());
}

/** Jane signs in and opens the guide's QR code step (the extension asks the helper for the pending key). */
async function janeAtTheQrCode(): Promise<{ client: PortalClient; secret: string }> {
  const { client } = await signInOverHttp(fx, JANE);
  const started = await client.api(API_PATHS.enrolmentStart, {});
  expect(started.status).toBe(200);
  return { client, secret: started.json<{ secret: string }>().secret };
}

describe('status', () => {
  it('names the portal and the console, the clock, and the extension once it has called the portal', async () => {
    const before = ConsoleStatus.parse((await fx.call('GET', CONSOLE_PATHS.status)).json());
    expect(before).toEqual({
      portalOrigin: `http://127.0.0.1:${fx.port}`,
      consoleOrigin: fx.consoleOrigin,
      clock: { now: fx.clock.now(), realNow: fx.clock.now(), offsetMs: 0, moved: false },
      extension: null,
    });
    // A page's call is refused, and does not count as the extension.
    await fx.client().api(API_PATHS.status, {}, `http://127.0.0.1:${fx.port}`);
    expect(ConsoleStatus.parse((await fx.call('GET', CONSOLE_PATHS.status)).json()).extension).toBeNull();
    await fx.client().api(API_PATHS.status, {}, 'moz-extension://0c1d2e3f-aaaa-bbbb-cccc-123456789abc');
    expect(ConsoleStatus.parse((await fx.call('GET', CONSOLE_PATHS.status)).json()).extension).toEqual({ origin: 'moz-extension://0c1d2e3f-aaaa-bbbb-cccc-123456789abc', lastSeenAt: fx.clock.now() });
  });
});

describe('people', () => {
  it('lists every persona with where they stand', async () => {
    const all = await people();
    expect(all.map((p) => p.username)).toEqual(['999JSMITH01', '999AKHAN01', '999PJONES01', '999TBROWN01', '999KOKAFOR01', '999DEVANS01', '999SGREEN01', '999RPATEL01', '999GLLOYD01']);
    expect(all.find((p) => p.username === '999GLLOYD01')).toMatchObject({ displayName: 'Gwen Lloyd', jobTitle: 'Nyrs gymunedol', language: 'cy', mfa: { on: false } });
    expect(all.find((p) => p.username === '999JSMITH01')).toMatchObject({ language: 'en' });
    expect(all.find((p) => p.username === '999KOKAFOR01')).toMatchObject({ internetAccess: 'requested', mfa: { on: false }, recoveryCodes: { left: null, knownUnused: [] } });
    expect(all.find((p) => p.username === '999DEVANS01')).toMatchObject({ internetAccess: 'rejected' });
    const amir = all.find((p) => p.username === AMIR)!;
    expect(amir).toMatchObject({ mfa: { on: true }, demoKey: fx.helper.demoSecrets().get(AMIR), recoveryCodes: { left: 10 }, liveSessions: 0, pendingSetUp: false });
    expect(amir.recoveryCodes.knownUnused).toHaveLength(10);
  });

  it('shows live sessions, a set-up in progress, lockouts and remembered browsers as they happen', async () => {
    await janeAtTheQrCode();
    expect(await person(JANE)).toMatchObject({ liveSessions: 1, pendingSetUp: true });
    for (let i = 0; i < 5; i++) await postLogin(fx.client(), JANE, { password: 'Wrong1password' });
    const locked = await person(JANE);
    expect(locked.lockedUntil.password).toBe(fx.helper.clock.now() + 60_000);
    expect(locked.lockedUntil.code).toBeNull();
  });

  it('the Kemi and Daniel personas hear why they cannot set up MFA', async () => {
    for (const [username, reason] of [['999KOKAFOR01', 'internet-access-requested'], ['999DEVANS01', 'internet-access-rejected']] as const) {
      const { client } = await signInOverHttp(fx, username);
      const status = await client.api(API_PATHS.status, {});
      expect(status.json()).toMatchObject({ session: { mfa: { enabled: false, enrolment: { eligible: false, reason } } } });
      expect((await client.api(API_PATHS.enrolmentStart, {})).json()).toMatchObject({ error: { code: 'not-eligible', reason } });
    }
  });
});

describe('reset', () => {
  it('one person, keeping the demo keys: Amir\'s phone keeps working', async () => {
    const key = fx.helper.demoSecrets().get(AMIR)!;
    await signInOverHttp(fx, AMIR);
    const reset = await fx.call('POST', CONSOLE_PATHS.resetPerson(AMIR), {});
    expect(reset.status).toBe(200);
    expect(PersonState.parse(reset.json())).toMatchObject({ username: AMIR, demoKey: key, liveSessions: 0 });
    const { neededCode } = await signInOverHttp(fx, AMIR, { secret: key });
    expect(neededCode).toBe(true);
  });

  it('one person with new keys: the old key stops working, the new one works, the training phone follows', async () => {
    const oldKey = fx.helper.demoSecrets().get(AMIR)!;
    const reset = PersonState.parse((await fx.call('POST', CONSOLE_PATHS.resetPerson(AMIR.toLowerCase()), { newKeys: true })).json());
    expect(reset.demoKey).not.toBe(oldKey);
    const client = fx.client();
    await postLogin(client, AMIR);
    const challenge = challengeIn((await client.get('/login/verify')).body);
    expect((await client.api(API_PATHS.challengeVerify, { challenge, code: totpCodeAt(oldKey, fx.clock.now()) })).json()).toMatchObject({ error: { code: 'invalid-code' } });
    const onPhone = (await phone()).accounts.find((a) => a.accountName === AMIR)!;
    expect(onPhone.code).toBe(totpCodeAt(reset.demoKey!, fx.clock.now()));
    expect((await client.api(API_PATHS.challengeVerify, { challenge, code: onPhone.code })).json()).toEqual({ verified: true });
  });

  it('everyone', async () => {
    await janeAtTheQrCode();
    const reset = People.parse((await fx.call('POST', CONSOLE_PATHS.resetEveryone, {})).json());
    expect(reset.people).toHaveLength(9);
    expect(reset.people.every((p) => p.liveSessions === 0 && !p.pendingSetUp)).toBe(true);
  });

  it('two at once, and many, leave one consistent state (attacker\'s test)', async () => {
    const calls = Array.from({ length: 12 }, (_, i) =>
      i % 3 === 0 ? fx.call('POST', CONSOLE_PATHS.resetEveryone, { newKeys: i % 2 === 0 }) : fx.call('POST', CONSOLE_PATHS.resetPerson(i % 2 === 0 ? AMIR : '999RPATEL01'), { newKeys: i % 4 === 1 }),
    );
    const answers = await Promise.all(calls);
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    const accounts = (await phone()).accounts;
    for (const username of [AMIR, '999RPATEL01']) {
      const state = await person(username);
      const key = fx.helper.demoSecrets().get(username)!;
      // The account's key is the demo key, its codes are the whole demo set, and the phone shows it once.
      expect(state.demoKey).toBe(key);
      expect(state.recoveryCodes).toMatchObject({ left: 10 });
      expect(state.recoveryCodes.knownUnused).toHaveLength(10);
      const onPhone = accounts.filter((a) => a.accountName === username);
      expect(onPhone).toHaveLength(1);
      expect(onPhone[0]?.code).toBe(totpCodeAt(key, fx.clock.now()));
    }
    expect(fx.helper.store.listAudit({ limit: 1000 }).filter((entry) => entry.event === 'training-reset').length).toBe(4 * 9 + 8);
  });
});

describe('the training phone and its camera', () => {
  it('Jane scans her set-up with the training phone, types its code, and her MFA is on (end to end over HTTP)', async () => {
    const { client, secret } = await janeAtTheQrCode();
    const camera = CameraView.parse((await fx.call('GET', CONSOLE_PATHS.camera)).json());
    expect(camera.showing).toEqual([{ username: JANE, displayName: 'Jane Smith', startedAt: fx.helper.clock.now() }]);
    const scanned = await fx.call('POST', CONSOLE_PATHS.scan, {});
    expect(scanned.status).toBe(200);
    const account = PhoneAccount.parse(scanned.json());
    expect(account).toMatchObject({ issuer: 'ESR', accountName: JANE, code: totpCodeAt(secret, fx.clock.now()) });
    const confirmed = await client.api(API_PATHS.enrolmentConfirm, { code: account.code });
    expect(confirmed.status).toBe(200);
    expect(confirmed.json()).toMatchObject({ mfaEnabled: true });
    expect(await person(JANE)).toMatchObject({ mfa: { on: true }, recoveryCodes: { left: 10, knownUnused: [] }, pendingSetUp: false });
    // The set-up is done: nothing left to scan.
    expect(CameraView.parse((await fx.call('GET', CONSOLE_PATHS.camera)).json()).showing).toEqual([]);
    const nothing = await fx.call('POST', CONSOLE_PATHS.scan, {});
    expect([nothing.status, nothing.json<ConsoleError>().error.code]).toEqual([409, 'nothing-to-scan']);
  });

  it('with two set-ups showing, asks whose to scan', async () => {
    await janeAtTheQrCode();
    const { client: sarah } = await signInOverHttp(fx, '999SGREEN01');
    const sarahsKey = (await sarah.api(API_PATHS.enrolmentStart, {})).json<{ secret: string }>().secret;
    const ask = await fx.call('POST', CONSOLE_PATHS.scan, {});
    expect([ask.status, ask.json<ConsoleError>().error.code]).toEqual([409, 'choose-who-to-scan']);
    expect(ask.json<ConsoleError>().error.message).toContain('999SGREEN01');
    const scanned = PhoneAccount.parse((await fx.call('POST', CONSOLE_PATHS.scan, { username: '999SGREEN01' })).json());
    expect(scanned.code).toBe(totpCodeAt(sarahsKey, fx.clock.now()));
  });

  it('two scans at once leave one account for the person (attacker\'s test)', async () => {
    const { secret } = await janeAtTheQrCode();
    const answers = await Promise.all(Array.from({ length: 6 }, () => fx.call('POST', CONSOLE_PATHS.scan, { username: JANE })));
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    const janes = (await phone()).accounts.filter((a) => a.accountName === JANE);
    expect(janes).toHaveLength(1);
    expect(janes[0]?.code).toBe(totpCodeAt(secret, fx.clock.now()));
  });

  it('adds a typed key, refuses a bad one, and removes an account', async () => {
    const added = await fx.call('POST', CONSOLE_PATHS.phoneAccounts, { key: 'jbsw y3dp ehpk 3pxp jbsw y3dp ehpk 3pxp', accountName: 'Typed by hand' });
    expect(added.status).toBe(200);
    const account = PhoneAccount.parse(added.json());
    expect(account.code).toBe(totpCodeAt('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', fx.clock.now()));
    const bad = await fx.call('POST', CONSOLE_PATHS.phoneAccounts, { key: 'ONE TWO THREE', accountName: 'x' });
    expect([bad.status, bad.json<ConsoleError>().error.code]).toEqual([422, 'invalid-key']);
    expect((await fx.call('DELETE', CONSOLE_PATHS.phoneAccount(account.id))).json()).toEqual({ removed: true });
    expect((await phone()).accounts.map((a) => a.accountName)).toEqual([AMIR, '999RPATEL01']);
  });
});

describe('outbox', () => {
  it('shows every email to everyone, newest first, or one person\'s', async () => {
    await fx.call('POST', CONSOLE_PATHS.runScenario('amir-phone-lost'), {});
    fx.clock.advance(1000);
    await postLogin(fx.client(), JANE);
    const Emails = z.object({ emails: z.array(OutboxEmail) });
    const all = Emails.parse((await fx.call('GET', CONSOLE_PATHS.outbox)).json()).emails;
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(all.map((e) => e.id)).toEqual([...all.map((e) => e.id)].sort((a, b) => b - a));
    expect(all[0]).toMatchObject({ username: JANE, displayName: 'Jane Smith', to: 'jane.smith@example.nhs.uk', kind: 'new-sign-in' });
    // Emails that carry a code are shown to the trainer too: the console is the trainer's own.
    expect(all.some((e) => e.username === AMIR && e.kind === 'setup-code')).toBe(true);
    const amirs = Emails.parse((await fx.call('GET', `${CONSOLE_PATHS.outbox}?username=${AMIR.toLowerCase()}`)).json()).emails;
    expect(amirs.length).toBeGreaterThan(0);
    expect(amirs.every((e) => e.username === AMIR && e.to === 'amir.khan@example.nhs.uk')).toBe(true);
  });
});
