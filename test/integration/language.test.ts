import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API_PATHS } from '../../shared/api.js';
import { findEnglish } from '../kit/english-text.js';
import { httpRequest, TEST_EXTENSION_ORIGIN, type HttpResponse } from '../support/http-client.js';
import { readMailboxOf } from '../support/mailbox.js';
import { signInOverHttp } from '../support/http-sign-in.js';
import { startTestServer, type ServerFixture } from '../support/server-fixture.js';
import { codeNow } from '../support/sign-in.js';
import { visibleTexts } from '../support/visible-text.js';

/**
 * The portal's language over real HTTP: which one a browser gets (the switch's cookie, then the
 * signed-in person's choice, then Accept-Language, then English), the switch itself and what an
 * attacker can do with it, and the language ESR writes each person's emails in.
 */
let fx: ServerFixture;
beforeEach(async () => { fx = await startTestServer(); });
afterEach(async () => { await fx.stop(); });

const GWEN = '999GLLOYD01';
const JANE = '999JSMITH01';

const get = (path: string, headers: Record<string, string> = {}) => httpRequest(fx.port, { path, headers });
const languageOf = (page: HttpResponse) => /<html lang="([^"]+)">/.exec(page.body)?.[1];
const switchIn = (page: HttpResponse) => /<a href="(\/language\/[^"]*)" lang="([^"]+)" hreflang="([^"]+)"[^>]*>([^<]+)<\/a>/.exec(page.body)?.slice(1);

describe('which language a browser is given', () => {
  it.each([
    ['no Accept-Language', undefined, 'en-GB'],
    ['cy', 'cy', 'cy'],
    ['cy-GB', 'cy-GB', 'cy'],
    ['English first, Welsh second', 'en-GB,en;q=0.9,cy;q=0.8', 'en-GB'],
    ['Welsh preferred by q-value though sent second', 'en;q=0.5, cy;q=0.9', 'cy'],
    ['a language the portal lacks, then Welsh', 'fr-FR, cy;q=0.3', 'cy'],
    ['Welsh refused with q=0', 'cy;q=0, fr', 'en-GB'],
    ['a malformed header', ';;q=abc,,=== ,cy;q=7', 'en-GB'],
    ['an absurdly long header', `${'x-'.repeat(5000)}cy`, 'en-GB'],
  ])('%s: %s gives lang=%s', async (_why, acceptLanguage, lang) => {
    const page = await get('/login', acceptLanguage === undefined ? {} : { 'accept-language': acceptLanguage });
    expect(page.status).toBe(200);
    expect(languageOf(page)).toBe(lang);
  });

  it('the switch\'s cookie wins over Accept-Language, either way', async () => {
    expect(languageOf(await get('/login', { cookie: 'esr_language=en', 'accept-language': 'cy' }))).toBe('en-GB');
    expect(languageOf(await get('/login', { cookie: 'esr_language=cy', 'accept-language': 'en-GB' }))).toBe('cy');
  });

  it('an unknown or malformed cookie is passed over, never thrown on', async () => {
    for (const cookie of ['esr_language=fr', 'esr_language=%E0%A4%A', 'esr_language', '=;;=esr_language=cy=cy', `esr_language=${'c'.repeat(5000)}`]) {
      const page = await get('/login', { cookie, 'accept-language': 'cy' });
      expect(page.status).toBe(200);
      expect(languageOf(page)).toBe('cy');
    }
  });

  it('a Welsh page reads as Welsh: title, error summary, "Gwall:", and no English but the switch', async () => {
    const page = await httpRequest(fx.port, {
      method: 'POST',
      path: '/login',
      headers: { 'accept-language': 'cy', origin: `http://127.0.0.1:${fx.port}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'username=&password=',
    });
    expect(page.status).toBe(400);
    expect(page.body).toContain('<title>Gwall: Mewngofnodi – Porth hyfforddi ESR</title>');
    expect(page.body).toContain('Mae problem wedi codi');
    expect(page.body).toContain('<span class="nhsuk-u-visually-hidden">Gwall: </span>Rhowch eich enw defnyddiwr');
    expect(findEnglish(visibleTexts(page.body))).toEqual([]);
  });

  it('the API\'s error messages are in the request\'s language; the codes stay the same', async () => {
    const ask = (headers: Record<string, string>) =>
      httpRequest(fx.port, { method: 'POST', path: API_PATHS.enrolmentStart, headers: { origin: TEST_EXTENSION_ORIGIN, 'content-type': 'application/json', ...headers }, body: '[]' });
    const welsh = await ask({ 'accept-language': 'cy' });
    expect(welsh.status).toBe(400);
    expect(welsh.json()).toEqual({ error: { code: 'bad-request', message: 'Nid oedd y cais ar y ffurf ddisgwyliedig.' } });
    expect((await ask({})).json()).toEqual({ error: { code: 'bad-request', message: 'The request was not in the expected form.' } });
  });

  it('error pages and refusals are Welsh too, with the switch', async () => {
    const missing = await get('/no-such-page', { 'accept-language': 'cy' });
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('<h1>Heb ddod o hyd i’r dudalen</h1>');
    expect(switchIn(missing)).toEqual(['/language/en?back=%2Fno-such-page', 'en', 'en', 'English']);
    // A form posted from another site is refused (CSRF): the refusal is in the person's language.
    const refused = await httpRequest(fx.port, { method: 'POST', path: '/logout', headers: { cookie: 'esr_language=cy', origin: 'https://evil.example' } });
    expect(refused.status).toBe(403);
    expect(refused.body).toContain('Cais wedi’i wrthod');
    expect(findEnglish(visibleTexts(refused.body))).toEqual([]);
  });
});

describe('the switch', () => {
  it('is on every page: signed out, signed in, mailbox, reset, error; in the other language, marked as such', async () => {
    const { client } = await signInOverHttp(fx, JANE);
    for (const path of ['/login', '/forgotten-password', '/demo/mailbox', '/signed-out', '/no-such-page']) {
      expect(switchIn(await get(path)), path).toEqual([`/language/cy?back=${encodeURIComponent(path)}`, 'cy', 'cy', 'Cymraeg']);
    }
    for (const path of ['/portal', '/account/activity']) {
      expect(switchIn(await client.get(path)), path).toEqual([`/language/cy?back=${encodeURIComponent(path)}`, 'cy', 'cy', 'Cymraeg']);
    }
    expect(switchIn(await get('/signed-out?reason=inactive', { 'accept-language': 'cy' }))).toEqual(['/language/en?back=%2Fsigned-out%3Freason%3Dinactive', 'en', 'en', 'English']);
  });

  it('sets the cookie for a year, HttpOnly and SameSite=Lax, and goes back to the page it was pressed on', async () => {
    const switched = await get('/language/cy?back=%2Fforgotten-password%3Fstep%3D1');
    expect(switched.status).toBe(303);
    expect(switched.headers.location).toBe('/forgotten-password?step=1');
    expect(switched.headers['set-cookie']).toEqual(['esr_language=cy; Max-Age=31536000; Path=/; HttpOnly; SameSite=Lax']);
    const after = await get('/forgotten-password', { cookie: 'esr_language=cy' });
    expect(after.body).toContain('<h1>Wedi anghofio eich cyfrinair?</h1>');
    expect(switchIn(after)).toEqual(['/language/en?back=%2Fforgotten-password', 'en', 'en', 'English']);
  });

  it('on the page a form post answered, leads back to that form\'s own page', async () => {
    const posted = await httpRequest(fx.port, { method: 'POST', path: '/login', headers: { origin: `http://127.0.0.1:${fx.port}`, 'content-type': 'application/x-www-form-urlencoded' }, body: 'username=&password=' });
    expect(switchIn(posted)?.[0]).toBe('/language/cy?back=%2Flogin');
    // The helpdesk's reset has no page of its own: its answer leads back to the manager area.
    const { client: ravi } = await signInOverHttp(fx, '999RPATEL01');
    expect((await ravi.api(API_PATHS.stepUpVerify, { code: codeNow(fx.helper.demoSecrets().get('999RPATEL01')!, fx.clock) })).status).toBe(200);
    const refused = await ravi.postForm('/manager/helpdesk/reset', { 'helpdesk-username': JANE });
    expect(switchIn(refused)?.[0]).toBe('/language/cy?back=%2Fmanager');
  });

  it.each([
    ['another site', 'https://evil.example/'],
    ['a protocol-relative address', '//evil.example/'],
    ['a backslash browsers read as a slash', '/\\evil.example/'],
    ['a tab browsers drop', '/\t/evil.example/'],
    ['a backslash later on', '/portal\\..\\\\evil.example'],
    ['a script address', 'javascript:alert(1)'],
    ['nothing', ''],
  ])('refuses an open redirect through back (%s): it goes to the portal instead (attacker\'s test)', async (_why, back) => {
    const switched = await get(`/language/cy?back=${encodeURIComponent(back)}`);
    expect(switched.status).toBe(303);
    expect(switched.headers.location).toBe('/');
  });

  it('refuses back given twice, rather than choosing one (attacker\'s test)', async () => {
    const switched = await get('/language/cy?back=%2Fportal&back=%2F%2Fevil.example');
    expect(switched.headers.location).toBe('/');
  });

  it('an unknown language is a typed 404 that changes nothing: no cookie, no stored choice (attacker\'s test)', async () => {
    const { client: gwen } = await signInOverHttp(fx, GWEN);
    const refused = await gwen.get('/language/xx?back=%2F%2Fevil.example');
    expect(refused.status).toBe(404);
    expect(refused.body).toContain('data-esr-error-code="not-found"');
    expect(refused.headers['set-cookie']).toBeUndefined();
    expect(refused.headers.location).toBeUndefined();
    expect(languageOf(refused)).toBe('cy');
    expect(fx.helper.store.findAccount(GWEN)?.language).toBe('cy');
    expect((await get('/language/cy%00?back=%2F')).status).toBe(404);
  });
});

describe('a signed-in person\'s language', () => {
  it('Gwen prefers Welsh: her pages are Welsh once she is signed in, though her browser asks for English; the switch still wins', async () => {
    expect(languageOf(await get('/login'))).toBe('en-GB');
    const { client: gwen } = await signInOverHttp(fx, GWEN);
    const home = await gwen.get('/portal');
    expect(languageOf(home)).toBe('cy');
    expect(home.body).toContain('<h1>Croeso, Gwen Lloyd</h1>');
    expect(findEnglish(visibleTexts(home.body))).toEqual([]);
    await gwen.get('/language/en?back=%2Fportal');
    expect(languageOf(await gwen.get('/portal'))).toBe('en-GB');
    expect(fx.helper.store.findAccount(GWEN)?.language).toBe('en');
    // The trainer's reset puts her back as she started: preferring Welsh.
    expect(fx.helper.training.resetPerson({ ip: '127.0.0.1' }, GWEN, { newKeys: false })).toMatchObject({ ok: true, value: { language: 'cy' } });
    expect(fx.helper.store.findAccount(GWEN)?.language).toBe('cy');
  });

  it('Jane never chose a language: signed in on a browser that asks for Welsh, her pages are Welsh, not her account\'s default English', async () => {
    const { client: jane } = await signInOverHttp(fx, JANE);
    expect(fx.helper.store.findAccount(JANE)?.language).toBe('en');
    const home = await httpRequest(fx.port, { path: '/portal', headers: { cookie: jane.cookie ?? '', 'accept-language': 'cy,en;q=0.8' } });
    expect(languageOf(home)).toBe('cy');
    expect(home.body).toContain('<h1>Croeso, Jane Smith</h1>');
    // And the same browser asking for English reads English.
    expect(languageOf(await jane.get('/portal'))).toBe('en-GB');
  });

  it('Gwen\'s emails are in Welsh and Jane\'s in English', async () => {
    await signInOverHttp(fx, GWEN);
    await signInOverHttp(fx, JANE);
    const gwens = (await readMailboxOf(fx.port, GWEN)).body;
    expect(gwens).toContain('Mewngofnodi i ESR o ddyfais newydd');
    expect(gwens).toContain('o Porwr ar system anhysbys yn Leeds');
    const gwensEmail = fx.helper.store.listOutbox({ username: GWEN, limit: 1 })[0]!;
    expect(findEnglish([gwensEmail.subject, gwensEmail.body])).toEqual([]);
    expect(gwensEmail.body).toMatch(/ar Dydd \S+ \d+ \S+ \d{4}, \d\d:\d\d/);
    const janes = fx.helper.store.listOutbox({ username: JANE, limit: 1 })[0]!;
    expect(janes.subject).toBe('A sign-in to ESR from a new device');
    expect(janes.body).toContain('from A browser on an unknown system in Leeds');
  });

  it('Jane picks Cymraeg while signed in: it is kept as her language, and ESR writes to her in Welsh from then on', async () => {
    const { client: jane } = await signInOverHttp(fx, JANE);
    expect((await jane.get('/language/cy?back=%2Fportal')).headers.location).toBe('/portal');
    expect(fx.helper.store.findAccount(JANE)?.language).toBe('cy');
    // A new browser, with no cookie: her pages are Welsh once she is signed in, and so is the email.
    const { client: elsewhere } = await signInOverHttp(fx, JANE);
    expect(languageOf(await elsewhere.get('/portal'))).toBe('cy');
    expect(fx.helper.store.listOutbox({ username: JANE, limit: 1 })[0]?.subject).toBe('Mewngofnodi i ESR o ddyfais newydd');
  });

  it('a switch pressed while signed out changes no one\'s stored language', async () => {
    await get('/language/cy?back=%2Flogin');
    expect(fx.helper.store.listAccounts().filter((account) => account.language === 'cy').map((account) => account.username)).toEqual([GWEN]);
  });
});
