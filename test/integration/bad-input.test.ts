import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PATHS } from '../../shared/api.js';
import { ErrorBody } from '../../shared/errors.js';
import { DEMO_PASSWORD } from '../../helper/personas.js';
import { httpRequest, TEST_EXTENSION_ORIGIN, type HttpRequest, type PortalClient } from '../support/http-client.js';
import { startTestServer, type ServerFixture } from '../support/server-fixture.js';

let fx: ServerFixture;
let jane: PortalClient;
const EXTENSION = TEST_EXTENSION_ORIGIN;

beforeAll(async () => {
  fx = await startTestServer();
  jane = fx.client();
  await jane.postForm('/login', { username: '999JSMITH01', password: DEMO_PASSWORD });
});
afterAll(async () => { await fx.stop(); });

/** Everything an attacker or a broken client could change: it must all stay as it was. */
function snapshot() {
  return JSON.stringify({ accounts: fx.helper.store.listAccounts(), audit: fx.helper.store.listAudit({ limit: 1000 }) });
}

function api(path: string, init: Omit<HttpRequest, 'path'>) {
  return httpRequest(fx.port, { method: 'POST', path, ...init, headers: { origin: EXTENSION, cookie: jane.cookie ?? '', ...init.headers } });
}

describe('malformed requests get a typed 4xx and change nothing', () => {
  it.each<[string, () => ReturnType<typeof api>, number, string]>([
    ['malformed JSON', () => api(API_PATHS.enrolmentConfirm, { headers: { 'content-type': 'application/json' }, body: '{"code": "12' }), 400, 'bad-request'],
    ['a JSON array', () => api(API_PATHS.enrolmentConfirm, { headers: { 'content-type': 'application/json' }, body: '[1,2]' }), 400, 'bad-request'],
    ['a number for the code', () => api(API_PATHS.enrolmentConfirm, { headers: { 'content-type': 'application/json' }, body: '{"code": 123456}' }), 400, 'bad-request'],
    ['a five-digit code', () => api(API_PATHS.enrolmentConfirm, { headers: { 'content-type': 'application/json' }, body: '{"code": "12345"}' }), 400, 'bad-request'],
    ['an unexpected field', () => api(API_PATHS.enrolmentStart, { headers: { 'content-type': 'application/json' }, body: '{"username": "999AKHAN01"}' }), 400, 'bad-request'],
    ['a challenge that is not a token', () => api(API_PATHS.challengeVerify, { headers: { 'content-type': 'application/json' }, body: '{"challenge": "x", "code": "123456"}' }), 400, 'bad-request'],
    ['an oversized body', () => api(API_PATHS.enrolmentConfirm, { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: '1'.repeat(100_000) }) }), 413, 'payload-too-large'],
    ['an unsupported content type', () => api(API_PATHS.enrolmentConfirm, { headers: { 'content-type': 'application/xml' }, body: '<code/>' }), 415, 'unsupported-media-type'],
    ['text instead of JSON', () => api(API_PATHS.enrolmentConfirm, { headers: { 'content-type': 'text/plain' }, body: 'code=123456' }), 400, 'bad-request'],
    ['an unknown API route', () => api('/api/v1/enrolment/disable', { headers: { 'content-type': 'application/json' }, body: '{}' }), 404, 'not-found'],
    ['a GET to a POST-only route', () => api(API_PATHS.status, { method: 'GET' }), 404, 'not-found'],
    ['a made-up session cookie', () => api(API_PATHS.enrolmentStart, { headers: { 'content-type': 'application/json', cookie: `esr_session_${fx.port}=nonsense` }, body: '{}' }), 401, 'not-signed-in'],
    ["another port's session cookie", () => api(API_PATHS.enrolmentStart, { headers: { 'content-type': 'application/json', cookie: (jane.cookie ?? '').replace(`esr_session_${fx.port}=`, 'esr_session_1=') }, body: '{}' }), 401, 'not-signed-in'],
  ])('%s', async (_name, send, status, code) => {
    const before = snapshot();
    const response = await send();
    expect(response.status).toBe(status);
    expect(ErrorBody.parse(response.json()).error.code).toBe(code);
    expect(snapshot()).toBe(before);
  });

  it('an unknown portal page is a 404 page, not a crash', async () => {
    const response = await httpRequest(fx.port, { path: '/no/such/page' });
    expect(response.status).toBe(404);
    expect(response.body).toContain('Page not found');
  });

  it('a login form with oversized or odd fields is refused cleanly', async () => {
    const before = snapshot();
    const response = await httpRequest(fx.port, {
      method: 'POST',
      path: '/login',
      headers: { origin: `http://127.0.0.1:${fx.port}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: `username=${'A'.repeat(300)}&password=x&password=y`,
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(snapshot()).toBe(before);
  });
});

describe('only the portal and the extension may call the helper', () => {
  it.each([
    ["the portal's own pages (a script in them must not reveal or change MFA)", 'PORTAL'],
    ['another website', 'https://evil.example'],
    ['a page on another local port', 'http://127.0.0.1:9'],
    ['a sandboxed page', 'null'],
    ['an origin that only looks like an extension', 'chrome-extension://abc.evil.example'],
  ])('refuses the API to %s', async (_name, origin) => {
    const before = snapshot();
    const response = await api(API_PATHS.enrolmentStart, { headers: { origin: origin === 'PORTAL' ? `http://127.0.0.1:${fx.port}` : origin, 'content-type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(403);
    expect(ErrorBody.parse(response.json()).error.code).toBe('forbidden-origin');
    expect(snapshot()).toBe(before);
  });

  it.each(['/%61pi/v1/enrolment/start', '/api/v1/enrolment%2Fstart', '/%61%70%69/v1/status', '/api/v1/%73tatus'])(
    "refuses the API to the portal's own pages however the path is encoded (%s)",
    async (path) => {
      const before = snapshot();
      const response = await httpRequest(fx.port, { method: 'POST', path, headers: { origin: `http://127.0.0.1:${fx.port}`, cookie: jane.cookie ?? '', 'content-type': 'application/json' }, body: '{}' });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.body).not.toContain('secret');
      expect(response.body).not.toContain('signed-in');
      expect(snapshot()).toBe(before);
    },
  );

  it('refuses the API with no Origin at all', async () => {
    const response = await httpRequest(fx.port, { method: 'POST', path: API_PATHS.status, headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(ErrorBody.parse(response.json()).error.code).toBe('forbidden-origin');
  });

  it('accepts the API from extension origins', async () => {
    for (const origin of [EXTENSION, 'moz-extension://6f1e2c1a-3b4d-4e5f-8a9b-0c1d2e3f4a5b']) {
      const response = await api(API_PATHS.status, { headers: { origin, 'content-type': 'application/json' }, body: '{}' });
      expect(response.status).toBe(200);
    }
  });

  it.each(['evil.example', 'evil.example:4400', `127.0.0.1.nip.io:0`, '[::1]:1'])('refuses a foreign Host header (%s): DNS rebinding', async (host) => {
    const before = snapshot();
    const response = await httpRequest(fx.port, { method: 'POST', path: API_PATHS.enrolmentStart, headers: { host, origin: EXTENSION, cookie: jane.cookie ?? '', 'content-type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(403);
    expect(ErrorBody.parse(response.json()).error.code).toBe('forbidden-host');
    const page = await httpRequest(fx.port, { path: '/login', headers: { host } });
    expect(page.status).toBe(403);
    expect(snapshot()).toBe(before);
  });

  it('refuses a portal form posted from another site (CSRF)', async () => {
    const before = snapshot();
    for (const headers of [{ origin: 'https://evil.example' }, {}]) {
      const response = await httpRequest(fx.port, {
        method: 'POST',
        path: '/login',
        headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
        body: `username=999JSMITH01&password=${DEMO_PASSWORD}`,
      });
      expect(response.status).toBe(403);
      expect(response.headers['set-cookie']).toBeUndefined();
    }
    expect(snapshot()).toBe(before);
  });

  it('sends security headers: a strict CSP, no framing, no sniffing', async () => {
    const response = await httpRequest(fx.port, { path: '/login' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('headers browsers rely on', () => {
  it("keeps the Referrer-Policy that lets browsers send the portal's Origin on its own form posts", async () => {
    // Under `no-referrer`, Chromium sends `Origin: null` on same-origin POSTs and every sign-in would be refused.
    const response = await httpRequest(fx.port, { path: '/login' });
    expect(response.headers['referrer-policy']).toBe('same-origin');
  });
});
