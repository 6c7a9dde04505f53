import type { Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import {
  expectFocusVisible,
  heading,
  keyFromQrCode,
  persona,
  pressEnterAndWait,
  scanQrCode,
  tabTo,
  USERNAMES,
  waitForFocus,
  waitForPanelText,
  type FocusTarget,
  type Portal,
  type Stage,
} from 'esr-mfa/test-kit';
import { DEMO_PASSWORD } from '../../../helper/personas.js';

/** A code that is not the phone's: every digit moved on by five, so it cannot be the code of this step. */
const notThisCode = (code: string): string => code.replace(/\d/g, (digit) => String((Number(digit) + 5) % 10));

/** Tabs to `target`, checks a person can see the focus there, and presses Enter (or Space on a checkbox). */
async function tabToAndPress(page: Page, target: FocusTarget, key: 'Enter' | ' ' = 'Enter'): Promise<void> {
  await tabTo(page, target);
  await expectFocusVisible(page);
  await page.keyboard.press(key);
}

/** On the portal's sign-in page, by keyboard only: Tab to each field, type, Enter. Resolves on the next page. */
async function signInByKeyboard(page: Page, portal: Portal, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.bringToFront();
  await page.goto(`${typeof portal === 'string' ? portal : portal.origin}/login`, { waitUntil: 'load' });
  await tabTo(page, { role: 'textbox', name: /^Username/ });
  await expectFocusVisible(page);
  await page.keyboard.type(username);
  await tabTo(page, { role: 'textbox', name: /^Password/ });
  await page.keyboard.type(password);
  await pressEnterAndWait(page);
}

/** The heading of a new step has the focus, and a person can see it. */
async function focusOnHeading(page: Page, name: string): Promise<void> {
  await waitForFocus(page, { role: 'heading', name });
  await expectFocusVisible(page);
}

/**
 * Keyboard-only journeys (WCAG 2.1.1 Keyboard, 2.4.3 Focus Order, 2.4.7 Focus Visible, 3.3.1 Error
 * Identification): Tab, Shift+Tab, Enter, Space and typing, nothing else. The phone reads the QR
 * code, as a phone does; everything the person does on the computer is a key.
 */
export function keyboardJourneys(stage: () => Stage): void {
  it('Jane, by keyboard only, signs in after a wrong password, goes through every step of the guide and turns extra security on', async () => {
    const s = stage();
    const page = s.page;

    // A wrong password: the portal's error summary takes the focus, and its link takes her to the field.
    await signInByKeyboard(page, s.helper, USERNAMES.jane, 'Wrongpass9x');
    const summary = await waitForFocus(page, { name: 'There is a problem' });
    expect(summary.inside).toEqual([]);
    await expectFocusVisible(page);
    await s.shot('keyboard-jane-error-summary');
    await tabToAndPress(page, { role: 'link', name: /password/i });
    await waitForFocus(page, { role: 'textbox', name: /^Password/ });
    await page.keyboard.type(DEMO_PASSWORD);
    await pressEnterAndWait(page);
    expect(page.url()).toBe(`${s.helper.origin}/portal`);

    // The invitation, then step 1: Continue without ticking puts her on the box to tick.
    await waitForPanelText(page, 'Set up now');
    await tabToAndPress(page, { role: 'button', name: 'Set up now' });
    await focusOnHeading(page, 'Add extra security to your ESR account');
    await tabToAndPress(page, { role: 'button', name: 'Continue' });
    const unticked = await waitForFocus(page, { role: 'checkbox', name: /cannot turn extra security off/ });
    expect(unticked.description).toContain('Tick the box to show you understand');
    await expectFocusVisible(page);
    await page.keyboard.press(' ');
    await tabToAndPress(page, { role: 'button', name: 'Continue' });

    // Step 2: the app. Past both store links to Continue.
    await focusOnHeading(page, 'Install Microsoft Authenticator on your phone');
    await tabToAndPress(page, { role: 'button', name: 'Continue' });

    // Step 3: the QR code in the secure frame, which her phone reads; the keyboard goes into the frame and out again.
    await focusOnHeading(page, 'Add your ESR account to the app');
    const key = keyFromQrCode(await scanQrCode(page, s.browser));
    const inFrame = await tabTo(page, { role: 'button', name: 'Cannot scan the QR code?' });
    expect(inFrame.inside.at(-1)).toMatch(/^frame (chrome|moz)-extension:\/\//);
    await expectFocusVisible(page);
    await s.shot('keyboard-jane-in-the-secure-frame');
    // On to Continue, back into the frame with Shift+Tab, and on again.
    await tabTo(page, { role: 'button', name: 'Continue' });
    await tabTo(page, { role: 'button', name: 'Cannot scan the QR code?' }, { backwards: true });
    await tabToAndPress(page, { role: 'button', name: 'Continue' });

    // Step 4: a wrong code, sent with the button: the focus comes back to the field, which says what is wrong.
    await focusOnHeading(page, 'Enter the code from the app');
    await tabTo(page, { role: 'textbox', name: '6-digit code' });
    await expectFocusVisible(page);
    const rightNow = await s.helper.phone.code(key);
    await page.keyboard.type(notThisCode(rightNow));
    await tabToAndPress(page, { role: 'button', name: 'Turn on extra security' });
    const refused = await waitForFocus(page, { role: 'textbox', name: '6-digit code' });
    expect(refused.invalid).toBe(true);
    expect(refused.description).toMatch(/Error: .*code/i);
    await expectFocusVisible(page);
    await s.shot('keyboard-jane-wrong-code');
    await page.keyboard.type(await s.helper.phone.code(key));
    await page.keyboard.press('Enter');

    // Step 5: the recovery codes, shown in the secure frame; Continue before ticking puts her on the box.
    await focusOnHeading(page, 'Save your recovery codes');
    await tabToAndPress(page, { role: 'button', name: 'Continue' });
    const notSaved = await waitForFocus(page, { role: 'checkbox', name: /saved my recovery codes/ });
    await expectFocusVisible(page);
    await s.shot('keyboard-jane-recovery-codes-not-ticked');
    expect(notSaved.description).toContain('Tick the box to confirm you have saved your recovery codes');
    await page.keyboard.press(' ');
    await tabToAndPress(page, { role: 'button', name: 'Continue' });

    // Step 6: done.
    await focusOnHeading(page, 'Extra security is on');
    await tabTo(page, { role: 'button', name: 'Finish' });
    await expectFocusVisible(page);
    await pressEnterAndWait(page);
    expect((await s.helper.console.person(USERNAMES.jane)).mfa.on).toBe(true);
  });

  it('Amir, by keyboard only, is refused a wrong code, switches to a recovery code and signs in with it', async () => {
    const s = stage();
    const page = s.page;
    const [recoveryCode] = (await persona(s.helper, 'amir')).recoveryCodes;
    expect(recoveryCode).toBeDefined();

    await signInByKeyboard(page, s.helper, USERNAMES.amir);
    expect(page.url()).toBe(`${s.helper.origin}/login/verify`);
    // The code prompt puts him on its field.
    await waitForFocus(page, { role: 'textbox', name: 'Security code' });
    await expectFocusVisible(page);
    await page.keyboard.type(notThisCode(await s.helper.phone.codeFor(USERNAMES.amir)));
    await tabToAndPress(page, { role: 'button', name: 'Continue' });
    const refused = await waitForFocus(page, { role: 'textbox', name: 'Security code' });
    expect(refused.invalid).toBe(true);
    expect(refused.description).toMatch(/Error: /);

    await tabToAndPress(page, { role: 'button', name: 'Use a recovery code instead' });
    await waitForFocus(page, { role: 'textbox', name: 'Recovery code' });
    await expectFocusVisible(page);
    await s.shot('keyboard-amir-recovery-code');
    await page.keyboard.type(recoveryCode ?? '');
    await pressEnterAndWait(page);
    expect(await heading(page)).toBe('Welcome, Amir Khan');
    expect((await s.helper.console.person(USERNAMES.amir)).recoveryCodes.knownUnused).not.toContain(recoveryCode);
  });

  it('Ravi, by keyboard only, signs in and steps up into the manager area after a wrong code', async () => {
    const s = stage();
    const page = s.page;
    await signInByKeyboard(page, s.helper, USERNAMES.ravi);
    await waitForFocus(page, { role: 'textbox', name: 'Security code' });
    await page.keyboard.type(await s.helper.phone.codeFor(USERNAMES.ravi));
    await pressEnterAndWait(page);
    expect(page.url()).toBe(`${s.helper.origin}/portal`);

    await tabTo(page, { role: 'link', name: 'Manager self-service' });
    await expectFocusVisible(page);
    await pressEnterAndWait(page);
    expect(page.url()).toBe(`${s.helper.origin}/step-up`);
    // The prompt is drawn once the extension has heard from the helper: Tab only once it is there.
    await waitForPanelText(page, 'Code from Microsoft Authenticator');
    // The prompt puts him on its field.
    await waitForFocus(page, { role: 'textbox', name: 'Code from Microsoft Authenticator' });
    await expectFocusVisible(page);
    await page.keyboard.type(notThisCode(await s.helper.phone.codeFor(USERNAMES.ravi)));
    await tabToAndPress(page, { role: 'button', name: 'Continue' });
    const refused = await waitForFocus(page, { role: 'textbox', name: 'Code from Microsoft Authenticator' });
    expect(refused.invalid).toBe(true);
    await expectFocusVisible(page);
    await s.shot('keyboard-ravi-step-up-wrong-code');
    await page.keyboard.type(await s.helper.phone.codeFor(USERNAMES.ravi));
    await pressEnterAndWait(page);
    expect(await heading(page)).toBe('Manager self-service');
  });
}
