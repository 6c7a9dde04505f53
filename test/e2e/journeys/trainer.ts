import { expect, it } from 'vitest';
import { clickAndWait, enterCode, enterCodeAndWait, expectAccessible, expectNoEnglish, openGuideToQrCode, openManagerArea, panelText, signIn, signOut, USERNAMES, waitForPanelText, waitForSecureFrameToSettle, type Stage } from 'esr-mfa/test-kit';
import { ConsolePage } from '../support/console-page.js';

/**
 * A trainer's lesson, driven only through the portal and the trainer console's page, as a trainer
 * would: the training phone instead of a real one, and the training clock instead of waiting.
 */
export function trainerJourneys(stage: () => Stage): void {
  /** The trainer's console in a tab of its own, and the portal's tab brought back to the front for the next step. */
  async function openConsole(s: Stage): Promise<{ trainer: ConsolePage; show: () => Promise<void> }> {
    const trainer = await ConsolePage.open(s.browser.browser, s.helper.consoleAddress);
    return { trainer, show: async () => { await s.page.bringToFront(); } };
  }

  it("the trainer: Jane sets up MFA with the training phone's scan, then signs out and in with its code", async () => {
    const s = stage();
    const { trainer, show } = await openConsole(s);
    await show();
    await signIn(s.page, s.helper, USERNAMES.jane);
    await openGuideToQrCode(s.page, s.browser);

    // The console's camera receives the set-up being shown from the helper, not from the page.
    await trainer.scanQrCode(USERNAMES.jane);
    await trainer.waitForTag('Jane Smith', 'Setting up');
    const janeCode = await trainer.phoneCode(USERNAMES.jane);
    await s.shot('trainer-phone-scanned-jane', trainer.page);

    await show();
    await s.page.click('>>> button[type="submit"]');
    await waitForPanelText(s.page, 'Step 4 of 6');
    await enterCode(s.page, janeCode);
    await waitForPanelText(s.page, 'Save your recovery codes');
    await waitForSecureFrameToSettle(s.page);
    await s.page.click('>>> #esr-mfa-saved');
    await s.page.click('>>> button[type="submit"]');
    await waitForPanelText(s.page, 'Extra security is on');
    await clickAndWait(s.page, '>>> button[type="submit"]');
    expect(await s.page.$eval('[data-esr-mfa-status]', (el) => el.textContent)).toBe('On');
    await trainer.waitForTag('Jane Smith', 'MFA on');

    // The code she used is spent: the next one comes 30 seconds on, which the clock brings now.
    await show();
    await signOut(s.page);
    await trainer.moveClock('30 seconds');
    const next = await trainer.phoneCode(USERNAMES.jane, janeCode);
    await show();
    await signIn(s.page, s.helper, USERNAMES.jane);
    expect(s.page.url()).toBe(`${s.helper.origin}/login/verify`);
    await enterCodeAndWait(s.page, next);
    expect(s.page.url()).toBe(`${s.helper.origin}/portal`);
    expect(await s.page.$eval('.esr-training-clock', (el) => el.textContent)).toContain('ahead of real time');
    await s.shot('trainer-jane-signed-in-moved-clock');
  });

  it("the trainer moves the clock 16 minutes and Sarah's step-up is asked again", async () => {
    const s = stage();
    const { trainer, show } = await openConsole(s);
    await show();
    await signIn(s.page, s.helper, USERNAMES.sarah);
    await openManagerArea(s.page);
    expect(s.page.url()).toBe(`${s.helper.origin}/step-up`);
    await waitForPanelText(s.page, 'Code from the email');
    const code = await trainer.fromNewestEmail(USERNAMES.sarah, 'Your ESR confirmation code', /is (\d{6})\./);
    await show();
    await enterCodeAndWait(s.page, code);
    expect(await s.page.$eval('h1', (el) => el.textContent)).toBe('Manager self-service');

    await trainer.moveClock('15 minutes');
    await trainer.moveClock('30 seconds');
    await trainer.moveClock('30 seconds');
    await show();
    await s.page.goto(`${s.helper.origin}/manager`, { waitUntil: 'load' });
    expect(s.page.url()).toBe(`${s.helper.origin}/step-up`);
    await waitForPanelText(s.page, 'Code from the email');
    await s.shot('trainer-sarah-step-up-again');
  });

  it("the trainer moves the clock 31 days and Amir's remembered browser asks for a code again", async () => {
    const s = stage();
    const { trainer, show } = await openConsole(s);
    // Amir's demo key is on the training phone from the start, as it would be on a trainer's phone.
    await show();
    await signIn(s.page, s.helper, USERNAMES.amir);
    expect(s.page.url()).toBe(`${s.helper.origin}/login/verify`);
    const first = await trainer.phoneCode(USERNAMES.amir);
    await show();
    await s.page.waitForSelector('>>> #esr-mfa-remember-device');
    await s.page.click('>>> #esr-mfa-remember-device');
    await enterCodeAndWait(s.page, first);
    expect(s.page.url()).toBe(`${s.helper.origin}/portal`);
    await signOut(s.page);

    await signIn(s.page, s.helper, USERNAMES.amir);
    expect(s.page.url()).toBe(`${s.helper.origin}/portal`);
    await signOut(s.page);

    await trainer.moveClock('30 days');
    await trainer.moveClock('1 day');
    await show();
    await signIn(s.page, s.helper, USERNAMES.amir);
    expect(s.page.url()).toBe(`${s.helper.origin}/login/verify`);
    await waitForPanelText(s.page, 'Security code');
    await s.shot('trainer-amir-code-after-31-days');
    const again = await trainer.phoneCode(USERNAMES.amir, first);
    await show();
    await enterCodeAndWait(s.page, again);
    expect(s.page.url()).toBe(`${s.helper.origin}/portal`);
  });

  it('the trainer resets Jane in the console and her MFA is off again in the training data', async () => {
    const s = stage();
    // Jane starts with MFA on: the console's own scenario, as a trainer would set the scene.
    await s.helper.console.runScenario('jane-mfa-on');
    const { trainer, show } = await openConsole(s);
    await trainer.waitForTag('Jane Smith', 'MFA on');
    await trainer.resetPerson('Jane Smith');
    await trainer.waitForTag('Jane Smith', 'MFA off');
    await s.shot('trainer-jane-reset', trainer.page);
    await expectAccessible(trainer.page, { screen: 'trainer console' });
    await show();
    await signIn(s.page, s.helper, USERNAMES.jane);
    expect(s.page.url()).toBe(`${s.helper.origin}/portal`);
    await waitForPanelText(s.page, 'Set up now');
    expect(await panelText(s.page)).toContain('Add extra security to your ESR account');
    expect(await s.page.$eval('[data-esr-mfa-status]', (el) => el.textContent)).toBe('Off');
  });

  it('the trainer switches the console to Cymraeg and back with the keyboard, and the Welsh console shows no English', async () => {
    const s = stage();
    const { trainer } = await openConsole(s);
    const page = trainer.page;
    const heading = () => page.$eval('h1', (el) => el.textContent);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB');

    await trainer.switchLanguageWithKeyboard('Cymraeg');
    expect(await heading()).toBe('Consol yr hyfforddwr');
    // The switch keeps the focus and now offers English, marked as English for screen readers.
    expect(await page.evaluate(() => ({ text: document.activeElement?.textContent, lang: document.activeElement?.getAttribute('lang') }))).toEqual({ text: 'English', lang: 'en' });
    await trainer.waitUntilLoaded();
    await trainer.waitForTag('Jane Smith', 'MFA i ffwrdd');
    // Names, usernames, job titles, persona notes and emails are the helper's data, marked
    // translate="no"; the "English" switch is marked lang="en". Everything else must be Welsh.
    await expectNoEnglish(page, 'trainer console in Welsh');
    // Dates too: a browser without Welsh locale data (Chromium) would write English day and month names.
    const shown = await page.evaluate(() => document.body.innerText);
    expect(shown).toContain('Amser y porth: Dydd ');
    // The guide and video for staff, at the portal's own address, for the trainer to show the class.
    expect(await page.$eval('a[data-esr-console-help]', (a) => [a.textContent, a.getAttribute('href')])).toEqual(['Fideo MFA a chanllaw cam wrth gam (yn agor mewn tab newydd)', `${s.helper.origin}/help/mfa`]);
    expect(shown).not.toMatch(/\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|January|February|April|June|July|August|September|October|November|December|AM|PM)\b/);
    await expectAccessible(page, { screen: 'trainer console in Welsh' });
    await s.shot('trainer-console-welsh', page);

    // The choice is kept: the console opens in Welsh again.
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('#phone-heading');
    expect(await heading()).toBe('Consol yr hyfforddwr');

    await trainer.switchLanguageWithKeyboard('English');
    expect(await heading()).toBe('Trainer console');
    await page.waitForSelector('::-p-xpath(//button[normalize-space(.)="Move forward 30 seconds"])');
  });

  it("the console's token and the phone's codes never reach the portal page", async () => {
    const s = stage();
    const { trainer, show } = await openConsole(s);
    const amirCode = await trainer.phoneCode(USERNAMES.amir);
    await show();
    await signIn(s.page, s.helper, USERNAMES.jane);
    await waitForPanelText(s.page, 'Set up now');
    const pageText = await s.page.evaluate(() => document.documentElement.outerHTML + document.cookie + JSON.stringify(Object.entries(localStorage)));
    expect(pageText).not.toContain(s.helper.consoleToken);
    expect(pageText).not.toMatch(new RegExp(`(?<!\\d)${amirCode}(?!\\d)`));
    expect(await trainer.page.evaluate(() => document.cookie)).toBe('');
  });
}
