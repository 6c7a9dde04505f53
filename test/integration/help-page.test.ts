import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../helper/project-root.js';
import { findEnglish } from '../kit/english-text.js';
import { httpRequest } from '../support/http-client.js';
import { startTestServer, type ServerFixture } from '../support/server-fixture.js';
import { labelTexts, visibleTexts } from '../support/visible-text.js';

/**
 * The MFA help page and the generated guide it serves from docs/guide, over real HTTP: the page in
 * both languages, each file with the type a browser needs to use it (a <track> is ignored unless
 * it is text/vtt), and what an attacker gets when they ask for anything else in or above the folder.
 */
let fx: ServerFixture;
beforeAll(async () => { fx = await startTestServer(); });
afterAll(async () => { await fx.stop(); });

const get = (requestPath: string, headers: Record<string, string> = {}) => httpRequest(fx.port, { path: requestPath, headers });
const GUIDE = path.join(ROOT, 'docs/guide');

describe('the help page', () => {
  it('plays the video with its captions on, and links the guide and its PDF', async () => {
    const page = await get('/help/mfa');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('<h1>Multi-factor authentication (MFA)</h1>');
    expect(page.body).toMatch(/<video [^>]*controls/);
    expect(page.body).toContain('<source src="/help/guide/mfa-setup-video.webm" type="video/webm">');
    expect(page.body).toContain('<track kind="captions" src="/help/guide/mfa-setup-video.vtt" srclang="en" label="English">');
    expect(page.body).toContain('<a href="/help/guide/mfa-step-by-step.html" hreflang="en">Step-by-step guide</a>');
    expect(page.body).toContain('href="/help/guide/mfa-step-by-step.pdf"');
    // The policy lets the page play its own media, and nothing from elsewhere.
    expect(page.headers['content-security-policy']).toContain("media-src 'self'");
  });

  it('in Welsh, reads as Welsh, and marks the guide as English while no Welsh one is made', async () => {
    const page = await get('/help/mfa', { 'accept-language': 'cy' });
    expect(page.body).toMatch(/<html lang="cy">/);
    expect(page.body).toContain('<h1>Dilysu aml-ffactor (MFA)</h1>');
    expect(findEnglish([...visibleTexts(page.body), ...labelTexts(page.body)])).toEqual([]);
    const welshVideo = ['webm', 'vtt'].every((extension) => exists(`mfa-setup-video.cy.${extension}`));
    expect(page.body).toContain(welshVideo ? 'srclang="cy" label="Cymraeg"' : 'srclang="en" label="English"');
    const welshGuide = exists('mfa-step-by-step.cy.html') && exists('mfa-step-by-step.cy.pdf');
    expect(page.body).toContain(welshGuide ? 'href="/help/guide/mfa-step-by-step.cy.html" hreflang="cy"' : 'href="/help/guide/mfa-step-by-step.html" hreflang="en"');
    if (!welshGuide || !welshVideo) expect(page.body).toContain('data-esr-guide-in-english');
  });

  it('is linked from the home page and every page\'s footer, signed in or not', async () => {
    for (const page of ['/login', '/demo/mailbox', '/no-such-page']) expect((await get(page)).body).toContain('<a href="/help/mfa" data-esr-help-link>');
  });
});

describe('the guide\'s files', () => {
  it.each([
    ['mfa-step-by-step.html', 'text/html; charset=utf-8'],
    ['mfa-step-by-step.pdf', 'application/pdf'],
    ['mfa-setup-video.webm', 'video/webm'],
    ['mfa-setup-video.vtt', 'text/vtt; charset=utf-8'],
    ['images/05-qr-code.png', 'image/png'],
  ])('%s is served as %s, byte for byte', async (name, type) => {
    const file = await get(`/help/guide/${name}`);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe(type);
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(Number(file.headers['content-length'])).toBe(readFileSync(path.join(GUIDE, name)).length);
  });

  it('answers a range, so a video can be sought', async () => {
    const part = await get('/help/guide/mfa-setup-video.webm', { range: 'bytes=0-99' });
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toMatch(/^bytes 0-99\/\d+$/);
  });

  it('gives the guide\'s own page a policy that allows its own styles and no script', async () => {
    const policy = (await get('/help/guide/mfa-step-by-step.html')).headers['content-security-policy'] ?? '';
    expect(policy).toMatch(/style-src 'sha256-[A-Za-z0-9+/]+=*'/);
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toContain('script-src');
    expect(policy).not.toContain('unsafe-inline');
  });
});

describe('an attacker asking for other files', () => {
  it.each([
    '/help/guide/../../package.json',
    '/help/guide/..%2f..%2fpackage.json',
    '/help/guide/%2e%2e/%2e%2e/package.json',
    '/help/guide/%2e%2e%2f%2e%2e%2fpackage.json',
    '/help/guide/..%252f..%252fpackage.json',
    '/help/guide/images/..%2f..%2f..%2fpackage.json',
    '/help/guide/..%5c..%5cpackage.json',
    '/help/guide/images/%2e%2e/%2e%2e/%2e%2e/helper/http/server.ts',
    '/help/guide/mfa-step-by-step.html%00.png',
    '/help/guide/%2fetc%2fpasswd',
    '/help/guide//etc/passwd',
    '/help/guide/',
    '/help/guide/images/',
    '/help/guide/.git/config',
    '/help/guide/MFA-STEP-BY-STEP.HTML',
    '/help/guide/mfa-step-by-step.fr.html',
  ])('%s is not found, and no file of the project is sent', async (attack) => {
    const answer = await get(attack);
    expect([400, 403, 404]).toContain(answer.status);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.body).not.toContain('"name": "esr-mfa"');
    expect(answer.body).not.toContain('root:');
    expect(answer.body).not.toContain('buildServer');
  });

  it('cannot write: a POST to a guide file is refused', async () => {
    const answer = await httpRequest(fx.port, { method: 'POST', path: '/help/guide/mfa-step-by-step.html', headers: { origin: `http://127.0.0.1:${fx.port}`, 'content-type': 'text/plain' }, body: 'x' });
    expect(answer.status).toBe(404);
  });
});

function exists(name: string): boolean {
  try {
    readFileSync(path.join(GUIDE, name));
    return true;
  } catch {
    return false;
  }
}
