import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API_PATHS } from '../../shared/api.js';
import { CONSOLE_PATHS, ConsoleError, ConsoleStatus } from '../../helper/console/contract.js';
import { startConsoleTestServer, type ConsoleFixture } from '../support/console-fixture.js';
import { httpRequest, TEST_EXTENSION_ORIGIN, type HttpResponse } from '../support/http-client.js';
import { signInOverHttp } from '../support/http-sign-in.js';
import { readMailboxOf } from '../support/mailbox.js';

/**
 * The trainer console holds the keys to every demo account (resets, the phone, the clock), so it is
 * tested as an attacker would try it: from the portal's pages (one site with the console), from
 * another site, by DNS rebinding, and by carrying its token to the portal.
 */
let fx: ConsoleFixture;
beforeEach(async () => { fx = await startConsoleTestServer(); });
afterEach(async () => { await fx.stop(); });

const errorCode = (response: HttpResponse) => ConsoleError.parse(response.json()).error.code;

/** Every console route, with a body a real call would carry. */
const ROUTES: { method: 'GET' | 'POST' | 'DELETE'; path: string; body?: unknown }[] = [
  { method: 'GET', path: CONSOLE_PATHS.status },
  { method: 'GET', path: CONSOLE_PATHS.people },
  { method: 'POST', path: CONSOLE_PATHS.resetEveryone, body: {} },
  { method: 'POST', path: CONSOLE_PATHS.resetPerson('999AKHAN01'), body: { newKeys: true } },
  { method: 'GET', path: CONSOLE_PATHS.phone },
  { method: 'POST', path: CONSOLE_PATHS.phoneAccounts, body: { key: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', accountName: 'x' } },
  { method: 'DELETE', path: CONSOLE_PATHS.phoneAccount(1) },
  { method: 'GET', path: CONSOLE_PATHS.camera },
  { method: 'POST', path: CONSOLE_PATHS.scan, body: {} },
  { method: 'GET', path: CONSOLE_PATHS.clock },
  { method: 'POST', path: CONSOLE_PATHS.advanceClock, body: { seconds: 86_400 } },
  { method: 'POST', path: CONSOLE_PATHS.realTime, body: {} },
  { method: 'GET', path: CONSOLE_PATHS.outbox },
  { method: 'GET', path: CONSOLE_PATHS.scenarios },
  { method: 'POST', path: CONSOLE_PATHS.runScenario('fresh-class'), body: {} },
];

function raw(route: (typeof ROUTES)[number], headers: Record<string, string>, port = fx.consolePort): Promise<HttpResponse> {
  return httpRequest(port, {
    method: route.method,
    path: route.path,
    headers: { ...(route.body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(route.body === undefined ? {} : { body: JSON.stringify(route.body) }),
  });
}

/** Nothing the refused calls could have done has happened. */
function nothingChanged(): void {
  expect(fx.helper.clock.offsetMs()).toBe(0);
  expect(fx.helper.store.listAudit({ limit: 1000 }).filter((entry) => entry.event.startsWith('training-'))).toEqual([]);
}

describe('the console refuses (attacker\'s tests)', () => {
  it('every API call without the token: 401 token-required', async () => {
    for (const route of ROUTES) {
      for (const headers of [{}, { authorization: '' }, { authorization: 'Bearer' }, { authorization: `Basic ${Buffer.from(`trainer:${fx.token}`).toString('base64')}` }]) {
        const response = await raw(route, headers);
        expect(response.status, `${route.method} ${route.path}`).toBe(401);
        expect(errorCode(response)).toBe('token-required');
        expect(response.headers['www-authenticate']).toContain('Bearer');
      }
    }
    nothingChanged();
  });

  it('every API call with a wrong token: 401 wrong-token, a near miss included', async () => {
    const nearMiss = `${fx.token.slice(0, -1)}${fx.token.endsWith('A') ? 'B' : 'A'}`;
    for (const route of ROUTES) {
      for (const token of [nearMiss, fx.token.slice(0, 20), `${fx.token}x`, 'x'.repeat(43)]) {
        const response = await raw(route, { authorization: `Bearer ${token}` });
        expect(response.status, `${route.method} ${route.path}`).toBe(401);
        expect(errorCode(response)).toBe('wrong-token');
      }
    }
    nothingChanged();
  });

  it('the portal\'s Origin, even with the token: 403 (same site, other origin)', async () => {
    const portalOrigins = [`http://127.0.0.1:${fx.port}`, `http://localhost:${fx.port}`];
    for (const route of ROUTES) {
      for (const origin of portalOrigins) {
        const response = await raw(route, { authorization: `Bearer ${fx.token}`, origin });
        expect(response.status, `${route.method} ${route.path}`).toBe(403);
        expect(errorCode(response)).toBe('origin-not-allowed');
      }
    }
    nothingChanged();
  });

  it('any other Origin, even with the token: 403', async () => {
    const others = ['https://evil.example', 'null', TEST_EXTENSION_ORIGIN, `http://127.0.0.1:${fx.consolePort + 1}`, `https://127.0.0.1:${fx.consolePort}`, `http://localhost:${fx.consolePort}`];
    for (const route of ROUTES) {
      for (const origin of others) {
        const response = await raw(route, { authorization: `Bearer ${fx.token}`, origin });
        expect(response.status, `${route.method} ${route.path} from ${origin}`).toBe(403);
        expect(errorCode(response)).toBe('origin-not-allowed');
      }
    }
    // The page itself, too: a foreign page cannot frame or fetch it with an Origin.
    expect((await httpRequest(fx.consolePort, { path: '/', headers: { origin: 'https://evil.example' } })).status).toBe(403);
    nothingChanged();
  });

  it('a foreign Host (DNS rebinding), even with the token: 403 host-not-allowed', async () => {
    const hosts = ['evil.example', `evil.example:${fx.consolePort}`, `127.0.0.1:${fx.port}`, `127.0.0.1.nip.io:${fx.consolePort}`, `[::1]:${fx.consolePort}`, '127.0.0.1'];
    for (const route of ROUTES) {
      for (const host of hosts) {
        const response = await raw(route, { authorization: `Bearer ${fx.token}`, host });
        expect(response.status, `${route.method} ${route.path} as ${host}`).toBe(403);
        expect(errorCode(response)).toBe('host-not-allowed');
      }
    }
    expect((await httpRequest(fx.consolePort, { path: '/', headers: { host: `evil.example:${fx.consolePort}` } })).status).toBe(403);
    nothingChanged();
  });

  it('sends no CORS headers, to a preflight or anything else', async () => {
    const preflight = await httpRequest(fx.consolePort, {
      method: 'OPTIONS',
      path: CONSOLE_PATHS.advanceClock,
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    });
    const answers = [preflight, await fx.call('GET', CONSOLE_PATHS.status), await httpRequest(fx.consolePort, { path: '/' })];
    for (const answer of answers) expect(Object.keys(answer.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
  });

  it('an encoded path is the API too: /%61pi/status needs the token', async () => {
    const response = await httpRequest(fx.consolePort, { path: '/%61pi/status' });
    expect(response.status).toBe(401);
  });

  it('answers to its own names with the token: 127.0.0.1 and localhost on its port, with or without its own Origin', async () => {
    for (const host of [`127.0.0.1:${fx.consolePort}`, `localhost:${fx.consolePort}`]) {
      const plain = await httpRequest(fx.consolePort, { path: CONSOLE_PATHS.status, headers: { host, authorization: `Bearer ${fx.token}` } });
      expect(plain.status).toBe(200);
      const fromPage = await httpRequest(fx.consolePort, { path: CONSOLE_PATHS.status, headers: { host, origin: `http://${host}`, authorization: `Bearer ${fx.token}` } });
      expect(fromPage.status).toBe(200);
      expect(ConsoleStatus.parse(fromPage.json()).consoleOrigin).toBe(fx.consoleOrigin);
    }
  });
});

describe('the console token stays with the console (attacker\'s tests)', () => {
  it('never appears in any portal page or answer', async () => {
    const { client: jane } = await signInOverHttp(fx, '999JSMITH01');
    const { client: ravi } = await signInOverHttp(fx, '999RPATEL01');
    await ravi.api(API_PATHS.stepUpVerify, { code: '000000' });
    const answers = [
      await fx.client().get('/'),
      await fx.client().get('/login'),
      await jane.get('/portal'),
      await jane.get('/account/activity'),
      await ravi.get('/manager'),
      await ravi.get('/step-up'),
      await fx.client().get('/forgotten-password'),
      await fx.client().get('/demo/mailbox'),
      await readMailboxOf(fx.port, '999JSMITH01'),
      await fx.client().get('/no-such-page'),
      await fx.client().get('/assets/portal.css'),
      await jane.api(API_PATHS.status, {}),
      await jane.api(API_PATHS.enrolmentStart, {}),
      await httpRequest(fx.port, { path: '/login', headers: { host: 'evil.example' } }),
    ];
    for (const answer of answers) {
      expect(answer.body).not.toContain(fx.token);
      expect(JSON.stringify(answer.headers)).not.toContain(fx.token);
    }
    expect(JSON.stringify(fx.helper.store.listAudit({ limit: 1000 }))).not.toContain(fx.token);
  });

  it('the portal\'s API and pages do not accept it, nor answer the console\'s paths', async () => {
    const bearer = { authorization: `Bearer ${fx.token}` };
    // The portal's API: still only the extension's Origin, and still only the session cookie.
    for (const origin of [undefined, `http://127.0.0.1:${fx.port}`, fx.consoleOrigin]) {
      const response = await httpRequest(fx.port, { method: 'POST', path: API_PATHS.status, headers: { ...bearer, 'content-type': 'application/json', ...(origin === undefined ? {} : { origin }) }, body: '{}' });
      expect(response.status).toBe(403);
    }
    const asExtension = await httpRequest(fx.port, { method: 'POST', path: API_PATHS.enrolmentStart, headers: { ...bearer, origin: TEST_EXTENSION_ORIGIN, 'content-type': 'application/json' }, body: '{}' });
    expect(asExtension.json()).toMatchObject({ error: { code: 'not-signed-in' } });
    // The portal's pages: no session, however the token is offered.
    expect((await httpRequest(fx.port, { path: '/portal', headers: bearer })).headers.location).toBe('/login');
    expect((await httpRequest(fx.port, { path: '/manager', headers: { ...bearer, cookie: `esr_session_${fx.port}=${fx.token}` } })).headers.location).toBe('/login');
    // The console's own paths mean nothing on the portal's port.
    for (const route of ROUTES) {
      const response = await raw(route, { ...bearer, origin: `http://127.0.0.1:${fx.port}` }, fx.port);
      expect(response.status, `${route.method} ${route.path}`).not.toBe(200);
      expect(response.body).not.toMatch(/"people"|"accounts"|"offsetMs"|"scenarios"/);
    }
    nothingChanged();
  });

  it('scanning never works through the portal: only the console\'s camera, with its token, reads a set-up key', async () => {
    const { client: jane } = await signInOverHttp(fx, '999JSMITH01');
    const started = await jane.api(API_PATHS.enrolmentStart, {});
    const secret = started.json<{ secret: string }>().secret;
    // Through the portal, as a page or as the extension, with the console's token or without.
    for (const origin of [`http://127.0.0.1:${fx.port}`, TEST_EXTENSION_ORIGIN]) {
      for (const path of ['/api/phone/scan', '/api/v1/phone/scan', '/api/phone/camera']) {
        const response = await httpRequest(fx.port, { method: 'POST', path, headers: { authorization: `Bearer ${fx.token}`, origin, cookie: jane.cookie!, 'content-type': 'application/json' }, body: '{}' });
        expect(response.body).not.toContain(secret);
        expect(response.status).not.toBe(200);
      }
    }
    for (const page of ['/portal', '/account/activity']) expect((await jane.get(page)).body).not.toContain(secret);
    expect(fx.helper.store.listPhoneAccounts().map((a) => a.accountName)).not.toContain('999JSMITH01');
    // And the console's camera without its token reads nothing either.
    expect((await httpRequest(fx.consolePort, { method: 'POST', path: CONSOLE_PATHS.scan, headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(401);
    expect(fx.helper.store.listPhoneAccounts().map((a) => a.accountName)).not.toContain('999JSMITH01');
  });
});

describe('what the console accepts', () => {
  it('refuses bodies that do not fit the contract: 400 bad-request, nothing done', async () => {
    const bad: [string, string, string, Record<string, string>?][] = [
      [CONSOLE_PATHS.advanceClock, JSON.stringify({ seconds: 0 }), 'application/json'],
      [CONSOLE_PATHS.advanceClock, JSON.stringify({ seconds: 1.5 }), 'application/json'],
      [CONSOLE_PATHS.advanceClock, JSON.stringify({ seconds: 367 * 24 * 60 * 60 }), 'application/json'],
      [CONSOLE_PATHS.advanceClock, JSON.stringify({ seconds: '60' }), 'application/json'],
      [CONSOLE_PATHS.advanceClock, JSON.stringify({ seconds: 60, also: 1 }), 'application/json'],
      [CONSOLE_PATHS.advanceClock, '{"seconds":', 'application/json'],
      [CONSOLE_PATHS.advanceClock, 'seconds=60', 'application/x-www-form-urlencoded'],
      [CONSOLE_PATHS.realTime, JSON.stringify({ offset: 0 }), 'application/json'],
      [CONSOLE_PATHS.resetEveryone, JSON.stringify({ newKeys: 'yes' }), 'application/json'],
      [CONSOLE_PATHS.resetPerson('999AKHAN01'), JSON.stringify([]), 'application/json'],
      [CONSOLE_PATHS.phoneAccounts, JSON.stringify({ key: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' }), 'application/json'],
      [CONSOLE_PATHS.phoneAccounts, JSON.stringify({ key: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', accountName: '   ' }), 'application/json'],
      [CONSOLE_PATHS.scan, JSON.stringify({ username: 42 }), 'application/json'],
      [CONSOLE_PATHS.runScenario('fresh-class'), JSON.stringify({ now: true }), 'application/json'],
      [CONSOLE_PATHS.advanceClock, JSON.stringify({ seconds: 60, pad: 'x'.repeat(20_000) }), 'application/json'],
    ];
    for (const [path, body, type] of bad) {
      const response = await httpRequest(fx.consolePort, { method: 'POST', path, headers: { authorization: `Bearer ${fx.token}`, origin: fx.consoleOrigin, 'content-type': type }, body });
      expect(response.status, `${path} ${body.slice(0, 60)}`).toBe(400);
      expect(errorCode(response)).toBe('bad-request');
    }
    expect((await fx.call('GET', `${CONSOLE_PATHS.outbox}?username=`)).status).toBe(400);
    expect((await fx.call('GET', `${CONSOLE_PATHS.outbox}?who=x`)).status).toBe(400);
    expect((await fx.call('DELETE', '/api/phone/accounts/abc')).status).toBe(400);
    nothingChanged();
  });

  it('says 404 for an unknown person, scenario, phone account or address', async () => {
    const unknownPerson = await fx.call('POST', CONSOLE_PATHS.resetPerson('999NOBODY01'), {});
    expect([unknownPerson.status, errorCode(unknownPerson)]).toEqual([404, 'unknown-person']);
    const unknownOutbox = await fx.call('GET', `${CONSOLE_PATHS.outbox}?username=999NOBODY01`);
    expect([unknownOutbox.status, errorCode(unknownOutbox)]).toEqual([404, 'unknown-person']);
    const unknownScenario = await fx.call('POST', CONSOLE_PATHS.runScenario('toString'), {});
    expect([unknownScenario.status, errorCode(unknownScenario)]).toEqual([404, 'unknown-scenario']);
    const unknownAccount = await fx.call('DELETE', CONSOLE_PATHS.phoneAccount(999));
    expect([unknownAccount.status, errorCode(unknownAccount)]).toEqual([404, 'not-found']);
    const unknownPath = await fx.call('GET', '/api/nothing-here');
    expect([unknownPath.status, errorCode(unknownPath)]).toEqual([404, 'not-found']);
  });

  it('serves its page without the token, with a strict Content-Security-Policy', async () => {
    const page = await httpRequest(fx.consolePort, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('The console page is not built: run <code>npm run build</code>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['referrer-policy']).toBe('no-referrer');
  });
});

describe('the built console page', () => {
  let pageDir: string;
  let built: ConsoleFixture;
  beforeEach(async () => {
    pageDir = mkdtempSync(path.join(tmpdir(), 'esr-mfa-console-page-'));
    writeFileSync(path.join(pageDir, 'index.html'), '<!doctype html><title>Trainer console</title><script type="module" src="/assets/console.js"></script>');
    writeFileSync(path.join(pageDir, 'console.js'), 'console.log("console");');
    built = await startConsoleTestServer({ pageDir });
  });
  afterEach(async () => {
    await built.stop();
    rmSync(pageDir, { recursive: true, force: true });
  });

  it('is served from the build, its files too, and the API still needs the token', async () => {
    const page = await httpRequest(built.consolePort, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Trainer console</title>');
    expect((await httpRequest(built.consolePort, { path: '/console.js' })).body).toContain('console.log');
    expect((await httpRequest(built.consolePort, { path: CONSOLE_PATHS.status })).status).toBe(401);
    expect((await httpRequest(built.consolePort, { path: '/api/no-such-thing' })).status).toBe(401);
  });
});
