import { expect, it } from 'vitest';
import {
  enterCode,
  expectAccessible,
  expectNoSecretInPage,
  heading,
  pageWorldContains,
  panelText,
  scanQrCode,
  secureFrame,
  signIn,
  USERNAMES,
  waitForFocusOn,
  waitForPanelText,
  waitForSecureFrameToSettle,
  type Stage,
} from 'esr-mfa/test-kit';
import { hostilePageScript } from '../support/hostile-page.js';
import { janeAtTheQrCode } from './setting-the-scene.js';

/** Jane turns extra security on: invitation, guide, QR code, resume, tamper guard, recovery codes. */
export function enrolmentJourneys(stage: () => Stage): void {
  it('Jane signs in with her password and is invited to add extra security', async () => {
    const s = stage();
    await signIn(s.page, s.helper, USERNAMES.jane);
    expect(s.page.url()).toBe(`${s.helper.origin}/portal`);
    await waitForPanelText(s.page, 'Add extra security to your ESR account');
    expect(await panelText(s.page)).toContain('Set up now');
    // Her first sign-in since the reset: a new device, so the invitation says why it matters now,
    // and she is told about the sign-in.
    expect(await panelText(s.page)).toContain('This sign-in came from a device or place we have not seen');
    await waitForPanelText(s.page, 'A sign-in to ESR from a new device');
    await s.shot('jane-invitation');
    await expectAccessible(s.page, { screen: 'home, with the invitation and a security message' });
  });

  it('Jane works through the guide by keyboard, and it refuses to go on until she accepts MFA is for good', async () => {
    const s = stage();
    await signIn(s.page, s.helper, USERNAMES.jane);
    await waitForPanelText(s.page, 'Set up now');
    await s.page.focus('>>> .button');
    await s.page.keyboard.press('Enter');
    await waitForPanelText(s.page, 'Step 1 of 6');
    await waitForFocusOn(s.page, 'Add extra security to your ESR account');
    // The portal's help page, with the video and the step-by-step guide, opens beside the guide.
    expect(await s.page.$eval('>>> a[href="/help/mfa"]', (a) => [a.textContent, a.getAttribute('target'), a.getAttribute('rel')])).toEqual(['Watch the video or read the step-by-step guide (opens in a new tab)', '_blank', 'noopener']);
    await s.page.click('>>> button[type="submit"]');
    await waitForPanelText(s.page, 'Tick the box to show you understand');
    await s.shot('jane-step-1-error');
    await expectAccessible(s.page, { screen: 'guide step 1, with its error' });
    await s.page.focus('>>> #esr-mfa-acknowledge');
    await s.page.keyboard.press(' ');
    await s.page.keyboard.press('Enter');
    await waitForPanelText(s.page, 'Step 2 of 6');
    await waitForFocusOn(s.page, 'Install Microsoft Authenticator on your phone');
    expect(await panelText(s.page)).toContain('Google Play');
    await s.shot('jane-step-2-get-app');
    await expectAccessible(s.page, { screen: 'guide step 2' });
    await s.page.click('>>> button[type="submit"]');
    await waitForPanelText(s.page, 'Step 3 of 6');
  });

  it('the QR code in the secure frame scans to an otpauth URI the Authenticator app accepts', async () => {
    const s = stage();
    const key = await janeAtTheQrCode(s);
    const uri = new URL(await scanQrCode(s.page, s.browser));
    expect(`${uri.protocol}//${uri.host}${decodeURIComponent(uri.pathname)}`).toBe('otpauth://totp/ESR:999JSMITH01');
    expect(uri.searchParams.get('issuer')).toBe('ESR');
    expect(uri.searchParams.get('secret')).toBe(key);
    await s.shot('jane-step-3-qr-code');
    await expectAccessible(s.page, { screen: 'guide step 3, the QR code in the secure frame' });
    await expectNoSecretInPage(s.page, key);
  });

  it("attacker: a script in the portal page's own world cannot read the key, turn MFA on or make recovery codes, with anything the page can see", async () => {
    const s = stage();
    const key = await janeAtTheQrCode(s);
    const attempts = await hostilePageScript(s.page);
    // It tried every route with every credential-looking value the page holds, and was refused each time.
    expect(attempts.map((a) => a.route).sort()).toEqual(['enrolment/confirm', 'enrolment/start', 'recovery-codes/regenerate', 'status'].sort());
    for (const attempt of attempts) expect(attempt.outcomes.length, attempt.route).toBeGreaterThan(0);
    expect(attempts.flatMap((a) => a.outcomes).every((outcome) => outcome === 'refused: forbidden-origin' || outcome === 'refused: network')).toBe(true);
    // The extension's own guide still works in the same page: the same key, still step 3.
    await s.page.reload({ waitUntil: 'load' });
    await waitForPanelText(s.page, 'Step 3 of 6');
    expect(new URL(await scanQrCode(s.page, s.browser)).searchParams.get('secret')).toBe(key);
    await waitForSecureFrameToSettle(s.page);
    await expectNoSecretInPage(s.page, key);
  });

  it('"Cannot scan the QR code?" shows the same key in groups of four, inside the frame only', async () => {
    const s = stage();
    const key = await janeAtTheQrCode(s);
    const frame = await secureFrame(s.page, s.browser);
    await frame.click('summary');
    const grouped = await frame.$eval('.key', (el) => el.textContent);
    expect(grouped).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
    expect(grouped.replace(/ /g, '')).toBe(key);
    expect(await frame.$eval('details', (el) => el.textContent)).toContain('Or enter code manually');
    await s.shot('jane-step-3-key-by-hand');
    await expectAccessible(s.page, { screen: 'guide step 3, the key to type by hand' });
    await expectNoSecretInPage(s.page, key);
    expect(await pageWorldContains(s.page, grouped)).toBe(false);
  });

  it('closing the tab half-way and coming back resumes at the same step, with the same key', async () => {
    const s = stage();
    const key = await janeAtTheQrCode(s);
    const next = await s.browser.newPage();
    await s.page.close();
    s.page = next;
    await s.page.goto(`${s.helper.origin}/portal`, { waitUntil: 'load' });
    await waitForPanelText(s.page, 'Step 3 of 6');
    expect(new URL(await scanQrCode(s.page, s.browser)).searchParams.get('secret')).toBe(key);
    await expectNoSecretInPage(s.page, key);
  });

  it("closes the QR code frame if the page's own scripts tamper with it", async () => {
    const s = stage();
    const key = await janeAtTheQrCode(s);
    await s.page.evaluate(() => {
      document.querySelector('esr-mfa-panel')?.shadowRoot?.querySelector('iframe')?.setAttribute('style', 'opacity: 0.01');
    });
    await waitForPanelText(s.page, 'This page changed the secure panel, so it was closed');
    expect(await s.page.evaluate(() => document.querySelector('esr-mfa-panel')?.shadowRoot?.querySelector('iframe') ?? null)).toBeNull();
    await s.shot('jane-step-3-tampered');
    await s.page.reload({ waitUntil: 'load' });
    await waitForPanelText(s.page, 'Step 3 of 6');
    expect(new URL(await scanQrCode(s.page, s.browser)).searchParams.get('secret')).toBe(key);
  });

  it('a code from the key turns MFA on, and the portal shows it', async () => {
    const s = stage();
    const key = await janeAtTheQrCode(s);
    await s.page.click('>>> button[type="submit"]');
    await waitForPanelText(s.page, 'Step 4 of 6');
    await expectNoSecretInPage(s.page, key);
    await enterCode(s.page, '12345');
    await waitForPanelText(s.page, 'Enter the 6-digit code from your app');
    await s.shot('jane-step-4-error');
    await expectAccessible(s.page, { screen: 'guide step 4, with its error' });
    const code = await s.helper.phone.code(key);
    await enterCode(s.page, `${code.slice(0, 3)} ${code.slice(3)}`);
    await waitForPanelText(s.page, 'Save your recovery codes');
    expect(await panelText(s.page)).toContain('Step 5 of 6');
    const frame = await secureFrame(s.page, s.browser);
    await frame.waitForSelector('.codes code');
    const recoveryCodes = await frame.$$eval('.codes code', (codes) => codes.map((c) => c.textContent));
    expect(recoveryCodes).toHaveLength(10);
    for (const recoveryCode of recoveryCodes) expect(recoveryCode).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$/);
    expect(await frame.$$eval('button', (buttons) => buttons.map((b) => b.textContent))).toEqual(['Copy codes', 'Download codes', 'Print codes']);
    await s.shot('jane-step-5-recovery-codes');
    await waitForSecureFrameToSettle(s.page);
    await expectAccessible(s.page, { screen: 'guide step 5, the recovery codes in the secure frame' });
    for (const recoveryCode of recoveryCodes.slice(0, 3)) await expectNoSecretInPage(s.page, recoveryCode);
    await s.page.click('>>> button[type="submit"]');
    await waitForPanelText(s.page, 'Tick the box to confirm you have saved your recovery codes');
    await waitForSecureFrameToSettle(s.page);
    await s.page.click('>>> #esr-mfa-saved');
    await s.page.click('>>> button[type="submit"]');
    await waitForPanelText(s.page, 'Extra security is on');
    expect(await panelText(s.page)).toContain('Step 6 of 6');
    await s.shot('jane-step-6-done');
    await expectAccessible(s.page, { screen: 'guide step 6, done' });
    await expectNoSecretInPage(s.page, key);
    await Promise.all([s.page.waitForNavigation({ waitUntil: 'load' }), s.page.click('>>> button[type="submit"]')]);
    expect(await s.page.$eval('[data-esr-mfa-status]', (el) => el.textContent)).toBe('On');
    await waitForPanelText(s.page, 'Extra security is now on for your ESR account');
    expect(await panelText(s.page)).not.toContain('Add extra security');
    expect(await heading(s.page)).toBe('Welcome, Jane Smith');
    expect((await s.helper.console.person(USERNAMES.jane)).mfa.on).toBe(true);
    await s.shot('jane-home-mfa-on');
    await expectAccessible(s.page, { screen: 'home, MFA on' });
  });
}
