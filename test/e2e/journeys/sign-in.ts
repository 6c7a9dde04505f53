import { expect, it } from 'vitest';
import { panelText, secureFrame, signInWithPassword, signOut, waitForPanelText } from '../support/portal.js';
import { unusedCode } from '../support/codes.js';
import type { Journey } from './journey.js';

/** Signing in with codes and recovery codes; remembered devices, security messages and account activity. */
export function signInJourneys(j: Journey): void {
  it('Jane signs out and in again: a code is needed, a wrong one is refused, a right one signs her in', async () => {
    await signOut(j.page);
    await signInWithPassword(j.page, j.portal(), '999JSMITH01');
    expect(j.page.url()).toBe(`${j.portal()}/login/verify`);
    await waitForPanelText(j.page, 'Security code');
    expect(await j.page.$eval('#esr-verify-fallback', (el) => el.hasAttribute('hidden'))).toBe(true);
    const input = await j.page.$('>>> #esr-mfa-sign-in-code');
    expect(await input?.evaluate((el) => [el.getAttribute('autocomplete'), el.getAttribute('inputmode')])).toEqual(['one-time-code', 'numeric']);
    await j.shot(j.page, 'jane-sign-in-prompt');
    await j.enterCode('000000');
    await waitForPanelText(j.page, 'That code is not right. You have 4 tries left.');
    await j.shot(j.page, 'jane-sign-in-wrong-code');
    const { code, step } = await unusedCode(j.jane.secret, j.jane.lastStep);
    await Promise.all([j.page.waitForNavigation({ waitUntil: 'load' }), j.enterCode(code)]);
    j.jane.lastStep = step;
    expect(j.page.url()).toBe(`${j.portal()}/portal`);
    expect(await j.page.$eval('h1', (el) => el.textContent)).toBe('Welcome, Jane Smith');

    await signOut(j.page);
    await signInWithPassword(j.page, j.portal(), '999JSMITH01');
    await waitForPanelText(j.page, 'Security code');
    await j.enterCode(code);
    await waitForPanelText(j.page, 'That code has already been used');
    await j.shot(j.page, 'jane-sign-in-replay-refused');
    expect(j.page.url()).toBe(`${j.portal()}/login/verify`);
  });

  it('Jane signs in with a recovery code instead; the same recovery code does not work twice', async () => {
    await j.page.goto(`${j.portal()}/login`);
    await signInWithPassword(j.page, j.portal(), '999JSMITH01');
    await waitForPanelText(j.page, 'Use a recovery code instead');
    await j.page.click('>>> .link');
    await waitForPanelText(j.page, 'Recovery code');
    await j.shot(j.page, 'jane-recovery-code-prompt');
    const recoveryCode = j.jane.recoveryCodes[0] ?? '';
    await Promise.all([j.page.waitForNavigation({ waitUntil: 'load' }), j.enterCode(recoveryCode.toLowerCase())]);
    expect(await j.page.$eval('h1', (el) => el.textContent)).toBe('Welcome, Jane Smith');
    await signOut(j.page);
    await signInWithPassword(j.page, j.portal(), '999JSMITH01');
    await waitForPanelText(j.page, 'Use a recovery code instead');
    await j.page.click('>>> .link');
    await j.enterCode(recoveryCode);
    await waitForPanelText(j.page, 'That code is not right.');
    await j.shot(j.page, 'jane-recovery-code-used-twice');
    expect(j.page.url()).toBe(`${j.portal()}/login/verify`);
  });

  it('Amir (MFA already on) signs in with a code from his demo key', async () => {
    j.amir.key = j.helper.demoKeys.get('999AKHAN01') ?? '';
    await signInWithPassword(j.page, j.portal(), '999AKHAN01');
    await waitForPanelText(j.page, 'Security code');
    const { code, step } = await unusedCode(j.amir.key, null);
    await Promise.all([j.page.waitForNavigation({ waitUntil: 'load' }), j.enterCode(code)]);
    expect(await j.page.$eval('h1', (el) => el.textContent)).toBe('Welcome, Amir Khan');
    j.amir.lastStep = step;
  });

  it('Amir dismisses his security messages; they stay on the account activity page', async () => {
    await waitForPanelText(j.page, 'security message');
    await j.page.click('>>> section[aria-labelledby="esr-mfa-notices-title"] .button');
    await waitForPanelText(j.page, 'Messages dismissed');
    await j.page.goto(`${j.portal()}/account/activity`, { waitUntil: 'load' });
    expect(await j.page.$eval('main', (el) => el.textContent)).toContain('A sign-in to ESR from a new device');
  });

  it('Amir makes a new set of recovery codes on the account activity page, with a fresh code', async () => {
    // He starts with the 10 demo recovery codes, so nothing warns him; the activity page offers new ones.
    expect(await j.page.$eval('#esr-recovery-codes-left', (el) => el.textContent)).toBe('10');
    await waitForPanelText(j.page, 'Make new recovery codes');
    expect(await panelText(j.page)).toContain('Also sign out everywhere else');
    await j.shot(j.page, 'amir-make-recovery-codes');
    const { code, step } = await unusedCode(j.amir.key, j.amir.lastStep);
    await j.enterCode(code);
    j.amir.lastStep = step;
    await waitForPanelText(j.page, 'These are your new recovery codes');
    const frame = await secureFrame(j.page, j.tb);
    await frame.waitForSelector('.codes code');
    expect(await frame.$$eval('.codes code', (codes) => codes.length)).toBe(10);
    await j.shot(j.page, 'amir-new-recovery-codes');
    await signOut(j.page);
  });

  it('Amir asks to remember this device: next time no code, unless the sign-in comes from an unusual place', async () => {
    await signInWithPassword(j.page, j.portal(), '999AKHAN01');
    await waitForPanelText(j.page, 'Remember this device for 30 days');
    await j.page.click('>>> #esr-mfa-remember-device');
    const { code, step } = await unusedCode(j.amir.key, j.amir.lastStep);
    await Promise.all([j.page.waitForNavigation({ waitUntil: 'load' }), j.enterCode(code)]);
    j.amir.lastStep = step;
    await signOut(j.page);
    await signInWithPassword(j.page, j.portal(), '999AKHAN01');
    expect(j.page.url()).toBe(`${j.portal()}/portal`);
    await j.shot(j.page, 'amir-remembered-device-no-code');
    await signOut(j.page);
    await signInWithPassword(j.page, j.portal(), '999AKHAN01', { location: 'Lagos, Nigeria' });
    expect(j.page.url()).toBe(`${j.portal()}/login/verify`);
    const unusual = await unusedCode(j.amir.key, j.amir.lastStep);
    await Promise.all([j.page.waitForNavigation({ waitUntil: 'load' }), j.enterCode(unusual.code)]);
    j.amir.lastStep = unusual.step;
    await waitForPanelText(j.page, 'A sign-in to ESR from an unusual place');
    await j.shot(j.page, 'amir-unusual-place-notice');
  }, 90_000);

  it('Amir sees his sign-ins and remembered device in account activity, and stops remembering it', async () => {
    await j.page.goto(`${j.portal()}/account/activity`, { waitUntil: 'load' });
    const rows = await j.page.$$eval('#esr-sign-ins tbody tr', (trs) => trs.map((tr) => tr.textContent.replace(/\s+/g, ' ').trim()));
    expect(rows[0]).toMatch(/Lagos, Nigeria Unusual place Signed in$/);
    expect(rows[1]).toMatch(/Leeds, UK Signed in \(remembered device, no code needed\)$/);
    expect(await j.page.$eval('#esr-remembered-devices', (el) => el.textContent)).toContain('(this device)');
    await waitForPanelText(j.page, 'Make new recovery codes');
    await j.shot(j.page, 'amir-account-activity');
    await Promise.all([j.page.waitForNavigation({ waitUntil: 'load' }), j.page.$eval('#esr-remembered-devices button', (button) => { button.click(); })]);
    expect(await j.page.$('#esr-no-remembered-devices')).not.toBeNull();
    await signOut(j.page);
    // A device no longer remembered must give a code again.
    await signInWithPassword(j.page, j.portal(), '999AKHAN01');
    expect(j.page.url()).toBe(`${j.portal()}/login/verify`);
  });
}
