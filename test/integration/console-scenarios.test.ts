import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { API_PATHS } from '../../shared/api.js';
import { CONSOLE_PATHS, PersonState, PhoneView, Scenario, ScenarioResult, type ConsoleError } from '../../helper/console/contract.js';
import { totpCodeAt } from '../../helper/core/totp.js';
import { startConsoleTestServer, type ConsoleFixture } from '../support/console-fixture.js';
import { makeDeviceKey } from '../support/device-key.js';
import { codeInLatestEmail } from '../support/emails.js';
import { challengeIn, type PortalClient } from '../support/http-client.js';
import { postLogin, signInOverHttp } from '../support/http-sign-in.js';

/** Each scenario over HTTP on the real store, and what the portal then really does. */
let fx: ConsoleFixture;
beforeEach(async () => { fx = await startConsoleTestServer(); });
afterEach(async () => { await fx.stop(); });

const AMIR = '999AKHAN01';
const JANE = '999JSMITH01';

async function run(id: string) {
  const response = await fx.call('POST', CONSOLE_PATHS.runScenario(id), {});
  return { status: response.status, body: response.json() };
}
async function ran(id: string): Promise<ScenarioResult> {
  const { status, body } = await run(id);
  expect(status, JSON.stringify(body)).toBe(200);
  return ScenarioResult.parse(body);
}
const personIn = (result: ScenarioResult, username: string) => result.people.find((p) => p.username === username)!;
async function phone(): Promise<PhoneView> {
  return PhoneView.parse((await fx.call('GET', CONSOLE_PATHS.phone)).json());
}
/** Password, then a code through the API, as the extension does. */
async function codeStep(username: string, code: string, client: PortalClient = fx.client()) {
  const login = await postLogin(client, username);
  expect(login.headers.location).toBe('/login/verify');
  const challenge = challengeIn((await client.get('/login/verify')).body);
  return { client, challenge, verified: await client.api(API_PATHS.challengeVerify, { challenge, code }) };
}

describe('scenarios', () => {
  it('are listed with titles and descriptions in plain words', async () => {
    const { scenarios } = z.object({ scenarios: z.array(Scenario) }).parse((await fx.call('GET', CONSOLE_PATHS.scenarios)).json());
    expect(scenarios.map((s) => s.id)).toEqual(['fresh-class', 'amir-locked-out', 'amir-remembered-device-expiring', 'amir-phone-lost', 'jane-mfa-on']);
    for (const scenario of scenarios) {
      expect(scenario.title.length).toBeGreaterThan(5);
      expect(scenario.description).toMatch(/\.$/);
    }
  });

  it('fresh-class: everyone reset, the clock back to real time, the phone back to the demo accounts', async () => {
    await fx.call('POST', CONSOLE_PATHS.advanceClock, { seconds: 3600 });
    await ran('jane-mfa-on');
    await fx.call('POST', CONSOLE_PATHS.phoneAccounts, { key: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', accountName: 'Someone' });
    const { client: sarah } = await signInOverHttp(fx, '999SGREEN01');
    const result = await ran('fresh-class');
    expect(result.done).toContain('real time');
    expect(fx.helper.clock.offsetMs()).toBe(0);
    expect(result.people.filter((p) => p.mfa.on).map((p) => p.username)).toEqual([AMIR, '999RPATEL01']);
    expect(result.people.every((p) => p.liveSessions === 0)).toBe(true);
    expect((await sarah.get('/portal')).headers.location).toBe('/login');
    expect(fx.helper.store.listOutbox({ limit: 100 })).toEqual([]);
    expect((await phone()).accounts.map((a) => a.accountName)).toEqual([AMIR, '999RPATEL01']);
    // The demo keys are the same as before, so real phones that hold them still work.
    expect((await codeStep(AMIR, totpCodeAt(fx.helper.demoSecrets().get(AMIR)!, fx.clock.now()))).verified.json()).toEqual({ verified: true });
  });

  it('amir-locked-out: Amir\'s code step is paused for 4 minutes, through the real guess budget, and he is emailed', async () => {
    const result = await ran('amir-locked-out');
    expect(result.done).toContain('4 minutes');
    expect(personIn(result, AMIR).lockedUntil.code).toBe(fx.helper.clock.now() + 240_000);
    const { verified } = await codeStep(AMIR, totpCodeAt(fx.helper.demoSecrets().get(AMIR)!, fx.clock.now()));
    expect(verified.status).toBe(429);
    expect(verified.json()).toMatchObject({ error: { code: 'mfa-locked', retryAfterSeconds: 240 } });
    expect(fx.helper.store.listOutbox({ username: AMIR, kind: 'mfa-lockout', limit: 10 }).length).toBeGreaterThan(0);
    expect(fx.helper.store.listAudit({ username: AMIR, limit: 100 }).filter((e) => e.event === 'mfa-code-wrong')).toHaveLength(8);
    // When the wait is over, his right code signs him in.
    fx.clock.advance(240_000);
    expect((await codeStep(AMIR, totpCodeAt(fx.helper.demoSecrets().get(AMIR)!, fx.clock.now()))).verified.json()).toEqual({ verified: true });
  });

  it('amir-remembered-device-expiring: not possible until Amir has a remembered browser; then it expires in a minute', async () => {
    const refused = await run('amir-remembered-device-expiring');
    expect(refused.status).toBe(409);
    expect((refused.body as ConsoleError).error).toMatchObject({ code: 'scenario-not-possible' });
    expect((refused.body as ConsoleError).error.message).toContain('Remember this device');

    const key = await makeDeviceKey();
    await signInOverHttp(fx, AMIR, { key, rememberDevice: true });
    const result = await ran('amir-remembered-device-expiring');
    expect(personIn(result, AMIR).rememberedDevices).toEqual([{ label: 'A browser on an unknown system', rememberedUntil: fx.helper.clock.now() + 60_000 }]);
    expect((await postLogin(fx.client(), AMIR, { key })).headers.location).toBe('/portal');
    fx.clock.advance(61_000);
    expect((await postLogin(fx.client(), AMIR, { key })).headers.location).toBe('/login/verify');
  });

  it('amir-phone-lost: Ravi resets Amir\'s authenticator at the helpdesk; Amir needs the emailed set-up code and a new phone', async () => {
    const oldKey = fx.helper.demoSecrets().get(AMIR)!;
    const result = await ran('amir-phone-lost');
    expect(personIn(result, AMIR)).toMatchObject({ mfa: { on: true, newAuthenticatorDue: true }, demoKey: null });
    expect(fx.helper.store.listAudit({ username: '999RPATEL01', limit: 10 })[0]).toMatchObject({ event: 'helpdesk-reset', detail: { target: AMIR } });
    expect(personIn(result, '999RPATEL01').liveSessions).toBe(0);

    const amir = fx.client();
    await postLogin(amir, AMIR);
    const page = (await amir.get('/login/verify')).body;
    expect(page).toContain('Enter your set-up code');
    const challenge = challengeIn(page);
    expect((await amir.api(API_PATHS.challengeVerify, { challenge, code: totpCodeAt(oldKey, fx.clock.now()) })).json()).toMatchObject({ error: { code: 'invalid-code' } });
    const setupCode = codeInLatestEmail(fx.helper, AMIR, 'setup-code');
    expect((await amir.api(API_PATHS.challengeVerify, { challenge, setupCode })).json()).toEqual({ verified: true });
    await amir.postForm('/login/complete', { challenge });
    expect((await amir.api(API_PATHS.status, {})).json()).toMatchObject({ session: { mfa: { enabled: true, reenrolmentRequired: true } } });
    // Reset puts his demo key back.
    const back = PersonState.parse((await fx.call('POST', CONSOLE_PATHS.resetPerson(AMIR), {})).json());
    expect(back).toMatchObject({ demoKey: oldKey, mfa: { newAuthenticatorDue: false } });
  });

  it('jane-mfa-on: Jane has MFA on with a key on the training phone, whose code signs her in at once', async () => {
    const result = await ran('jane-mfa-on');
    const jane = personIn(result, JANE);
    expect(jane).toMatchObject({ mfa: { on: true }, liveSessions: 0, recoveryCodes: { left: 10 }, demoKey: fx.helper.demoSecrets().get(JANE) });
    // Her person card knows the codes the scenario made, and the message shows them too.
    expect(jane.recoveryCodes.knownUnused).toHaveLength(10);
    for (const code of jane.recoveryCodes.knownUnused) expect(result.done).toContain(code);
    const onPhone = (await phone()).accounts.find((a) => a.accountName === JANE)!;
    expect(onPhone.code).toBe(totpCodeAt(fx.helper.demoSecrets().get(JANE)!, fx.clock.now()));
    const { verified } = await codeStep(JANE, onPhone.code);
    expect(verified.json()).toEqual({ verified: true });
    // Again: a fresh key each time, and the phone holds only the newest.
    const secondKey = (await ran('jane-mfa-on'), fx.helper.demoSecrets().get(JANE));
    expect((await phone()).accounts.filter((a) => a.accountName === JANE)).toHaveLength(1);
    expect((await phone()).accounts.find((a) => a.accountName === JANE)?.code).toBe(totpCodeAt(secondKey!, fx.clock.now()));
  });

  it('an unknown scenario changes nothing', async () => {
    const before = fx.helper.store.listAudit({ limit: 1000 }).length;
    expect((await run('__proto__')).status).toBe(404);
    expect(fx.helper.store.listAudit({ limit: 1000 })).toHaveLength(before);
  });
});
