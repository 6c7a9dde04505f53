import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Frame, Page } from 'puppeteer-core';
import { DEMO_MAILBOX_PASSWORD, DEMO_PASSWORD } from '../../../helper/personas.js';
import { findFrame } from '../../../helper/launcher/portal-address.js';
import type { TestBrowser } from './browsers.js';

export const SECURE_FRAME = '/extension/pages/secure-frame/index.html';

export async function signInWithPassword(page: Page, origin: string, username: string, options: { location?: string; password?: string } = {}): Promise<void> {
  await page.goto(`${origin}/login`, { waitUntil: 'load' });
  await page.type('#username', username);
  await page.type('#password', options.password ?? DEMO_PASSWORD);
  if (options.location !== undefined) {
    await page.click('summary');
    await page.select('#demoLocation', options.location);
  }
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('button[type="submit"]')]);
}

export async function signOut(page: Page): Promise<void> {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('.nhsuk-header__account-button')]);
}

/**
 * Opens one person's demo mailbox as a trainer would: sign in to it with their username and the
 * demo mailbox password, leaving first whichever mailbox this browser had open.
 */
export async function openMailbox(page: Page, origin: string, username: string): Promise<void> {
  await page.goto(`${origin}/demo/mailbox`, { waitUntil: 'load' });
  if ((await page.$('form[action="/demo/mailbox/close"]')) !== null) {
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('form[action="/demo/mailbox/close"] button')]);
  }
  await page.type('#username', username);
  await page.type('#password', DEMO_MAILBOX_PASSWORD);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('form[action="/demo/mailbox"] button')]);
  const shown = await page.$eval('.nhsuk-caption-l', (el) => el.textContent).catch(() => '');
  if (!shown.includes(username)) throw new Error(`The mailbox of ${username} did not open`);
}

/**
 * Reads the newest email of one kind from a person's mailbox, in a tab of its own (as a person
 * would switch to their email), and returns the code in it: `pattern` has one capture group.
 */
export async function codeFromMailbox(page: Page, origin: string, username: string, kind: string, pattern: RegExp): Promise<string> {
  const mailbox = await page.browser().newPage();
  try {
    await openMailbox(mailbox, origin, username);
    const body = await mailbox.$eval(`[data-esr-outbox-kind="${kind}"]`, (el) => el.textContent);
    const code = pattern.exec(body)?.[1];
    if (code === undefined) throw new Error(`No code in ${username}'s ${kind} email: ${body}`);
    return code;
  } finally {
    await mailbox.close();
  }
}

export interface HostileAttempt {
  route: string;
  /** One per credential tried: `answered <status>: <body>` or `refused: <error code or network>`. */
  outcomes: string[];
}

/**
 * What a script injected into the portal page (XSS, a compromised library) would try, run in the
 * page's own world: gather every value that looks like a token from the DOM, cookies and storage,
 * then call each API route that reveals or changes MFA with the page's cookies, and with each
 * value as a bearer token.
 */
export function hostilePageScript(page: Page): Promise<HostileAttempt[]> {
  return page.evaluate(async () => {
    const found = new Set<string>();
    const collect = (text: string | null) => { for (const match of (text ?? '').matchAll(/[A-Za-z0-9_-]{32,}/g)) found.add(match[0]); };
    for (const element of document.querySelectorAll('*')) for (const attribute of Array.from(element.attributes)) collect(attribute.value);
    for (const element of document.querySelectorAll('*')) if (element.shadowRoot) collect(element.shadowRoot.innerHTML);
    collect(document.cookie);
    for (const storage of [localStorage, sessionStorage]) for (let i = 0; i < storage.length; i++) collect(storage.getItem(storage.key(i) ?? ''));
    const bodies: Record<string, unknown> = { 'status': {}, 'enrolment/start': {}, 'enrolment/confirm': { code: '000000' }, 'recovery-codes/regenerate': { code: '000000' } };
    const attempts: { route: string; outcomes: string[] }[] = [];
    for (const [route, body] of Object.entries(bodies)) {
      const outcomes: string[] = [];
      // Every credential-looking value, on the plain path and on one the router decodes to it.
      for (const [token, prefix] of [null, ...found].flatMap((t) => [[t, '/api/v1/'], [t, '/%61pi/v1/']] as const)) {
        try {
          const response = await fetch(`${prefix}${route}`, {
            method: 'POST',
            credentials: 'include',
            headers: { 'content-type': 'application/json', ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
            body: JSON.stringify(body),
          });
          const text = await response.text();
          const code = /"code":"([a-z-]+)"/.exec(text)?.[1];
          outcomes.push(response.status === 403 && code !== undefined ? `refused: ${code}` : `answered ${response.status}: ${text.slice(0, 80)}`);
        } catch {
          outcomes.push('refused: network');
        }
      }
      attempts.push({ route, outcomes });
    }
    return attempts;
  });
}

/** The text a person sees in the extension's panels (open shadow roots), in page order. */
export function panelText(page: Page): Promise<string> {
  return page.evaluate(() => Array.from(document.querySelectorAll('esr-mfa-panel'), (panel) => panel.shadowRoot?.textContent ?? '').join('\n'));
}

export async function waitForPanelText(page: Page, text: string, timeoutMs = 10_000): Promise<void> {
  await page.waitForFunction(
    (wanted: string) => Array.from(document.querySelectorAll('esr-mfa-panel'), (panel) => panel.shadowRoot?.textContent ?? '').join('\n').includes(wanted),
    { timeout: timeoutMs },
    text,
  );
}

/** Waits until the element with focus inside the panel has this text, as a keyboard user would find it. */
export async function waitForFocusOn(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (wanted: string) => Array.from(document.querySelectorAll('esr-mfa-panel')).some((panel) => (panel.shadowRoot?.activeElement?.textContent ?? '').includes(wanted)),
    { timeout: 5_000 },
    text,
  );
}

/**
 * Searches everything the portal page's own scripts can reach for `needle`: the DOM, open shadow
 * roots, script-visible globals, storage, cookies and the resource timeline.
 */
export function pageWorldContains(page: Page, needle: string): Promise<boolean> {
  return page.evaluate((wanted: string) => {
    const texts: string[] = [document.documentElement.outerHTML, document.cookie, window.name, location.href];
    for (const element of document.querySelectorAll('*')) if (element.shadowRoot) texts.push(element.shadowRoot.innerHTML);
    for (const storage of [localStorage, sessionStorage]) for (let i = 0; i < storage.length; i++) texts.push(`${storage.key(i)}=${storage.getItem(storage.key(i) ?? '')}`);
    for (const entry of performance.getEntries()) texts.push(entry.name);
    for (const key of Object.getOwnPropertyNames(window)) {
      try {
        const value: unknown = (window as unknown as Record<string, unknown>)[key];
        if (typeof value === 'string') texts.push(value);
      } catch { /* cross-origin or throwing getters hold nothing of ours */ }
    }
    for (const frame of Array.from(window.frames)) {
      try { texts.push(frame.document.documentElement.outerHTML); } catch { /* cross-origin: unreadable, as it should be */ }
    }
    return texts.some((text) => text.includes(wanted));
  }, needle);
}

/** The secure frame inside the panel, found by its own address. */
export function secureFrame(page: Page, tb: TestBrowser): Promise<Frame> {
  return findFrame(() => page.frames(), `${tb.extensionOrigin}${SECURE_FRAME}`);
}

/**
 * Reads the QR code the way a phone would: from pixels on the screen, looking again for a moment if
 * the first picture caught the panel mid-layout (a phone camera keeps looking too).
 */
export async function scanQrCode(page: Page, tb: TestBrowser): Promise<string> {
  const frame = await secureFrame(page, tb);
  await frame.waitForSelector('img.qr');
  await frame.waitForFunction(() => document.querySelector<HTMLImageElement>('img.qr')?.complete === true);
  await waitForSecureFrameToSettle(page);
  const frameElement = await frame.frameElement();
  if (frameElement === null) throw new Error('secure frame has no element');
  for (let attempt = 1; attempt <= 5; attempt++) {
    await frameElement.scrollIntoView();
    const png = PNG.sync.read(Buffer.from(await frameElement.screenshot({ type: 'png' })));
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    if (decoded !== null) return decoded.data;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error('No QR code could be read from the frame');
}

/**
 * The secure frame tells the panel its height once its content is drawn, which moves whatever sits
 * below it. Wait until it has settled, as a person would before reaching for the next control.
 */
export async function waitForSecureFrameToSettle(page: Page): Promise<void> {
  let last = '';
  let stableSince = Date.now();
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const height = await page.evaluate(() =>
      Array.from(document.querySelectorAll('esr-mfa-panel'), (panel) => panel.shadowRoot?.querySelector<HTMLElement>('.secure-frame-box')?.style.height ?? '').join('|'),
    );
    if (height !== last) {
      last = height;
      stableSince = Date.now();
    } else if (height.replace(/\|/g, '') !== '' && Date.now() - stableSince >= 300) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The secure frame never settled');
}
