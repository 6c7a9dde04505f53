import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../helper/personas.js';
import { httpRequest, TEST_EXTENSION_ORIGIN, type HttpResponse, type PortalClient } from '../support/http-client.js';
import { startTestServer, type ServerFixture } from '../support/server-fixture.js';

const MINUTE = 60_000;

let fx: ServerFixture;
beforeEach(async () => { fx = await startTestServer(); });
afterEach(async () => { await fx.stop(); });

async function signIn(username: string): Promise<PortalClient> {
  const client = fx.client();
  await client.postForm('/login', { username, password: DEMO_PASSWORD });
  return client;
}

/** "Stay signed in", as the page's script sends it: a bare POST with this browser's cookie, from `origin` (null: none). */
function extend(client: PortalClient, origin: string | null = client.origin): Promise<HttpResponse> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (client.cookie !== undefined) headers.cookie = client.cookie;
  if (origin !== null) headers.origin = origin;
  return httpRequest(fx.port, { method: 'POST', path: '/session/extend', headers });
}

async function secondsLeft(client: PortalClient): Promise<unknown> {
  const response = await client.get('/session/time-left');
  return response.status === 200 ? response.json<{ secondsLeft: number }>().secondsLeft : response.json();
}

describe('the session time-out warning', () => {
  it('every signed-in page carries the warning, closed, with the seconds left and its script (no inline script)', async () => {
    const jane = await signIn('999JSMITH01');
    for (const path of ['/portal', '/account/activity']) {
      const page = (await jane.get(path)).body;
      expect(page).toMatch(/<dialog class="esr-timeout"[^>]*aria-labelledby="esr-timeout-heading"[^>]*data-seconds-left="1800" data-warn-seconds="120" data-extendable="true"/);
      expect(page).toContain('<script type="module" src="/assets/session-timeout.js"></script>');
      expect(page).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    }
    const script = await jane.get('/assets/session-timeout.js');
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    // Signed-out pages have nothing to time out.
    expect((await fx.client().get('/login')).body).not.toContain('esr-timeout');
  });

  it('asking the time left follows the training clock and does not keep the session alive', async () => {
    const jane = await signIn('999JSMITH01');
    fx.clock.advance(28 * MINUTE);
    expect(await secondsLeft(jane)).toBe(120);
    fx.clock.advance(2 * MINUTE);
    expect(await secondsLeft(jane)).toMatchObject({ error: { code: 'session-expired' } });
    expect((await jane.get('/portal')).headers.location).toBe('/login');
  });

  it('"Stay signed in" extends a live session and says the new time left', async () => {
    const jane = await signIn('999JSMITH01');
    fx.clock.advance(29 * MINUTE);
    const response = await extend(jane);
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json()).toEqual({ secondsLeft: 1800, warnSeconds: 120, extendable: true });
    // Past the old end, still signed in.
    fx.clock.advance(5 * MINUTE);
    expect((await jane.get('/portal')).status).toBe(200);
  });

  it('cannot bring back an expired session, and says so with a typed error', async () => {
    const jane = await signIn('999JSMITH01');
    fx.clock.advance(30 * MINUTE);
    const response = await extend(jane);
    expect(response.status).toBe(401);
    expect(response.json()).toEqual({ error: { code: 'session-expired', message: 'You were signed out because you were inactive. Sign in again.' } });
    expect((await jane.get('/portal')).headers.location).toBe('/login');
  });

  it('does nothing for a half signed-in session (password only, code still due)', async () => {
    const amir = await signIn('999AKHAN01');
    expect(amir.cookie).toBeDefined();
    const response = await extend(amir);
    expect(response.status).toBe(401);
    expect(response.json()).toMatchObject({ error: { code: 'not-signed-in' } });
  });

  it('refuses a request without the session cookie', async () => {
    const response = await extend(fx.client());
    expect(response.status).toBe(401);
    expect(response.json()).toMatchObject({ error: { code: 'not-signed-in' } });
  });

  it.each([
    ['another website', 'http://attacker.example'],
    ['another port of this computer', 'http://127.0.0.1:1'],
    ['the extension (it has its own API)', TEST_EXTENSION_ORIGIN],
    ['an opaque origin', 'null'],
    ['no Origin at all', null],
  ])('refuses a POST from %s (CSRF), and the session is not extended', async (_who, origin) => {
    const jane = await signIn('999JSMITH01');
    fx.clock.advance(29 * MINUTE);
    const response = await extend(jane, origin);
    expect(response.status).toBe(403);
    expect(await secondsLeft(jane)).toBe(60);
  });

  it('after a time-out, the signed-out page says why and forgets the cookie; a live session is not told it was signed out', async () => {
    const jane = await signIn('999JSMITH01');
    expect((await jane.get('/signed-out?reason=inactive')).headers.location).toBe('/portal');
    fx.clock.advance(31 * MINUTE);
    const page = await jane.get('/signed-out?reason=inactive');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<h1>You have been signed out</h1>');
    expect(page.body).toContain('You were signed out because you were inactive for 30 minutes.');
    expect(jane.cookie).toBeUndefined();
    // The plain page after "Sign out" is as it was.
    expect((await fx.client().get('/signed-out')).body).toContain('<h1>You have signed out</h1>');
  });
});
