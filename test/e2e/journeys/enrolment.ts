import { expect, it } from 'vitest';
import { hostilePageScript, pageWorldContains, panelText, scanQrCode, secureFrame, signInWithPassword, waitForFocusOn, waitForPanelText, waitForSecureFrameToSettle } from '../support/portal.js';
import { unusedCode } from '../support/codes.js';
import type { Journey } from './journey.js';

/** Jane turns extra security on: invitation, guide, QR code, resume, tamper guard, recovery codes. */
export function enrolmentJourneys(j: Journey): void {
  it('Jane signs in with her password and is invited to add extra security', async () => {
    await signInWithPassword(j.page, j.portal(), '999JSMITH01');
    expect(j.page.url()).toBe(`${j.portal()}/portal`);
    await waitForPanelText(j.page, 'Add extra security to your ESR account');
    expect(await panelText(j.page)).toContain('Set up now');
    // Her first sign-in from this browser: a new device, so the invitation says why it matters now,
    // and she is told about the sign-in.
    expect(await panelText(j.page)).toContain('This sign-in came from a device or place we have not seen');
    await waitForPanelText(j.page, 'A sign-in to ESR from a new device');
    await j.shot(j.page, 'jane-invitation');
  });

  it('Jane works through the guide by keyboard, and it refuses to go on until she accepts MFA is for good', async () => {
    await j.page.focus('>>> .button');
    await j.page.keyboard.press('Enter');
    await waitForPanelText(j.page, 'Step 1 of 6');
    await waitForFocusOn(j.page, 'Add extra security to your ESR account');
    await j.page.click('>>> button[type="submit"]');
    await waitForPanelText(j.page, 'Tick the box to show you understand');
    await j.shot(j.page, 'jane-step-1-error');
    await j.page.focus('>>> #esr-mfa-acknowledge');
    await j.page.keyboard.press(' ');
    await j.page.keyboard.press('Enter');
    await waitForPanelText(j.page, 'Step 2 of 6');
    await waitForFocusOn(j.page, 'Install Microsoft Authenticator on your phone');
    expect(await panelText(j.page)).toContain('Google Play');
    await j.shot(j.page, 'jane-step-2-get-app');
    await j.page.click('>>> button[type="submit"]');
    await waitForPanelText(j.page, 'Step 3 of 6');
  });

  it('the QR code in the secure frame scans to an otpauth URI the Authenticator app accepts', async () => {
    const uri = new URL(await scanQrCode(j.page, j.tb));
    expect(`${uri.protocol}//${uri.host}${decodeURIComponent(uri.pathname)}`).toBe('otpauth://totp/ESR:999JSMITH01');
    expect(uri.searchParams.get('issuer')).toBe('ESR');
    j.jane.secret = uri.searchParams.get('secret') ?? '';
    expect(j.jane.secret).toMatch(/^[A-Z2-7]{32}$/);
    await waitForSecureFrameToSettle(j.page);
    await j.shot(j.page, 'jane-step-3-qr-code');
    await j.expectNoSecretInPage();
  });

  it("attacker: a script in the portal page's own world cannot read the key, turn MFA on or make recovery codes, with anything the page can see", async () => {
    const attempts = await hostilePageScript(j.page);
    // It tried every route with every credential-looking value the page holds, and was refused each time.
    expect(attempts.map((a) => a.route).sort()).toEqual(['enrolment/confirm', 'enrolment/start', 'recovery-codes/regenerate', 'status'].sort());
    for (const attempt of attempts) expect(attempt.outcomes.length, attempt.route).toBeGreaterThan(0);
    expect(attempts.flatMap((a) => a.outcomes).every((outcome) => outcome === 'refused: forbidden-origin' || outcome === 'refused: network')).toBe(true);
    expect(attempts.flatMap((a) => a.outcomes).some((outcome) => outcome.startsWith('answered'))).toBe(false);
    // The extension's own guide still works in the same page: the same key, still step 3.
    await j.page.reload({ waitUntil: 'load' });
    await waitForPanelText(j.page, 'Step 3 of 6');
    expect(new URL(await scanQrCode(j.page, j.tb)).searchParams.get('secret')).toBe(j.jane.secret);
    await waitForSecureFrameToSettle(j.page);
    await j.expectNoSecretInPage();
  });

  it('"Cannot scan the QR code?" shows the same key in groups of four, inside the frame only', async () => {
    const frame = await secureFrame(j.page, j.tb);
    await frame.click('summary');
    const key = await frame.$eval('.key', (el) => el.textContent);
    expect(key).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
    expect(key.replace(/ /g, '')).toBe(j.jane.secret);
    expect(await frame.$eval('details', (el) => el.textContent)).toContain('Or enter code manually');
    await j.shot(j.page, 'jane-step-3-key-by-hand');
    await j.expectNoSecretInPage();
    expect(await pageWorldContains(j.page, key)).toBe(false);
  });

  it('closing the tab half-way and coming back resumes at the same step, with the same key', async () => {
    await j.page.close();
    j.page = await j.tb.browser.newPage();
    await j.page.goto(`${j.portal()}/portal`, { waitUntil: 'load' });
    await waitForPanelText(j.page, 'Step 3 of 6');
    const uri = new URL(await scanQrCode(j.page, j.tb));
    expect(uri.searchParams.get('secret')).toBe(j.jane.secret);
    await j.expectNoSecretInPage();
  });

  it("closes the QR code frame if the page's own scripts tamper with it", async () => {
    await j.page.evaluate(() => {
      document.querySelector('esr-mfa-panel')?.shadowRoot?.querySelector('iframe')?.setAttribute('style', 'opacity: 0.01');
    });
    await waitForPanelText(j.page, 'This page changed the secure panel, so it was closed');
    expect(await j.page.evaluate(() => document.querySelector('esr-mfa-panel')?.shadowRoot?.querySelector('iframe') ?? null)).toBeNull();
    await j.shot(j.page, 'jane-step-3-tampered');
    await j.page.reload({ waitUntil: 'load' });
    await waitForPanelText(j.page, 'Step 3 of 6');
    expect(new URL(await scanQrCode(j.page, j.tb)).searchParams.get('secret')).toBe(j.jane.secret);
  });

  it('a code from the key turns MFA on, and the portal shows it', async () => {
    await j.page.click('>>> button[type="submit"]');
    await waitForPanelText(j.page, 'Step 4 of 6');
    await j.expectNoSecretInPage();
    await j.enterCode('12345');
    await waitForPanelText(j.page, 'Enter the 6-digit code from your app');
    await j.shot(j.page, 'jane-step-4-error');
    const { code, step } = await unusedCode(j.jane.secret, j.jane.lastStep);
    await j.enterCode(`${code.slice(0, 3)} ${code.slice(3)}`);
    j.jane.lastStep = step;
    await waitForPanelText(j.page, 'Save your recovery codes');
    expect(await panelText(j.page)).toContain('Step 5 of 6');
    const frame = await secureFrame(j.page, j.tb);
    await frame.waitForSelector('.codes code');
    j.jane.recoveryCodes = await frame.$$eval('.codes code', (codes) => codes.map((c) => c.textContent));
    expect(j.jane.recoveryCodes).toHaveLength(10);
    for (const recoveryCode of j.jane.recoveryCodes) expect(recoveryCode).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$/);
    expect(await frame.$$eval('button', (buttons) => buttons.map((b) => b.textContent))).toEqual(['Copy codes', 'Download codes', 'Print codes']);
    await j.shot(j.page, 'jane-step-5-recovery-codes');
    for (const recoveryCode of j.jane.recoveryCodes.slice(0, 3)) expect(await pageWorldContains(j.page, recoveryCode)).toBe(false);
    await j.page.click('>>> button[type="submit"]');
    await waitForPanelText(j.page, 'Tick the box to confirm you have saved your recovery codes');
    await waitForSecureFrameToSettle(j.page);
    await j.page.click('>>> #esr-mfa-saved');
    await j.page.click('>>> button[type="submit"]');
    await waitForPanelText(j.page, 'Extra security is on');
    expect(await panelText(j.page)).toContain('Step 6 of 6');
    await j.shot(j.page, 'jane-step-6-done');
    await j.expectNoSecretInPage();
    await Promise.all([j.page.waitForNavigation({ waitUntil: 'load' }), j.page.click('>>> button[type="submit"]')]);
    expect(await j.page.$eval('[data-esr-mfa-status]', (el) => el.textContent)).toBe('On');
    await waitForPanelText(j.page, 'Extra security is now on for your ESR account');
    expect(await panelText(j.page)).not.toContain('Add extra security');
    await j.shot(j.page, 'jane-home-mfa-on');
  });
}
