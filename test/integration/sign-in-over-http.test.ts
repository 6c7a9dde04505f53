import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API_PATHS } from '../../shared/api.js';
import { DEMO_PASSWORD } from '../../helper/personas.js';
import { challengeIn, type PortalClient } from '../support/http-client.js';
import { startTestServer, type ServerFixture } from '../support/server-fixture.js';
import { codeNow } from '../support/sign-in.js';

let fx: ServerFixture;
beforeEach(async () => { fx = await startTestServer(); });
afterEach(async () => { await fx.stop(); });

async function signInWithPassword(client: PortalClient, username: string) {
  const response = await client.postForm('/login', { username, password: DEMO_PASSWORD });
  expect(response.status).toBe(303);
  return response.headers.location;
}

/** Password, then the extension's route: API verify, then the page posts to /login/complete. */
async function signInWithCode(client: PortalClient, username: string, code: string) {
  expect(await signInWithPassword(client, username)).toBe('/login/verify');
  const page = await client.get('/login/verify');
  const verify = await client.api(API_PATHS.challengeVerify, { challenge: challengeIn(page.body), code });
  if (verify.status !== 200) return verify;
  const complete = await client.postForm('/login/complete', { challenge: challengeIn(page.body) });
  expect(complete).toMatchObject({ status: 303, headers: { location: '/portal' } });
  return verify;
}

describe('signing in over HTTP', () => {
  it('Jane (MFA off) signs in with her password only and sees her portal home', async () => {
    const jane = fx.client();
    expect(await signInWithPassword(jane, '999JSMITH01')).toBe('/portal');
    const home = await jane.get('/portal');
    expect(home.status).toBe(200);
    expect(home.body).toContain('Welcome, Jane Smith');
    expect(home.body).toContain('data-esr-mfa-status="off"');
    expect(home.body).toContain('data-esr-page="home"');
  });

  it('Amir (MFA on) must give a code: the portal stays closed until he does', async () => {
    const amir = fx.client();
    expect(await signInWithPassword(amir, '999AKHAN01')).toBe('/login/verify');
    expect((await amir.get('/portal')).headers.location).toBe('/login');
    const page = await amir.get('/login/verify');
    expect(page.body).toContain('data-esr-page="mfa-verify"');
    expect(page.body).toContain('autocomplete="one-time-code"');
  });

  it('a right code signs Amir in once; the same code is refused on the next sign-in', async () => {
    const secret = fx.helper.demoSecrets().get('999AKHAN01')!;
    const code = codeNow(secret, fx.clock);
    const first = fx.client();
    expect((await signInWithCode(first, '999AKHAN01', code)).json()).toEqual({ verified: true });
    expect((await first.get('/portal')).body).toContain('Welcome, Amir Khan');

    const second = fx.client();
    const replay = await signInWithCode(second, '999AKHAN01', code);
    expect(replay.status).toBe(409);
    expect(replay.json()).toMatchObject({ error: { code: 'code-already-used' } });
    expect((await second.get('/portal')).headers.location).toBe('/login');
  });

  it('rotates the session cookie when the code upgrades it', async () => {
    const secret = fx.helper.demoSecrets().get('999AKHAN01')!;
    const amir = fx.client();
    await signInWithPassword(amir, '999AKHAN01');
    const pendingCookie = amir.cookie;
    await signInWithCode(amir, '999AKHAN01', codeNow(secret, fx.clock));
    expect(amir.cookie).toBeDefined();
    expect(amir.cookie).not.toBe(pendingCookie);
    const reused = fx.client();
    reused.cookie = pendingCookie;
    expect((await reused.get('/portal')).headers.location).toBe('/login');
  });

  it('works without JavaScript: the verification page form takes the code directly', async () => {
    const secret = fx.helper.demoSecrets().get('999RPATEL01')!;
    const ravi = fx.client();
    await signInWithPassword(ravi, '999RPATEL01');
    const page = await ravi.get('/login/verify');
    const wrong = await ravi.postForm('/login/verify', { challenge: challengeIn(page.body), code: '000 000' });
    expect(wrong.status).toBe(422);
    expect(wrong.body).toContain('You have 4 tries left');
    const right = await ravi.postForm('/login/verify', { challenge: challengeIn(page.body), code: codeNow(secret, fx.clock).replace(/(\d{3})/, '$1 ') });
    expect(right).toMatchObject({ status: 303, headers: { location: '/portal' } });
    expect((await ravi.get('/portal')).body).toContain('Welcome, Ravi Patel');
  });

  it('the cookie is HttpOnly and SameSite, and sign-out ends the session', async () => {
    const jane = fx.client();
    const response = await jane.postForm('/login', { username: '999JSMITH01', password: DEMO_PASSWORD });
    expect(response.headers['set-cookie']?.[0]).toMatch(/HttpOnly/);
    expect(response.headers['set-cookie']?.[0]).toMatch(/SameSite=Lax/);
    const cookie = jane.cookie;
    expect((await jane.postForm('/logout', {})).headers.location).toBe('/signed-out');
    const old = fx.client();
    old.cookie = cookie;
    expect((await old.get('/portal')).headers.location).toBe('/login');
  });

  it('a wrong password shows the error summary and never says whether the username exists', async () => {
    const wrong = await fx.client().postForm('/login', { username: '999JSMITH01', password: 'Wrong1pass' });
    const unknown = await fx.client().postForm('/login', { username: '999NOBODY99', password: 'Wrong1pass' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toContain('There is a problem');
    // The page differs only in what was typed and its one-time device nonce.
    const withoutTypedName = (body: string) => body.replace(/value="999(JSMITH01|NOBODY99)"/, '').replace(/name="esr-mfa-device-nonce" content="[\w-]+"/, '');
    expect(withoutTypedName(wrong.body)).toBe(withoutTypedName(unknown.body));
  });

  it('an empty form says which fields are required', async () => {
    const response = await fx.client().postForm('/login', { username: '', password: '' });
    expect(response.status).toBe(400);
    expect(response.body).toContain('Enter your username');
    expect(response.body).toContain('Enter your password');
  });
});

describe('enrolment over HTTP', () => {
  async function signedIn(username: string) {
    const client = fx.client();
    await signInWithPassword(client, username);
    return client;
  }

  it('Jane enrols, and her next sign-in needs a code', async () => {
    const jane = await signedIn('999JSMITH01');
    const started = await jane.api(API_PATHS.enrolmentStart, {});
    expect(started.status).toBe(200);
    expect(started.headers['cache-control']).toBe('no-store');
    const { secret, otpauthUri } = started.json<{ secret: string; otpauthUri: string }>();
    expect(otpauthUri).toBe(`otpauth://totp/ESR:999JSMITH01?secret=${secret}&issuer=ESR`);
    const confirmed = await jane.api(API_PATHS.enrolmentConfirm, { code: codeNow(secret, fx.clock) });
    expect(confirmed.json()).toMatchObject({ mfaEnabled: true });
    expect(confirmed.json<{ recoveryCodes: string[] }>().recoveryCodes).toHaveLength(10);
    fx.clock.advance(30_000);
    expect(await signInWithPassword(fx.client(), '999JSMITH01')).toBe('/login/verify');
  });

  it.each([
    ['999PJONES01', 'leaver'],
    ['999TBROWN01', 'internet-access-not-approved'],
  ])('%s is refused enrolment with the reason %s', async (username, reason) => {
    const refused = await (await signedIn(username)).api(API_PATHS.enrolmentStart, {});
    expect(refused.status).toBe(403);
    expect(refused.json()).toEqual({ error: { code: 'not-eligible', reason, message: expect.any(String) as string } });
  });

  it('status tells the extension who is signed in and whether they may enrol', async () => {
    const status = await (await signedIn('999TBROWN01')).api(API_PATHS.status, {});
    expect(status.json()).toEqual({
      session: {
        state: 'signed-in',
        user: { username: '999TBROWN01', displayName: 'Tom Brown', jobTitle: 'Porter', privilege: 'staff' },
        mfa: { enabled: false, enrolment: { eligible: false, reason: 'internet-access-not-approved' }, recoveryCodesLeft: null, reenrolmentRequired: false },
        signIn: { risk: ['new-device'], location: 'Leeds, UK', device: 'A browser on an unknown system' },
        notices: [expect.objectContaining({ subject: 'A sign-in to ESR from a new device' }) as unknown],
      },
    });
    expect((await fx.client().api(API_PATHS.status, {})).json()).toEqual({ session: { state: 'anonymous' } });
  });
});

describe('state that must survive a restart', () => {
  it('keeps the enrolment and the used time step', async () => {
    const client = fx.client();
    await signInWithPassword(client, '999JSMITH01');
    const { secret } = (await client.api(API_PATHS.enrolmentStart, {})).json<{ secret: string }>();
    const code = codeNow(secret, fx.clock);
    expect((await client.api(API_PATHS.enrolmentConfirm, { code })).status).toBe(200);

    await fx.restart();

    const replay = await signInWithCode(fx.client(), '999JSMITH01', code);
    expect(replay.json()).toMatchObject({ error: { code: 'code-already-used' } });
    fx.clock.advance(30_000);
    const next = await signInWithCode(fx.client(), '999JSMITH01', codeNow(secret, fx.clock));
    expect(next.status).toBe(200);
  });
});

describe('racing the same code', () => {
  it('two concurrent verifications of one code: exactly one succeeds', async () => {
    const secret = fx.helper.demoSecrets().get('999AKHAN01')!;
    const code = codeNow(secret, fx.clock);
    const pages = await Promise.all(
      [fx.client(), fx.client()].map(async (client) => {
        await signInWithPassword(client, '999AKHAN01');
        return { client, page: (await client.get('/login/verify')).body };
      }),
    );
    const results = await Promise.all(
      pages.map(({ client, page }) => client.api(API_PATHS.challengeVerify, { challenge: challengeIn(page), code })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  it('two concurrent posts of the portal form with one code: exactly one is signed in', async () => {
    const secret = fx.helper.demoSecrets().get('999AKHAN01')!;
    const code = codeNow(secret, fx.clock);
    const pages = await Promise.all(
      [fx.client(), fx.client()].map(async (client) => {
        await signInWithPassword(client, '999AKHAN01');
        return { client, page: (await client.get('/login/verify')).body };
      }),
    );
    const results = await Promise.all(pages.map(({ client, page }) => client.postForm('/login/verify', { challenge: challengeIn(page), code })));
    expect(results.map((r) => r.status).sort()).toEqual([303, 409]);
    expect(results.find((r) => r.status === 303)?.headers.location).toBe('/portal');
    const portals = await Promise.all(pages.map(({ client }) => client.get('/portal')));
    expect(portals.map((r) => r.status).sort()).toEqual([200, 303]);
  });
});
