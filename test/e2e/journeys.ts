import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, screenshotter, type BrowserKind, type TestBrowser } from './support/browsers.js';
import { unusedCode } from './support/codes.js';
import { HelperProcess, STEP_UP_MAX_AGE_SECONDS } from './support/helper-process.js';
import { OTHER_SITE_HTML, startOtherSite } from './support/other-site.js';
import {
  pageWorldContains,
  panelText,
  scanQrCode,
  secureFrame,
  setPortalAddress,
  signInWithPassword,
  signOut,
  waitForFocusOn,
  waitForPanelText,
} from './support/portal.js';

/**
 * Every journey of the extension against a real helper, in one real browser. The journeys run in
 * order: Jane enrols in the first and signs in with codes in the next.
 */
export function registerJourneys(kind: BrowserKind): void {
  describe(`ESR MFA in ${kind}`, () => {
    let tb: TestBrowser;
    let helper: HelperProcess;
    let other: Awaited<ReturnType<typeof startOtherSite>>;
    let page: Page;
    const shot = screenshotter(kind);
    const jane = { secret: '', lastStep: null as number | null, recoveryCodes: [] as string[] };
    const amir = { key: '', lastStep: null as number | null };
    const ravi = { key: '' };
    const portal = () => helper.origin;

    /** Types into the extension's code field and submits, as a person would. */
    async function enterCode(code: string) {
      await page.click('>>> .code-input', { count: 3 });
      await page.keyboard.press('Backspace');
      await page.type('>>> .code-input', code);
      await page.keyboard.press('Enter');
    }

    async function expectNoSecretInPage() {
      expect(jane.secret).not.toBe('');
      expect(await pageWorldContains(page, jane.secret)).toBe(false);
    }

    beforeAll(async () => {
      [helper, other, tb] = await Promise.all([HelperProcess.start(), startOtherSite(), launchWithExtension(kind)]);
      page = await tb.browser.newPage();
      await setPortalAddress(tb, page, other.origin, helper.origin);
      await shot(page, 'options-page-saved');
    }, 60_000);

    afterAll(async () => {
      await tb.browser.close();
      await Promise.all([helper.stop(), other.close()]);
    });

    it('Jane signs in with her password and is invited to add extra security', async () => {
      await signInWithPassword(page, portal(), '999JSMITH01');
      expect(page.url()).toBe(`${portal()}/portal`);
      await waitForPanelText(page, 'Add extra security to your ESR account');
      expect(await panelText(page)).toContain('Set up now');
      // Her first sign-in from this browser: a new device, so the invitation says why it matters now,
      // and she is told about the sign-in.
      expect(await panelText(page)).toContain('This sign-in came from a device or place we have not seen');
      await waitForPanelText(page, 'A sign-in to ESR from a new device');
      await shot(page, 'jane-invitation');
    });

    it('Jane works through the guide by keyboard, and it refuses to go on until she accepts MFA is for good', async () => {
      await page.focus('>>> .button');
      await page.keyboard.press('Enter');
      await waitForPanelText(page, 'Step 1 of 6');
      await waitForFocusOn(page, 'Add extra security to your ESR account');
      await page.click('>>> button[type="submit"]');
      await waitForPanelText(page, 'Tick the box to show you understand');
      await shot(page, 'jane-step-1-error');
      await page.focus('>>> #esr-mfa-acknowledge');
      await page.keyboard.press(' ');
      await page.keyboard.press('Enter');
      await waitForPanelText(page, 'Step 2 of 6');
      await waitForFocusOn(page, 'Install Microsoft Authenticator on your phone');
      expect(await panelText(page)).toContain('Google Play');
      await shot(page, 'jane-step-2-get-app');
      await page.click('>>> button[type="submit"]');
      await waitForPanelText(page, 'Step 3 of 6');
    });

    it('the QR code in the secure frame scans to an otpauth URI the Authenticator app accepts', async () => {
      const uri = new URL(await scanQrCode(page, tb));
      expect(`${uri.protocol}//${uri.host}${decodeURIComponent(uri.pathname)}`).toBe('otpauth://totp/ESR:999JSMITH01');
      expect(uri.searchParams.get('issuer')).toBe('ESR');
      jane.secret = uri.searchParams.get('secret') ?? '';
      expect(jane.secret).toMatch(/^[A-Z2-7]{32}$/);
      await shot(page, 'jane-step-3-qr-code');
      await expectNoSecretInPage();
    });

    it('"Cannot scan the QR code?" shows the same key in groups of four, inside the frame only', async () => {
      const frame = await secureFrame(page, tb);
      await frame.click('summary');
      const key = await frame.$eval('.key', (el) => el.textContent);
      expect(key).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
      expect(key.replace(/ /g, '')).toBe(jane.secret);
      expect(await frame.$eval('details', (el) => el.textContent)).toContain('Or enter code manually');
      await shot(page, 'jane-step-3-key-by-hand');
      await expectNoSecretInPage();
      expect(await pageWorldContains(page, key)).toBe(false);
    });

    it('closing the tab half-way and coming back resumes at the same step, with the same key', async () => {
      await page.close();
      page = await tb.browser.newPage();
      await page.goto(`${portal()}/portal`, { waitUntil: 'load' });
      await waitForPanelText(page, 'Step 3 of 6');
      const uri = new URL(await scanQrCode(page, tb));
      expect(uri.searchParams.get('secret')).toBe(jane.secret);
      await expectNoSecretInPage();
    });

    it("closes the QR code frame if the page's own scripts tamper with it", async () => {
      await page.evaluate(() => {
        document.querySelector('esr-mfa-panel')?.shadowRoot?.querySelector('iframe')?.setAttribute('style', 'opacity: 0.01');
      });
      await waitForPanelText(page, 'This page changed the secure panel, so it was closed');
      expect(await page.evaluate(() => document.querySelector('esr-mfa-panel')?.shadowRoot?.querySelector('iframe') ?? null)).toBeNull();
      await shot(page, 'jane-step-3-tampered');
      await page.reload({ waitUntil: 'load' });
      await waitForPanelText(page, 'Step 3 of 6');
      expect(new URL(await scanQrCode(page, tb)).searchParams.get('secret')).toBe(jane.secret);
    });

    it('a code from the key turns MFA on, and the portal shows it', async () => {
      await page.click('>>> button[type="submit"]');
      await waitForPanelText(page, 'Step 4 of 6');
      await expectNoSecretInPage();
      await enterCode('12345');
      await waitForPanelText(page, 'Enter the 6-digit code from your app');
      await shot(page, 'jane-step-4-error');
      const { code, step } = await unusedCode(jane.secret, jane.lastStep);
      await enterCode(`${code.slice(0, 3)} ${code.slice(3)}`);
      jane.lastStep = step;
      await waitForPanelText(page, 'Save your recovery codes');
      expect(await panelText(page)).toContain('Step 5 of 6');
      const frame = await secureFrame(page, tb);
      await frame.waitForSelector('.codes code');
      jane.recoveryCodes = await frame.$$eval('.codes code', (codes) => codes.map((c) => c.textContent));
      expect(jane.recoveryCodes).toHaveLength(10);
      for (const recoveryCode of jane.recoveryCodes) expect(recoveryCode).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$/);
      expect(await frame.$$eval('button', (buttons) => buttons.map((b) => b.textContent))).toEqual(['Copy codes', 'Download codes', 'Print codes']);
      await shot(page, 'jane-step-5-recovery-codes');
      for (const recoveryCode of jane.recoveryCodes.slice(0, 3)) expect(await pageWorldContains(page, recoveryCode)).toBe(false);
      await page.click('>>> button[type="submit"]');
      await waitForPanelText(page, 'Tick the box to confirm you have saved your recovery codes');
      await page.click('>>> #esr-mfa-saved');
      await page.click('>>> button[type="submit"]');
      await waitForPanelText(page, 'Extra security is on');
      expect(await panelText(page)).toContain('Step 6 of 6');
      await shot(page, 'jane-step-6-done');
      await expectNoSecretInPage();
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('>>> button[type="submit"]')]);
      expect(await page.$eval('[data-esr-mfa-status]', (el) => el.textContent)).toBe('On');
      await waitForPanelText(page, 'Extra security is now on for your ESR account');
      expect(await panelText(page)).not.toContain('Add extra security');
      await shot(page, 'jane-home-mfa-on');
    });

    it('Jane signs out and in again: a code is needed, a wrong one is refused, a right one signs her in', async () => {
      await signOut(page);
      await signInWithPassword(page, portal(), '999JSMITH01');
      expect(page.url()).toBe(`${portal()}/login/verify`);
      await waitForPanelText(page, 'Security code');
      expect(await page.$eval('#esr-verify-fallback', (el) => el.hasAttribute('hidden'))).toBe(true);
      const input = await page.$('>>> #esr-mfa-sign-in-code');
      expect(await input?.evaluate((el) => [el.getAttribute('autocomplete'), el.getAttribute('inputmode')])).toEqual(['one-time-code', 'numeric']);
      await shot(page, 'jane-sign-in-prompt');
      await enterCode('000000');
      await waitForPanelText(page, 'That code is not right. You have 4 tries left.');
      await shot(page, 'jane-sign-in-wrong-code');
      const { code, step } = await unusedCode(jane.secret, jane.lastStep);
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), enterCode(code)]);
      jane.lastStep = step;
      expect(page.url()).toBe(`${portal()}/portal`);
      expect(await page.$eval('h1', (el) => el.textContent)).toBe('Welcome, Jane Smith');

      await signOut(page);
      await signInWithPassword(page, portal(), '999JSMITH01');
      await waitForPanelText(page, 'Security code');
      await enterCode(code);
      await waitForPanelText(page, 'That code has already been used');
      await shot(page, 'jane-sign-in-replay-refused');
      expect(page.url()).toBe(`${portal()}/login/verify`);
    });

    it('Jane signs in with a recovery code instead; the same recovery code does not work twice', async () => {
      await page.goto(`${portal()}/login`);
      await signInWithPassword(page, portal(), '999JSMITH01');
      await waitForPanelText(page, 'Use a recovery code instead');
      await page.click('>>> .link');
      await waitForPanelText(page, 'Recovery code');
      await shot(page, 'jane-recovery-code-prompt');
      const recoveryCode = jane.recoveryCodes[0] ?? '';
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), enterCode(recoveryCode.toLowerCase())]);
      expect(await page.$eval('h1', (el) => el.textContent)).toBe('Welcome, Jane Smith');
      await signOut(page);
      await signInWithPassword(page, portal(), '999JSMITH01');
      await waitForPanelText(page, 'Use a recovery code instead');
      await page.click('>>> .link');
      await enterCode(recoveryCode);
      await waitForPanelText(page, 'That code is not right.');
      await shot(page, 'jane-recovery-code-used-twice');
      expect(page.url()).toBe(`${portal()}/login/verify`);
    });

    it('Amir (MFA already on) signs in with a code from his demo key', async () => {
      amir.key = helper.demoKeys.get('999AKHAN01') ?? '';
      await signInWithPassword(page, portal(), '999AKHAN01');
      await waitForPanelText(page, 'Security code');
      const { code, step } = await unusedCode(amir.key, null);
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), enterCode(code)]);
      expect(await page.$eval('h1', (el) => el.textContent)).toBe('Welcome, Amir Khan');
      amir.lastStep = step;
    });

    it('Amir dismisses his security messages; they stay on the account activity page', async () => {
      await waitForPanelText(page, 'security message');
      await page.click('>>> section[aria-labelledby="esr-mfa-notices-title"] .button');
      await waitForPanelText(page, 'Messages dismissed');
      await page.goto(`${portal()}/account/activity`, { waitUntil: 'load' });
      expect(await page.$eval('main', (el) => el.textContent)).toContain('A sign-in to ESR from a new device');
      await page.goto(`${portal()}/portal`, { waitUntil: 'load' });
      await waitForPanelText(page, 'You have no recovery codes');
      expect(await panelText(page)).not.toContain('security message');
    });

    it('Amir has no recovery codes, is told so, and makes a set with a fresh code', async () => {
      await waitForPanelText(page, 'You have no recovery codes');
      const { code, step } = await unusedCode(amir.key, amir.lastStep);
      await enterCode(code);
      amir.lastStep = step;
      await waitForPanelText(page, 'These are your new recovery codes');
      const frame = await secureFrame(page, tb);
      await frame.waitForSelector('.codes code');
      expect(await frame.$$eval('.codes code', (codes) => codes.length)).toBe(10);
      await shot(page, 'amir-new-recovery-codes');
      await signOut(page);
    });

    it('Amir asks to remember this device: next time no code, unless the sign-in comes from an unusual place', async () => {
      await signInWithPassword(page, portal(), '999AKHAN01');
      await waitForPanelText(page, 'Remember this device for 30 days');
      await page.click('>>> #esr-mfa-remember-device');
      const { code, step } = await unusedCode(amir.key, amir.lastStep);
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), enterCode(code)]);
      amir.lastStep = step;
      await signOut(page);
      await signInWithPassword(page, portal(), '999AKHAN01');
      expect(page.url()).toBe(`${portal()}/portal`);
      await shot(page, 'amir-remembered-device-no-code');
      await signOut(page);
      await signInWithPassword(page, portal(), '999AKHAN01', { location: 'Lagos, Nigeria' });
      expect(page.url()).toBe(`${portal()}/login/verify`);
      const unusual = await unusedCode(amir.key, amir.lastStep);
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), enterCode(unusual.code)]);
      amir.lastStep = unusual.step;
      await waitForPanelText(page, 'A sign-in to ESR from an unusual place');
      await shot(page, 'amir-unusual-place-notice');
    }, 90_000);

    it('Amir sees his sign-ins and remembered device in account activity, and stops remembering it', async () => {
      await page.goto(`${portal()}/account/activity`, { waitUntil: 'load' });
      const rows = await page.$$eval('#esr-sign-ins tbody tr', (trs) => trs.map((tr) => tr.textContent.replace(/\s+/g, ' ').trim()));
      expect(rows[0]).toMatch(/Lagos, Nigeria Unusual place Signed in$/);
      expect(rows[1]).toMatch(/Leeds, UK Signed in \(remembered device, no code needed\)$/);
      expect(await page.$eval('#esr-remembered-devices', (el) => el.textContent)).toContain('(this device)');
      await waitForPanelText(page, 'Make new recovery codes');
      await shot(page, 'amir-account-activity');
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#esr-remembered-devices button')]);
      expect(await page.$('#esr-no-remembered-devices')).not.toBeNull();
      await signOut(page);
      // A device no longer remembered must give a code again.
      await signInWithPassword(page, portal(), '999AKHAN01');
      expect(page.url()).toBe(`${portal()}/login/verify`);
    });

    it('Ravi (core user, MFA on) opens the manager area with a code from his app', async () => {
      ravi.key = helper.demoKeys.get('999RPATEL01') ?? '';
      await signInWithPassword(page, portal(), '999RPATEL01');
      await waitForPanelText(page, 'Security code');
      const first = await unusedCode(ravi.key, null);
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), enterCode(first.code)]);
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('a[href="/manager"]')]);
      expect(page.url()).toBe(`${portal()}/step-up`);
      await waitForPanelText(page, 'Code from Microsoft Authenticator');
      await shot(page, 'ravi-step-up');
      const second = await unusedCode(ravi.key, first.step);
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), enterCode(second.code)]);
      expect(await page.$eval('h1', (el) => el.textContent)).toBe('Manager self-service');

      // Amir has lost his phone. Ravi checks who he is, then resets his authenticator.
      await page.type('#helpdesk-username', '999AKHAN01');
      await page.type('#helpdesk-email', 'amir.khan@example.nhs.uk');
      await page.$eval('#helpdesk-dob', (el) => { (el as HTMLInputElement).value = '1979-11-03'; });
      await page.click('#helpdesk-called-back');
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('form[action="/manager/helpdesk/reset"] button')]);
      expect(await page.$eval('#esr-helpdesk-done', (el) => el.textContent)).toContain("999AKHAN01's authenticator was reset");
      await shot(page, 'ravi-helpdesk-reset');
      await signOut(page);
    }, 90_000);

    it("after the helpdesk reset Amir signs in once with his password, straight into setting up his new phone; his old phone's codes fail", async () => {
      await signInWithPassword(page, portal(), '999AKHAN01');
      expect(page.url()).toBe(`${portal()}/portal`);
      await waitForPanelText(page, 'Set up your new phone');
      expect(await panelText(page)).toContain('Step 1 of 5');
      await shot(page, 'amir-new-phone-guide');
      await signOut(page);
      await signInWithPassword(page, portal(), '999AKHAN01');
      expect(page.url()).toBe(`${portal()}/login/verify`);
      const old = await unusedCode(amir.key, amir.lastStep);
      await enterCode(old.code);
      await waitForPanelText(page, 'That code is not right.');
    }, 90_000);

    it('Ravi is told to wait after five wrong codes, and how long', async () => {
      await signInWithPassword(page, portal(), '999RPATEL01');
      await waitForPanelText(page, 'Security code');
      for (const left of [4, 3, 2, 1]) {
        await enterCode('000000');
        await waitForPanelText(page, `You have ${left} ${left === 1 ? 'try' : 'tries'} left.`);
      }
      await enterCode('000000');
      await waitForPanelText(page, 'Too many wrong codes. Try again in 30 seconds.');
      await shot(page, 'ravi-locked');
      const { code } = await unusedCode(ravi.key, null);
      await enterCode(code);
      // Even the right code is refused while the wait lasts: the field empties for another try.
      await page.waitForFunction(() => {
        const input = document.querySelector('esr-mfa-panel')?.shadowRoot?.querySelector('input');
        return input?.value === '' && !input.closest('form')?.querySelector('button')?.disabled;
      });
      expect(await panelText(page)).toMatch(/Too many wrong codes\. Try again in \d+ seconds\./);
      expect(page.url()).toBe(`${portal()}/login/verify`);
    });

    it.each([
      ['999PJONES01', 'left the trust', 'priya-left-the-trust'],
      ['999TBROWN01', 'request internet access', 'tom-internet-access'],
    ])('%s sees why extra security is not available, and no guide', async (username, why, name) => {
      await signInWithPassword(page, portal(), username);
      await waitForPanelText(page, 'Extra security is not available for your account');
      const text = await panelText(page);
      expect(text).toContain(why);
      expect(text).not.toContain('Set up now');
      expect(text).not.toContain('Step 1');
      await shot(page, name);
      await signOut(page);
    });

    it('Sarah chooses "Not now": the invitation stays away when she signs in again', async () => {
      await signInWithPassword(page, portal(), '999SGREEN01');
      await waitForPanelText(page, 'Not now');
      await page.click('>>> .button--secondary');
      await waitForPanelText(page, 'We will ask you again in 7 days.');
      await signOut(page);
      await signInWithPassword(page, portal(), '999SGREEN01');
      expect(await page.$eval('h1', (el) => el.textContent)).toBe('Welcome, Sarah Green');
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await panelText(page)).not.toContain('Add extra security');
      await signOut(page);
      // From a place she has never signed in from, the invitation comes back despite the snooze.
      await signInWithPassword(page, portal(), '999SGREEN01', { location: 'London, UK' });
      await waitForPanelText(page, 'This sign-in came from a device or place we have not seen');
      await shot(page, 'sarah-unusual-place-invitation');
      await signOut(page);
    });

    it('Sarah (manager, no MFA) opens the manager area with a code sent by email; later the check is stale and asked again', async () => {
      await signInWithPassword(page, portal(), '999SGREEN01');
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('a[href="/manager"]')]);
      expect(page.url()).toBe(`${portal()}/step-up`);
      await waitForPanelText(page, 'Code from the email');
      await shot(page, 'sarah-step-up-email');
      const outbox = await tb.browser.newPage();
      await outbox.goto(`${portal()}/demo/outbox`, { waitUntil: 'load' });
      const email = await outbox.$eval('[data-esr-outbox-kind="step-up-code"]', (el) => el.textContent);
      await shot(outbox, 'outbox-step-up-code');
      await outbox.close();
      const code = /is (\d{6})\./.exec(email)?.[1] ?? '';
      await enterCode(code === '000000' ? '111111' : '000000');
      await waitForPanelText(page, 'That code is not right. You have 4 tries left.');
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), enterCode(code)]);
      expect(await page.$eval('h1', (el) => el.textContent)).toBe('Manager self-service');
      await shot(page, 'sarah-manager-area');
      await new Promise((resolve) => setTimeout(resolve, (STEP_UP_MAX_AGE_SECONDS + 1) * 1000));
      await page.goto(`${portal()}/manager`, { waitUntil: 'load' });
      expect(page.url()).toBe(`${portal()}/step-up`);
      await signOut(page);
    }, 30_000);

    it('staff cannot open the manager area at all', async () => {
      await signInWithPassword(page, portal(), '999TBROWN01');
      await page.goto(`${portal()}/manager`, { waitUntil: 'load' });
      expect(await page.$eval('h1', (el) => el.textContent)).toBe('You cannot open the manager area');
      await page.goto(`${portal()}/portal`, { waitUntil: 'load' });
      await signOut(page);
    });

    it('a page that is not the portal, on another local port, is untouched', async () => {
      await page.goto(other.origin, { waitUntil: 'load' });
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(await page.$('esr-mfa-panel')).toBeNull();
      expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(OTHER_SITE_HTML.replace(/^<!doctype html>/, '').replace(/\n/g, '\n'));
    });

    it('after the helper restarts, MFA is still on and the next sign-in still needs a code', async () => {
      await helper.restart();
      await signInWithPassword(page, portal(), '999JSMITH01');
      expect(page.url()).toBe(`${portal()}/login/verify`);
      await waitForPanelText(page, 'Security code');
      const { code, step } = await unusedCode(jane.secret, jane.lastStep);
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), enterCode(code)]);
      jane.lastStep = step;
      expect(await page.$eval('[data-esr-mfa-status]', (el) => el.textContent)).toBe('On');
    }, 60_000);

    it('Jane forgets her password: the reset needs her details and a code, and signs her out everywhere', async () => {
      await signOut(page);
      await page.goto(`${portal()}/forgotten-password`, { waitUntil: 'load' });
      await page.type('#username', '999JSMITH01');
      await page.type('#email', 'jane.smith@example.nhs.uk');
      await page.$eval('#dateOfBirth', (el) => { (el as HTMLInputElement).value = '1988-04-12'; });
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('button[type="submit"]')]);
      expect(page.url()).toBe(`${portal()}/forgotten-password/verify`);
      // No second factor, no new password: the new-password page sends her back.
      await page.goto(`${portal()}/forgotten-password/new`, { waitUntil: 'load' });
      expect(page.url()).toBe(`${portal()}/forgotten-password/verify`);
      await shot(page, 'jane-reset-needs-code');
      const { code, step } = await unusedCode(jane.secret, jane.lastStep);
      await page.type('#code', code);
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('form[action="/forgotten-password/verify"] button')]);
      jane.lastStep = step;
      await page.type('#newPassword', 'Winter47Ward');
      await page.type('#confirmPassword', 'Winter47Ward');
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('button[type="submit"]')]);
      expect(await page.$eval('h1', (el) => el.textContent)).toBe('Your password has been changed');
      await page.goto(`${portal()}/demo/outbox`, { waitUntil: 'load' });
      expect(await page.$eval('[data-esr-outbox-kind]', (el) => el.getAttribute('data-esr-outbox-kind'))).toBe('password-reset');
      await shot(page, 'outbox-password-reset');
      await page.goto(`${portal()}/login`, { waitUntil: 'load' });
      await page.type('#username', '999JSMITH01');
      await page.type('#password', 'Winter47Ward');
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('button[type="submit"]')]);
      expect(page.url()).toBe(`${portal()}/login/verify`);
    }, 60_000);

    it('Jane loses her phone: a recovery code signs her in, the old phone stops working, and she sets up the new one', async () => {
      await signInWithPassword(page, portal(), '999JSMITH01', { password: 'Winter47Ward' });
      await waitForPanelText(page, 'Use a recovery code instead');
      await page.click('>>> .link');
      await page.click('>>> #esr-mfa-replace-phone');
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), enterCode(jane.recoveryCodes[2] ?? '')]);
      await waitForPanelText(page, 'Set up your new phone');
      await page.click('>>> button[type="submit"]');
      await waitForPanelText(page, 'Add your ESR account to the app');
      const uri = new URL(await scanQrCode(page, tb));
      const newSecret = uri.searchParams.get('secret') ?? '';
      expect(newSecret).not.toBe(jane.secret);
      await page.click('>>> button[type="submit"]');
      await waitForPanelText(page, 'Enter the code from the app');
      const { code } = await unusedCode(newSecret, null);
      await enterCode(code);
      await waitForPanelText(page, 'Save your recovery codes');
      await page.click('>>> #esr-mfa-saved');
      await page.click('>>> button[type="submit"]');
      await waitForPanelText(page, 'Extra security is on');
      await shot(page, 'jane-new-phone-done');
      await page.goto(`${portal()}/demo/outbox`, { waitUntil: 'load' });
      const kinds = await page.$$eval('[data-esr-outbox-kind]', (els) => els.slice(0, 4).map((el) => el.getAttribute('data-esr-outbox-kind')));
      expect(kinds).toEqual(expect.arrayContaining(['authenticator-replaced', 'authenticator-reset']));
      // Her old phone no longer works for ESR.
      await page.goto(`${portal()}/portal`, { waitUntil: 'load' });
      await signOut(page);
      await signInWithPassword(page, portal(), '999JSMITH01', { password: 'Winter47Ward' });
      const old = await unusedCode(jane.secret, jane.lastStep);
      await enterCode(old.code);
      await waitForPanelText(page, 'That code is not right.');
    }, 90_000);
  });
}
