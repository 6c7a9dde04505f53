import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Frame, Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { SECURE_FRAME_PATH } from '../../extension/ui/extension-pages.js';
import { findFrame } from '../../helper/launcher/portal-address.js';
import { DEMO_MAILBOX_PASSWORD, DEMO_PASSWORD } from '../../helper/personas.js';
import type { TestBrowser } from './browser.js';
import type { Phone } from './phone.js';

/** Where a page step signs in: a helper, or just its portal's address. */
export type Portal = { origin: string } | string;
const originOf = (portal: Portal): string => (typeof portal === 'string' ? portal : portal.origin);

/** Clicks something that loads a new page, and resolves once it has loaded. */
export async function clickAndWait(page: Page, selector: string): Promise<void> {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(selector)]);
}

/**
 * Signs in on the portal's login page with a username and the demo password (or `password`), as a
 * person types them; `location` picks a demo sign-in place ("Lagos, Nigeria"). Resolves on the page
 * the portal sends them to: /portal, or /login/verify when a code is due.
 */
export async function signIn(page: Page, portal: Portal, username: string, options: { location?: string; password?: string } = {}): Promise<void> {
  // The tab a person is looking at: a tab in the background may be slowed down by the browser.
  await page.bringToFront();
  await page.goto(`${originOf(portal)}/login`, { waitUntil: 'load' });
  // Typed, as a person does. (A locator's fill() first waits for the field to stop moving over
  // several frames, which costs more than the typing on a busy machine.)
  await page.type('#username', username);
  await page.type('#password', options.password ?? DEMO_PASSWORD);
  if (options.location !== undefined) {
    await page.click('summary');
    await page.select('#demoLocation', options.location);
  }
  await clickAndWait(page, 'button[type="submit"]');
}

/** The header's "Sign out". */
export async function signOut(page: Page): Promise<void> {
  await clickAndWait(page, '.nhsuk-header__account-button');
}

/** Types a code into the extension's code field and presses Enter, as a person would; does not wait for the answer. */
export async function enterCode(page: Page, code: string): Promise<void> {
  // The field is drawn once the extension has heard back from the helper, a moment after load.
  await page.waitForSelector('>>> .code-input', { visible: true });
  await page.click('>>> .code-input', { count: 3 });
  await page.keyboard.press('Backspace');
  await page.type('>>> .code-input', code);
  await page.keyboard.press('Enter');
}

/** Enters a code that the portal accepts with a new page (a sign-in, a step-up), and waits for that page. */
export async function enterCodeAndWait(page: Page, code: string): Promise<void> {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), enterCode(page, code)]);
}

/** The text a person sees in the extension's panels (open shadow roots), in page order. */
export function panelText(page: Page): Promise<string> {
  return page.evaluate(() => Array.from(document.querySelectorAll('esr-mfa-panel'), (panel) => panel.shadowRoot?.textContent ?? '').join('\n'));
}

/** Waits until the extension's panels show `text`. */
export async function waitForPanelText(page: Page, text: string, timeoutMs = 10_000): Promise<void> {
  await page.waitForFunction(
    (wanted: string) => Array.from(document.querySelectorAll('esr-mfa-panel'), (panel) => panel.shadowRoot?.textContent ?? '').join('\n').includes(wanted),
    // Every 50 ms rather than every frame: the check reads every panel's text, and on a busy
    // machine doing it 60 times a second takes the time the browser needs to draw the change.
    { timeout: timeoutMs, polling: 50 },
    text,
  );
}

/** Waits until the element with focus inside the panel has this text, as a keyboard user would find it. */
export async function waitForFocusOn(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (wanted: string) => Array.from(document.querySelectorAll('esr-mfa-panel')).some((panel) => (panel.shadowRoot?.activeElement?.textContent ?? '').includes(wanted)),
    { timeout: 5_000, polling: 50 },
    text,
  );
}

/** The page's main heading. */
export function heading(page: Page): Promise<string> {
  return page.$eval('h1', (el) => el.textContent);
}

/**
 * Searches everything the portal page's own scripts can reach for `needle`: the DOM, open shadow
 * roots, script-visible globals, storage, cookies, the resource timeline and same-origin frames.
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

/** Fails the test if the portal page's own scripts could read `secret` (a key, a recovery code, a token). */
export async function expectNoSecretInPage(page: Page, secret: string): Promise<void> {
  expect(secret, 'an empty secret proves nothing').not.toBe('');
  expect(await pageWorldContains(page, secret), 'the portal page can read the secret').toBe(false);
}

/** The extension's secure frame inside the panel, found by its own address. */
export function secureFrame(page: Page, browser: Pick<TestBrowser, 'extensionOrigin'>): Promise<Frame> {
  return findFrame(() => page.frames(), `${browser.extensionOrigin}/${SECURE_FRAME_PATH}`);
}

/**
 * The secure frame tells the panel its height once its content is drawn, which moves whatever sits
 * below it. Waits until it has kept one height for 300 ms, as a person waits before reaching for
 * the next control.
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
    // The next animation frame: the soonest the height can change.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }
  throw new Error('The secure frame never settled');
}

/**
 * Reads the QR code in the secure frame the way a phone would, from pixels on the screen, and
 * returns what it encodes (an otpauth:// address). A picture caught mid-layout is taken again at
 * the next frame, as a phone camera keeps looking.
 */
export async function scanQrCode(page: Page, browser: Pick<TestBrowser, 'extensionOrigin'>): Promise<string> {
  const frame = await secureFrame(page, browser);
  await frame.waitForSelector('img.qr');
  await frame.waitForFunction(() => document.querySelector<HTMLImageElement>('img.qr')?.complete === true);
  await waitForSecureFrameToSettle(page);
  const frameElement = await frame.frameElement();
  if (frameElement === null) throw new Error('The secure frame has no element');
  for (let attempt = 1; attempt <= 5; attempt++) {
    await frameElement.scrollIntoView();
    const png = PNG.sync.read(Buffer.from(await frameElement.screenshot({ type: 'png' })));
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    if (decoded !== null) return decoded.data;
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }
  throw new Error('No QR code could be read from the secure frame');
}

/** The authenticator key in a scanned otpauth:// address. */
export function keyFromQrCode(otpauth: string): string {
  const key = new URL(otpauth).searchParams.get('secret');
  if (key === null) throw new Error(`No key in ${otpauth}`);
  return key;
}

/**
 * From the portal's home page with the invitation showing, opens the guide and goes on to the QR
 * code (step 3 of 6), and returns the key read from it.
 */
export async function openGuideToQrCode(page: Page, browser: Pick<TestBrowser, 'extensionOrigin'>): Promise<string> {
  await waitForPanelText(page, 'Set up now');
  await page.click('>>> .button');
  await waitForPanelText(page, 'Step 1 of 6');
  await page.click('>>> #esr-mfa-acknowledge');
  await page.click('>>> button[type="submit"]');
  await waitForPanelText(page, 'Step 2 of 6');
  await page.click('>>> button[type="submit"]');
  await waitForPanelText(page, 'Step 3 of 6');
  const key = keyFromQrCode(await scanQrCode(page, browser));
  await waitForSecureFrameToSettle(page);
  return key;
}

/**
 * Goes through the whole guide from the invitation: accepts, scans the QR code, enters a code
 * from `phone`, ticks that the recovery codes are saved, and finishes on the portal's home page
 * with MFA on. Returns the key read from the QR code and the recovery codes shown.
 */
export async function goThroughGuide(page: Page, browser: Pick<TestBrowser, 'extensionOrigin'>, phone: Phone): Promise<{ key: string; recoveryCodes: string[] }> {
  const key = await openGuideToQrCode(page, browser);
  await page.click('>>> button[type="submit"]');
  await waitForPanelText(page, 'Step 4 of 6');
  await enterCode(page, await phone.code(key));
  await waitForPanelText(page, 'Save your recovery codes');
  const frame = await secureFrame(page, browser);
  await frame.waitForSelector('.codes code');
  const recoveryCodes = await frame.$$eval('.codes code', (codes) => codes.map((c) => c.textContent));
  await waitForSecureFrameToSettle(page);
  await page.click('>>> #esr-mfa-saved');
  await page.click('>>> button[type="submit"]');
  await waitForPanelText(page, 'Extra security is on');
  await clickAndWait(page, '>>> button[type="submit"]');
  return { key, recoveryCodes };
}

/**
 * From a signed-in portal page, opens the manager area, which asks for a fresh check (step-up), and
 * enters `code` (from the phone, or from the email for someone without MFA). Resolves on the page
 * the portal shows next: the manager area when the code was right.
 */
export async function stepUp(page: Page, code: string): Promise<void> {
  await openManagerArea(page);
  await waitForPanelText(page, 'Code from');
  await enterCodeAndWait(page, code);
}

/** Follows the portal's link to the manager area; the portal may answer with its step-up page instead. */
export async function openManagerArea(page: Page): Promise<void> {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.$eval('a[href="/manager"]', (link) => { link.click(); })]);
}

/**
 * Opens one person's demo mailbox as a trainer would: signs in to it with their username and the
 * demo mailbox password, leaving first whichever mailbox this browser had open.
 */
export async function openMailbox(page: Page, portal: Portal, username: string): Promise<void> {
  await page.goto(`${originOf(portal)}/demo/mailbox`, { waitUntil: 'load' });
  if ((await page.$('form[action="/demo/mailbox/close"]')) !== null) await clickAndWait(page, 'form[action="/demo/mailbox/close"] button');
  await page.type('#username', username);
  await page.type('#password', DEMO_MAILBOX_PASSWORD);
  await clickAndWait(page, 'form[action="/demo/mailbox"] button');
  const shown = await page.$eval('.nhsuk-caption-l', (el) => el.textContent).catch(() => '');
  if (!shown.includes(username)) throw new Error(`The mailbox of ${username} did not open`);
}

/**
 * Reads the newest email of one kind from a person's demo mailbox, in a tab of its own (as a person
 * switches to their email), and returns the code in it: `pattern` has one capture group.
 */
export async function codeFromMailbox(page: Page, portal: Portal, username: string, kind: string, pattern: RegExp): Promise<string> {
  const mailbox = await page.browser().newPage();
  try {
    await openMailbox(mailbox, portal, username);
    const body = await mailbox.$eval(`[data-esr-outbox-kind="${kind}"]`, (el) => el.textContent);
    const code = pattern.exec(body)?.[1];
    if (code === undefined) throw new Error(`No code in ${username}'s ${kind} email: ${body}`);
    return code;
  } finally {
    await mailbox.close();
  }
}
