import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setPortalAddress } from '../../helper/launcher/portal-address.js';
import { enterCode } from './journeys/journey.js';
import { launchWithExtension, screenshotter, type BrowserKind, type TestBrowser } from './support/browsers.js';
import { ConsolePage } from './support/console-page.js';
import { HelperProcess } from './support/helper-process.js';
import { startOtherSite } from './support/other-site.js';
import { panelText, signInWithPassword, signOut, waitForPanelText, waitForSecureFrameToSettle } from './support/portal.js';

/**
 * A trainer's lesson, driven only through the portal and the trainer console, as a trainer would:
 * the training phone instead of a real one, and the training clock instead of waiting. The helper
 * runs with its own step-up age (15 minutes), not the short one the other journeys use.
 */
export function registerTrainerJourney(kind: BrowserKind): void {
  describe(`A trainer's lesson in ${kind}`, { retry: 1 }, () => {
    let helper: HelperProcess;
    let other: Awaited<ReturnType<typeof startOtherSite>>;
    let tb: TestBrowser;
    let portal: Page;
    let trainer: ConsolePage;
    const shot = screenshotter(`${kind}-trainer`);
    let janeCode = '';

    const show = async () => { await portal.bringToFront(); };
    const signIn = async (username: string) => {
      await show();
      await signInWithPassword(portal, helper.origin, username);
    };

    beforeAll(async () => {
      [helper, other, tb] = await Promise.all([HelperProcess.start({ stepUpMaxAgeSeconds: null }), startOtherSite(), launchWithExtension(kind)]);
      portal = await tb.browser.newPage();
      await setPortalAddress(tb, portal, other.origin, helper.origin);
      trainer = await ConsolePage.open(tb.browser, helper.consoleAddress);
      await shot(trainer.page, 'console-opened');
    }, 60_000);

    afterAll(async () => {
      await tb.browser.close();
      await Promise.all([helper.stop(), other.close()]);
    });

    it("Jane sets up MFA with the training phone's scan, then signs out and in with its code", async () => {
      await signIn('999JSMITH01');
      await waitForPanelText(portal, 'Set up now');
      await portal.click('>>> .button');
      await waitForPanelText(portal, 'Step 1 of 6');
      await portal.click('>>> #esr-mfa-acknowledge');
      await portal.click('>>> button[type="submit"]');
      await waitForPanelText(portal, 'Step 2 of 6');
      await portal.click('>>> button[type="submit"]');
      await waitForPanelText(portal, 'Step 3 of 6');
      await waitForSecureFrameToSettle(portal);

      // The console's camera receives the set-up being shown from the helper, not from the page.
      await trainer.scanQrCode('999JSMITH01');
      await trainer.waitForTag('Jane Smith', 'Setting up');
      janeCode = await trainer.phoneCode('999JSMITH01');
      await shot(trainer.page, 'phone-scanned-jane');

      await show();
      await portal.click('>>> button[type="submit"]');
      await waitForPanelText(portal, 'Step 4 of 6');
      await enterCode(portal, janeCode);
      await waitForPanelText(portal, 'Save your recovery codes');
      await waitForSecureFrameToSettle(portal);
      await portal.click('>>> #esr-mfa-saved');
      await portal.click('>>> button[type="submit"]');
      await waitForPanelText(portal, 'Extra security is on');
      await Promise.all([portal.waitForNavigation({ waitUntil: 'load' }), portal.click('>>> button[type="submit"]')]);
      expect(await portal.$eval('[data-esr-mfa-status]', (el) => el.textContent)).toBe('On');
      await trainer.waitForTag('Jane Smith', 'MFA on');

      // The code she used is spent: the next one comes 30 seconds on, which the clock brings now.
      await show();
      await signOut(portal);
      await trainer.moveClock('30 seconds');
      const next = await trainer.phoneCode('999JSMITH01', janeCode);
      await signIn('999JSMITH01');
      expect(portal.url()).toBe(`${helper.origin}/login/verify`);
      await Promise.all([portal.waitForNavigation({ waitUntil: 'load' }), enterCode(portal, next)]);
      expect(portal.url()).toBe(`${helper.origin}/portal`);
      expect(await portal.$eval('.esr-training-clock', (el) => el.textContent)).toContain('ahead of real time');
      await shot(portal, 'jane-signed-in-moved-clock');
      await signOut(portal);
    }, 90_000);

    it("the clock moves 16 minutes and Sarah's step-up is asked again", async () => {
      await signIn('999SGREEN01');
      await Promise.all([portal.waitForNavigation({ waitUntil: 'load' }), portal.$eval('a[href="/manager"]', (link) => { link.click(); })]);
      expect(portal.url()).toBe(`${helper.origin}/step-up`);
      await waitForPanelText(portal, 'Code from the email');
      const code = await trainer.fromNewestEmail('999SGREEN01', 'Your ESR confirmation code', /is (\d{6})\./);
      await show();
      await Promise.all([portal.waitForNavigation({ waitUntil: 'load' }), enterCode(portal, code)]);
      expect(await portal.$eval('h1', (el) => el.textContent)).toBe('Manager self-service');

      await trainer.moveClock('15 minutes');
      await trainer.moveClock('30 seconds');
      await trainer.moveClock('30 seconds');
      await show();
      await portal.goto(`${helper.origin}/manager`, { waitUntil: 'load' });
      expect(portal.url()).toBe(`${helper.origin}/step-up`);
      await waitForPanelText(portal, 'Code from the email');
      await shot(portal, 'sarah-step-up-again');
      await signOut(portal);
    }, 60_000);

    it("the clock moves 31 days and Amir's remembered browser asks for a code again", async () => {
      // Amir's demo key is on the training phone from the start, as it would be on a trainer's phone.
      await signIn('999AKHAN01');
      expect(portal.url()).toBe(`${helper.origin}/login/verify`);
      const first = await trainer.phoneCode('999AKHAN01');
      await show();
      await portal.waitForSelector('>>> #esr-mfa-remember-device');
      await portal.click('>>> #esr-mfa-remember-device');
      await Promise.all([portal.waitForNavigation({ waitUntil: 'load' }), enterCode(portal, first)]);
      expect(portal.url()).toBe(`${helper.origin}/portal`);
      await signOut(portal);

      await signIn('999AKHAN01');
      expect(portal.url()).toBe(`${helper.origin}/portal`);
      await signOut(portal);

      await trainer.moveClock('30 days');
      await trainer.moveClock('1 day');
      await signIn('999AKHAN01');
      expect(portal.url()).toBe(`${helper.origin}/login/verify`);
      await waitForPanelText(portal, 'Security code');
      await shot(portal, 'amir-code-after-31-days');
      const again = await trainer.phoneCode('999AKHAN01', first);
      await show();
      await Promise.all([portal.waitForNavigation({ waitUntil: 'load' }), enterCode(portal, again)]);
      await signOut(portal);
    }, 60_000);

    it('resetting Jane in the console turns her MFA off again in the training data', async () => {
      await trainer.resetPerson('Jane Smith');
      await trainer.waitForTag('Jane Smith', 'MFA off');
      await shot(trainer.page, 'jane-reset');
      await signIn('999JSMITH01');
      expect(portal.url()).toBe(`${helper.origin}/portal`);
      await waitForPanelText(portal, 'Set up now');
      expect(await panelText(portal)).toContain('Add extra security to your ESR account');
      expect(await portal.$eval('[data-esr-mfa-status]', (el) => el.textContent)).toBe('Off');
    }, 60_000);

    it("the console's token and the phone's codes never reach the portal page", async () => {
      const pageText = await portal.evaluate(() => document.documentElement.outerHTML + document.cookie + JSON.stringify(Object.entries(localStorage)));
      expect(pageText).not.toContain(helper.consoleToken);
      const consoleCookies = await trainer.page.evaluate(() => document.cookie);
      expect(consoleCookies).toBe('');
    });
  });
}
