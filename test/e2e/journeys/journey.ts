import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import type { BrowserKind, TestBrowser } from '../support/browsers.js';
import type { HelperProcess } from '../support/helper-process.js';
import type { startOtherSite } from '../support/other-site.js';
import { pageWorldContains } from '../support/portal.js';

/**
 * What the journeys in one browser share: the browser, the helper, the page a person is looking
 * at, and what the people in the story know (their keys and codes), as they go along.
 */
export interface Journey {
  kind: BrowserKind;
  tb: TestBrowser;
  helper: HelperProcess;
  other: Awaited<ReturnType<typeof startOtherSite>>;
  page: Page;
  shot(page: Page, name: string): Promise<void>;
  portal(): string;
  jane: { secret: string; lastStep: number | null; recoveryCodes: string[] };
  amir: { key: string; lastStep: number | null };
  ravi: { key: string };
  enterCode(code: string): Promise<void>;
  expectNoSecretInPage(): Promise<void>;
}

/** Types into the extension's code field and submits, as a person would. */
export async function enterCode(page: Page, code: string): Promise<void> {
  // The prompt is drawn once the extension has heard back from the helper, a moment after load.
  await page.waitForSelector('>>> .code-input', { visible: true });
  await page.click('>>> .code-input', { count: 3 });
  await page.keyboard.press('Backspace');
  await page.type('>>> .code-input', code);
  await page.keyboard.press('Enter');
}

/** Jane's authenticator key must never be readable by the portal page's own scripts. */
export async function expectSecretNotInPage(page: Page, secret: string): Promise<void> {
  expect(secret).not.toBe('');
  expect(await pageWorldContains(page, secret)).toBe(false);
}
