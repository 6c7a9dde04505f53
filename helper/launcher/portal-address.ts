/**
 * Points the extension at a portal address through its own options page, as a trainer would, in
 * Chromium and Firefox alike. `npm start` uses it on the window it opens; the browser tests use it
 * on theirs.
 */
import type { Frame, Page } from 'puppeteer-core';
import { OPTIONS_PAGE_PATH, SECURE_FRAME_PATH } from '../../extension/ui/extension-pages.js';
import english from '../../extension/_locales/en/messages.json' with { type: 'json' };
import welsh from '../../extension/_locales/cy/messages.json' with { type: 'json' };

/** What the options page says once it has saved, in each language it may speak. */
const SETTINGS_SAVED = [english.settingsSaved.message, welsh.settingsSaved.message];

/**
 * Puppeteer over WebDriver BiDi reports extension frames as about:blank, so frames and pages are
 * found by asking each for its own address.
 */
export async function findFrame<T extends Frame | Page>(candidates: () => Promise<T[]> | T[], urlPrefix: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const candidate of await candidates()) {
      const href = await candidate.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(urlPrefix)) return candidate;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No frame at ${urlPrefix}`);
}

/**
 * Saves `portalOrigin` as the extension's portal address. Firefox will not let automation open
 * extension pages, so the options page is reached inside a frame: a page of `localSite` (any page
 * on http://127.0.0.1, where the extension's frame page may be shown) frames the extension's
 * web-accessible page, which then goes to the options page itself. `page` is left on `localSite`.
 */
export async function setPortalAddress(extension: { extensionOrigin: string }, page: Page, localSite: string, portalOrigin: string): Promise<void> {
  const framePage = `${extension.extensionOrigin}/${SECURE_FRAME_PATH}`;
  const optionsPage = `${extension.extensionOrigin}/${OPTIONS_PAGE_PATH}`;
  await page.goto(localSite, { waitUntil: 'load' });
  await page.evaluate((src: string) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    // A frame needs a name for screen readers (WCAG 4.1.2; axe's frame-title): this one is shown
    // to the trainer in the window npm start opens, for as long as the address takes to save.
    frame.title = 'ESR MFA extension settings';
    frame.style.cssText = 'width: 900px; height: 700px; border: 0';
    document.body.append(frame);
  }, framePage);
  const framed = await findFrame(() => page.frames(), framePage);
  await framed.evaluate((url: string) => { location.href = url; }, optionsPage);
  const options = await findFrame(() => page.frames(), optionsPage);
  await options.waitForSelector('#helperOrigin');
  // A click gives the frame the keyboard (Firefox in a window of its own wants one); the old
  // address is then selected by the page itself and typed over. (Selecting it by a triple click was
  // seen to land as single clicks on a busy machine, and the new address went after the old.)
  await options.click('#helperOrigin');
  await options.$eval('#helperOrigin', (input) => { (input as HTMLInputElement).select(); });
  await options.type('#helperOrigin', portalOrigin);
  const typed = await options.$eval('#helperOrigin', (input) => (input as HTMLInputElement).value);
  if (typed !== portalOrigin) throw new Error(`The options page's portal address reads "${typed}", not "${portalOrigin}"`);
  // Enter in the field sends the form, as a person would: no pointer, so nothing depends on where
  // the frame sits on the page (a click was seen to miss when the frame was below the fold).
  await options.focus('#helperOrigin');
  await page.keyboard.press('Enter');
  // The options page speaks the browser's language: "Settings saved." in either.
  await options.waitForFunction((saved: string[]) => saved.includes(document.querySelector('[role="status"]')?.textContent ?? ''), {}, SETTINGS_SAVED);
}
