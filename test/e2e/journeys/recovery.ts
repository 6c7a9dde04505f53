import { expect, it } from 'vitest';
import {
  clickAndWait,
  codeFromMailbox,
  enterCode,
  expectAccessible,
  enterCodeAndWait,
  goThroughGuide,
  heading,
  keyFromQrCode,
  openMailbox,
  scanQrCode,
  signIn,
  signOut,
  USERNAMES,
  waitForPanelText,
  waitForSecureFrameToSettle,
  type Stage,
} from 'esr-mfa/test-kit';
import { janeWithMfaOn } from './setting-the-scene.js';

const NEW_PASSWORD = 'Winter47Ward';

/** When things go wrong: a helper restart, a forgotten password, a lost phone. */
export function recoveryJourneys(stage: () => Stage): void {
  it('after the helper restarts, MFA is still on and the next sign-in still needs a code', async () => {
    const s = stage();
    // Set up in this browser, through the whole guide, so what the restart must keep is what a person made.
    await signIn(s.page, s.helper, USERNAMES.jane);
    const jane = await goThroughGuide(s.page, s.browser, s.helper.phone);
    await signOut(s.page);
    // The journey's own helper restarts: the same port and data, as a trainer's computer restarting.
    await s.helper.restart();
    await signIn(s.page, s.helper, USERNAMES.jane);
    expect(s.page.url()).toBe(`${s.helper.origin}/login/verify`);
    await waitForPanelText(s.page, 'Security code');
    await enterCodeAndWait(s.page, await s.helper.phone.code(jane.key));
    expect(await s.page.$eval('[data-esr-mfa-status]', (el) => el.textContent)).toBe('On');
  });

  it('Jane forgets her password: the reset needs a code from her email and one from her app, and signs her out everywhere', async () => {
    const s = stage();
    const jane = await janeWithMfaOn(s);
    await s.page.goto(`${s.helper.origin}/forgotten-password`, { waitUntil: 'load' });
    await s.page.type('#username', USERNAMES.jane);
    await s.page.type('#email', 'jane.smith@example.nhs.uk');
    await clickAndWait(s.page, 'button[type="submit"]');
    expect(s.page.url()).toBe(`${s.helper.origin}/forgotten-password/email-code`);
    await s.shot('jane-reset-email-code');
    await expectAccessible(s.page, { screen: 'forgotten password, code from the email' });
    const emailed = await codeFromMailbox(s.page, s.helper, USERNAMES.jane, 'password-reset-started', /your code is (\d{6})/);
    await s.page.type('#code', emailed);
    await clickAndWait(s.page, 'button[type="submit"]');
    expect(s.page.url()).toBe(`${s.helper.origin}/forgotten-password/verify`);
    // No second factor, no new password: the new-password page sends her back.
    await s.page.goto(`${s.helper.origin}/forgotten-password/new`, { waitUntil: 'load' });
    expect(s.page.url()).toBe(`${s.helper.origin}/forgotten-password/verify`);
    await s.shot('jane-reset-needs-code');
    await expectAccessible(s.page, { screen: 'forgotten password, code from the app' });
    await s.page.type('#code', await s.helper.phone.code(jane.key));
    await clickAndWait(s.page, 'form[action="/forgotten-password/verify"] button');
    await s.page.type('#newPassword', NEW_PASSWORD);
    await s.page.type('#confirmPassword', NEW_PASSWORD);
    await clickAndWait(s.page, 'button[type="submit"]');
    expect(await heading(s.page)).toBe('Your password has been changed');
    await expectAccessible(s.page, { screen: 'forgotten password, changed' });
    await openMailbox(s.page, s.helper, USERNAMES.jane);
    expect(await s.page.$eval('[data-esr-outbox-kind]', (el) => el.getAttribute('data-esr-outbox-kind'))).toBe('password-reset');
    await s.shot('mailbox-password-reset');
    await expectAccessible(s.page, { screen: 'demo mailbox' });
    // The new password works, and still needs her code.
    await signIn(s.page, s.helper, USERNAMES.jane, { password: NEW_PASSWORD });
    expect(s.page.url()).toBe(`${s.helper.origin}/login/verify`);
  });

  it('Jane loses her phone: a recovery code signs her in, the old phone stops working, and she sets up the new one', async () => {
    const s = stage();
    const jane = await janeWithMfaOn(s);
    await signIn(s.page, s.helper, USERNAMES.jane);
    await waitForPanelText(s.page, 'Use a recovery code instead');
    await s.page.click('>>> .link');
    await s.page.click('>>> #esr-mfa-replace-phone');
    await enterCodeAndWait(s.page, jane.recoveryCodes[2]!);
    await waitForPanelText(s.page, 'Set up your new phone');
    await s.page.click('>>> button[type="submit"]');
    await waitForPanelText(s.page, 'Add your ESR account to the app');
    const newKey = keyFromQrCode(await scanQrCode(s.page, s.browser));
    await waitForSecureFrameToSettle(s.page);
    expect(newKey).not.toBe(jane.key);
    await s.page.click('>>> button[type="submit"]');
    await waitForPanelText(s.page, 'Enter the code from the app');
    await enterCode(s.page, await s.helper.phone.code(newKey));
    await waitForPanelText(s.page, 'Save your recovery codes');
    await waitForSecureFrameToSettle(s.page);
    await s.page.click('>>> #esr-mfa-saved');
    await s.page.click('>>> button[type="submit"]');
    await waitForPanelText(s.page, 'Extra security is on');
    await s.shot('jane-new-phone-done');
    await expectAccessible(s.page, { screen: 'new phone guide, done' });
    await openMailbox(s.page, s.helper, USERNAMES.jane);
    const kinds = await s.page.$$eval('[data-esr-outbox-kind]', (els) => els.slice(0, 4).map((el) => el.getAttribute('data-esr-outbox-kind')));
    expect(kinds).toEqual(expect.arrayContaining(['authenticator-replaced', 'authenticator-reset']));
    // Her old phone no longer works for ESR.
    await s.page.goto(`${s.helper.origin}/portal`, { waitUntil: 'load' });
    await signOut(s.page);
    await signIn(s.page, s.helper, USERNAMES.jane);
    await enterCode(s.page, await s.helper.phone.code(jane.key));
    await waitForPanelText(s.page, 'That code is not right.');
  });
}
