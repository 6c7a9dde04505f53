import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API_PATHS } from '../../shared/api.js';
import { DEMO_PASSWORD } from '../../helper/personas.js';
import { challengeIn, type PortalClient } from '../support/http-client.js';
import { readMailboxOf } from '../support/mailbox.js';
import { startTestServer, type ServerFixture } from '../support/server-fixture.js';
import { codeNow } from '../support/sign-in.js';

let fx: ServerFixture;
beforeEach(async () => { fx = await startTestServer(); });
afterEach(async () => { await fx.stop(); });

async function signIn(username: string): Promise<PortalClient> {
  const client = fx.client();
  const response = await client.postForm('/login', { username, password: DEMO_PASSWORD });
  if (response.headers.location === '/login/verify') {
    const page = (await client.get('/login/verify')).body;
    await client.postForm('/login/verify', { challenge: challengeIn(page), code: codeNow(fx.helper.demoSecrets().get(username)!, fx.clock) });
    fx.clock.advance(30_000);
  }
  return client;
}

function latestEmailedCode(username: string): string {
  const message = fx.helper.store.listOutbox({ username, limit: 1 })[0];
  const code = /is (\d{6})\./.exec(message?.body ?? '')?.[1];
  if (code === undefined) throw new Error('no code in the outbox');
  return code;
}

describe('step-up for the manager area', () => {
  it('is closed to ordinary staff', async () => {
    const jane = await signIn('999JSMITH01');
    const response = await jane.get('/manager');
    expect(response.status).toBe(403);
    expect(response.body).toContain('Only managers and core users can open it');
  });

  it('Sarah (manager, no MFA) gets a code by email, and it opens the area once', async () => {
    const sarah = await signIn('999SGREEN01');
    expect((await sarah.get('/manager')).headers.location).toBe('/step-up');
    const page = await sarah.get('/step-up');
    expect(page.body).toContain('data-esr-step-up-method="email"');
    const code = latestEmailedCode('999SGREEN01');
    expect((await sarah.postForm('/step-up', { code: code === '000000' ? '111111' : '000000' })).body).toContain('You have 4 tries left');
    expect((await sarah.postForm('/step-up', { code })).headers.location).toBe('/manager');
    expect((await sarah.get('/manager')).body).toContain('Manager self-service');
    // The code is a one-time secret: in the mailbox only, never among the messages shown elsewhere.
    const status = await sarah.api(API_PATHS.status, {});
    expect(JSON.stringify(status.json())).not.toContain(code);
    expect((await sarah.get('/account/activity')).body).not.toContain(code);
    expect((await readMailboxOf(fx.port, '999SGREEN01')).body).toContain(code);
    // The code was single use.
    const api = await sarah.api(API_PATHS.stepUpVerify, { code });
    expect(api.json()).toMatchObject({ error: { code: 'step-up-code-expired' } });
  });

  it('a step-up older than 15 minutes is stale: the area asks again', async () => {
    const sarah = await signIn('999SGREEN01');
    await sarah.get('/step-up');
    await sarah.postForm('/step-up', { code: latestEmailedCode('999SGREEN01') });
    fx.clock.advance(14 * 60_000);
    expect((await sarah.get('/manager')).status).toBe(200);
    fx.clock.advance(60_000);
    expect((await sarah.get('/manager')).headers.location).toBe('/step-up');
  });

  it("an emailed code belongs to the session it was sent to", async () => {
    const first = await signIn('999SGREEN01');
    await first.get('/step-up');
    const code = latestEmailedCode('999SGREEN01');
    const second = await signIn('999SGREEN01');
    await second.get('/step-up');
    expect(latestEmailedCode('999SGREEN01')).not.toBe(code);
    expect((await second.postForm('/step-up', { code })).status).toBe(422);
  });

  it('Ravi (core user, MFA on) steps up with a code from his app, through the API the extension uses', async () => {
    const ravi = await signIn('999RPATEL01');
    const page = await ravi.get('/step-up');
    expect(page.body).toContain('data-esr-step-up-method="app"');
    expect(fx.helper.store.listOutbox({ username: '999RPATEL01', limit: 5 }).map((m) => m.kind)).not.toContain('step-up-code');
    const verified = await ravi.api(API_PATHS.stepUpVerify, { code: codeNow(fx.helper.demoSecrets().get('999RPATEL01')!, fx.clock) });
    expect(verified.json()).toEqual({ steppedUp: true });
    expect((await ravi.get('/manager')).status).toBe(200);
  });
});
