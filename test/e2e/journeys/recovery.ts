import { expect, it } from 'vitest';
import { codeFromMailbox, openMailbox, scanQrCode, signInWithPassword, signOut, waitForPanelText, waitForSecureFrameToSettle } from '../support/portal.js';
import { unusedCode } from '../support/codes.js';
import type { Journey } from './journey.js';

/** When things go wrong: a helper restart, a forgotten password, a lost phone. */
export function recoveryJourneys(j: Journey): void {
  it('after the helper restarts, MFA is still on and the next sign-in still needs a code', async () => {
    await j.helper.restart();
    await signInWithPassword(j.page, j.portal(), '999JSMITH01');
    expect(j.page.url()).toBe(`${j.portal()}/login/verify`);
    await waitForPanelText(j.page, 'Security code');
    const { code, step } = await unusedCode(j.jane.secret, j.jane.lastStep);
    await Promise.all([j.page.waitForNavigation({ waitUntil: 'load' }), j.enterCode(code)]);
    j.jane.lastStep = step;
    expect(await j.page.$eval('[data-esr-mfa-status]', (el) => el.textContent)).toBe('On');
  }, 60_000);

  it('Jane forgets her password: the reset needs a code from her email and one from her app, and signs her out everywhere', async () => {
    await signOut(j.page);
    await j.page.goto(`${j.portal()}/forgotten-password`, { waitUntil: 'load' });
    await j.page.type('#username', '999JSMITH01');
    await j.page.type('#email', 'jane.smith@example.nhs.uk');
    await Promise.all([j.page.waitForNavigation({ waitUntil: 'load' }), j.page.click('button[type="submit"]')]);
    expect(j.page.url()).toBe(`${j.portal()}/forgotten-password/email-code`);
    await j.shot(j.page, 'jane-reset-email-code');
    const emailed = await codeFromMailbox(j.page, j.portal(), '999JSMITH01', 'password-reset-started', /your code is (\d{6})/);
    await j.page.type('#code', emailed);
    await Promise.all([j.page.waitForNavigation({ waitUntil: 'load' }), j.page.click('button[type="submit"]')]);
    expect(j.page.url()).toBe(`${j.portal()}/forgotten-password/verify`);
    // No second factor, no new password: the new-password page sends her back.
    await j.page.goto(`${j.portal()}/forgotten-password/new`, { waitUntil: 'load' });
    expect(j.page.url()).toBe(`${j.portal()}/forgotten-password/verify`);
    await j.shot(j.page, 'jane-reset-needs-code');
    const { code, step } = await unusedCode(j.jane.secret, j.jane.lastStep);
    await j.page.type('#code', code);
    await Promise.all([j.page.waitForNavigation({ waitUntil: 'load' }), j.page.click('form[action="/forgotten-password/verify"] button')]);
    j.jane.lastStep = step;
    await j.page.type('#newPassword', 'Winter47Ward');
    await j.page.type('#confirmPassword', 'Winter47Ward');
    await Promise.all([j.page.waitForNavigation({ waitUntil: 'load' }), j.page.click('button[type="submit"]')]);
    expect(await j.page.$eval('h1', (el) => el.textContent)).toBe('Your password has been changed');
    await openMailbox(j.page, j.portal(), '999JSMITH01');
    expect(await j.page.$eval('[data-esr-outbox-kind]', (el) => el.getAttribute('data-esr-outbox-kind'))).toBe('password-reset');
    await j.shot(j.page, 'mailbox-password-reset');
    await j.page.goto(`${j.portal()}/login`, { waitUntil: 'load' });
    await j.page.type('#username', '999JSMITH01');
    await j.page.type('#password', 'Winter47Ward');
    await Promise.all([j.page.waitForNavigation({ waitUntil: 'load' }), j.page.click('button[type="submit"]')]);
    expect(j.page.url()).toBe(`${j.portal()}/login/verify`);
  }, 60_000);

  it('Jane loses her phone: a recovery code signs her in, the old phone stops working, and she sets up the new one', async () => {
    await signInWithPassword(j.page, j.portal(), '999JSMITH01', { password: 'Winter47Ward' });
    await waitForPanelText(j.page, 'Use a recovery code instead');
    await j.page.click('>>> .link');
    await j.page.click('>>> #esr-mfa-replace-phone');
    await Promise.all([j.page.waitForNavigation({ waitUntil: 'load' }), j.enterCode(j.jane.recoveryCodes[2] ?? '')]);
    await waitForPanelText(j.page, 'Set up your new phone');
    await j.page.click('>>> button[type="submit"]');
    await waitForPanelText(j.page, 'Add your ESR account to the app');
    const uri = new URL(await scanQrCode(j.page, j.tb));
    await waitForSecureFrameToSettle(j.page);
    const newSecret = uri.searchParams.get('secret') ?? '';
    expect(newSecret).not.toBe(j.jane.secret);
    await j.page.click('>>> button[type="submit"]');
    await waitForPanelText(j.page, 'Enter the code from the app');
    const { code } = await unusedCode(newSecret, null);
    await j.enterCode(code);
    await waitForPanelText(j.page, 'Save your recovery codes');
    await waitForSecureFrameToSettle(j.page);
    await j.page.click('>>> #esr-mfa-saved');
    await j.page.click('>>> button[type="submit"]');
    await waitForPanelText(j.page, 'Extra security is on');
    await j.shot(j.page, 'jane-new-phone-done');
    await openMailbox(j.page, j.portal(), '999JSMITH01');
    const kinds = await j.page.$$eval('[data-esr-outbox-kind]', (els) => els.slice(0, 4).map((el) => el.getAttribute('data-esr-outbox-kind')));
    expect(kinds).toEqual(expect.arrayContaining(['authenticator-replaced', 'authenticator-reset']));
    // Her old phone no longer works for ESR.
    await j.page.goto(`${j.portal()}/portal`, { waitUntil: 'load' });
    await signOut(j.page);
    await signInWithPassword(j.page, j.portal(), '999JSMITH01', { password: 'Winter47Ward' });
    const old = await unusedCode(j.jane.secret, j.jane.lastStep);
    await j.enterCode(old.code);
    await waitForPanelText(j.page, 'That code is not right.');
  }, 90_000);
}
