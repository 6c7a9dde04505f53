import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export type BrowserKind = 'chromium' | 'firefox';

const ROOT = path.resolve(import.meta.dirname, '../../..');
/** Fixed by the `key` in manifest.json. */
export const CHROME_EXTENSION_ID = 'kfcidpngpllbhdoioicmpefeicmbbige';
export const GECKO_ID = 'esr-mfa@training.esr.nhs.uk';
/** Fixed for the test through the `extensions.webextensions.uuids` pref. */
export const FIREFOX_EXTENSION_UUID = '0b7a6f55-3c2e-4d53-9a51-e2e0e2e0e5a1';

export interface TestBrowser {
  kind: BrowserKind;
  browser: Browser;
  extensionOrigin: string;
  extensionId: string;
}

/** Debian's Chromium or Firefox ESR, headless, with the built extension installed. */
export async function launchWithExtension(kind: BrowserKind): Promise<TestBrowser> {
  const dist = path.join(ROOT, kind === 'chromium' ? 'dist/chrome' : 'dist/firefox');
  if (!existsSync(path.join(dist, 'manifest.json'))) throw new Error(`${dist} is missing: run npm run build first (npm test does).`);
  if (kind === 'chromium') {
    const browser = await puppeteer.launch({
      browser: 'chrome',
      executablePath: '/usr/bin/chromium',
      headless: true,
      pipe: true,
      enableExtensions: true,
      defaultViewport: { width: 1024, height: 800 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
    const extensionId = await browser.installExtension(dist);
    return { kind, browser, extensionId, extensionOrigin: `chrome-extension://${extensionId}` };
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    defaultViewport: { width: 1024, height: 800 },
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }) },
  });
  const extensionId = await browser.installExtension(dist);
  return { kind, browser, extensionId, extensionOrigin: `moz-extension://${FIREFOX_EXTENSION_UUID}` };
}

/** Saves a numbered screenshot per browser, for people to look at (the folder is git-ignored). */
export function screenshotter(kind: string) {
  const folder = path.join(ROOT, 'test/e2e/screenshots', kind);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  let n = 0;
  return async (page: Page, name: string) => {
    n += 1;
    await page.screenshot({ path: path.join(folder, `${String(n).padStart(2, '0')}-${name}.png`) , fullPage: true });
  };
}
