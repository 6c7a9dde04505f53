import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { launchBrowser, type BrowserKind, type LaunchOptions, type TestBrowser } from './browser.js';
import { startHelper, type StartHelperOptions, type TestHelper } from './helper.js';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../e2e/screenshots');

/** What one journey works with: a helper, a browser pointed at it, and a fresh tab. */
export interface Stage {
  readonly kind: BrowserKind;
  readonly helper: TestHelper;
  readonly browser: TestBrowser;
  /** A new tab for this journey, on about:blank, signed out (every persona was reset). */
  page: Page;
  /**
   * With E2E_SCREENSHOTS=1, saves a picture of `page` (default: the journey's tab) as
   * test/e2e/screenshots/<browser>/<name>.png, for people to look at. Off by default: a picture
   * costs a fifth of a second, and a failed journey leaves one anyway.
   */
  shot(name: string, page?: Page): Promise<void>;
}

async function picture(page: Page, file: string): Promise<void> {
  await page.screenshot({ path: file, fullPage: true });
}

export interface StageOptions {
  helper?: StartHelperOptions;
  browser?: Omit<LaunchOptions, 'portal'>;
}

/**
 * Registers vitest hooks for the journeys in the calling `describe`: one helper and one browser
 * for all of them (started in parallel, stopped at the end), and before each journey the
 * `fresh-class` scenario (everyone reset, the clock back to real time, the training phone as it
 * started), the extension made to forget what it keeps about people, and a fresh tab, so that every journey starts signed out and can run alone or in any
 * order. A journey that fails leaves FAILED-<name>.png. Call the returned function inside a test.
 */
export function useStage(kind: BrowserKind, options: StageOptions = {}): () => Stage {
  let stage: Stage | undefined;
  const folder = path.join(SCREENSHOTS, kind);

  beforeAll(async () => {
    mkdirSync(folder, { recursive: true });
    const [helper, browser] = await Promise.all([startHelper(options.helper), launchBrowser(kind, options.browser)]);
    await browser.pointAt(helper.origin);
    const page = await browser.newPage();
    stage = {
      kind,
      helper,
      browser,
      page,
      shot: async (name, shown) => {
        if (process.env['E2E_SCREENSHOTS'] !== '1') return;
        await picture(shown ?? stage?.page ?? page, path.join(folder, `${name}.png`));
      },
    };
  }, 60_000);

  beforeEach(async () => {
    if (stage === undefined) throw new Error('The stage did not start');
    await stage.helper.console.runScenario('fresh-class');
    // What the browser keeps about people (a guide half done, a "Not now") would outlive the reset.
    await stage.browser.forgetPeople();
    stage.page = await stage.browser.freshTab();
  });

  afterEach(async (context) => {
    if (stage === undefined || context.task.result?.state !== 'fail') return;
    await picture(stage.page, path.join(folder, `FAILED-${context.task.name.slice(0, 60).replace(/\W+/g, '-')}.png`)).catch(() => undefined);
  });

  afterAll(async () => {
    await stage?.browser.close().catch(() => undefined);
    await stage?.helper.stop();
  });

  return () => {
    if (stage === undefined) throw new Error('useStage(...)() is for inside a test: the stage starts in beforeAll');
    return stage;
  };
}
