import type { Page } from 'puppeteer-core';
import { launchBrowser, startHelper } from '../../test/kit/index.js';
import type { Cast } from './journey.js';
import type { Language } from './steps.js';

/**
 * The training time every picture shows: Monday 2 March 2026, 09:00:05 in London. The helper's
 * real time stands still there (--fixed-time), and the console moves it forward when the journey
 * needs a new code, so every run shows the same times and codes.
 */
export const GUIDE_TIME = '2026-03-02T09:00:05Z';
/** The seed of the keys and recovery codes the helper hands out in the guide (--fixed-keys). */
const GUIDE_KEYS_SEED = 'esr-mfa-step-by-step-guide';
const TIME_ZONE = 'Europe/London';
/** The browser window: wide enough for the portal's layout; the video's picture is this size. */
export const VIDEO_VIEWPORT = { width: 1024, height: 768 };
/**
 * Tall enough that every step's area fits in the window: a picture taken beyond the window makes
 * Chromium lay the page out again at another size, and the secure frame changes height with it.
 */
export const PICTURE_VIEWPORT = { width: 1024, height: 1400 };

/** A helper with the guide's fixed time and keys, Chromium with the extension, the portal's tab and the trainer console's tab. */
export async function openCast(language: Language, viewport: { width: number; height: number }): Promise<Cast & { close(): Promise<void> }> {
  // The helper writes dates in its own time zone: London's, whatever the computer's.
  process.env['TZ'] = TIME_ZONE;
  const helper = await startHelper({ fixedDemo: { time: GUIDE_TIME, keysSeed: GUIDE_KEYS_SEED } });
  try {
    const browser = await launchBrowser('chromium', { portal: helper.origin, ...(language === 'en' ? {} : { languages: [language, 'en'] }) });
    const portal = await preparedTab(await browser.newPage(), viewport);
    const trainer = await preparedTab(await browser.newPage(), viewport);
    // The console counts a code's seconds down with the browser's clock between answers from the
    // helper; the helper's stands still, so the console's must too, or the seconds would differ run to run.
    await trainer.evaluateOnNewDocument(() => { Date.now = () => performance.timeOrigin; });
    await trainer.goto(helper.consoleAddress, { waitUntil: 'load' });
    await trainer.waitForSelector('.esr-phone[data-helper-now]');
    return {
      helper,
      browser,
      portal,
      trainer,
      close: async () => {
        await browser.close().catch(() => undefined);
        await helper.stop();
      },
    };
  } catch (error) {
    await helper.stop();
    throw error;
  }
}

async function preparedTab(page: Page, viewport: { width: number; height: number }): Promise<Page> {
  await page.setViewport(viewport);
  await page.emulateTimezone(TIME_ZONE);
  return page;
}
