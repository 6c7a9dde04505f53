import type { ElementHandle, Page } from 'puppeteer-core';
import { DEMO_PASSWORD } from '../../helper/personas.js';
import { clickAndWait, scanQrCode, secureFrame, signOut, waitForSecureFrameToSettle, USERNAMES, type TestBrowser, type TestHelper } from '../../test/kit/index.js';
import type { Shot } from './capture.js';
import type { GuideStepId } from './steps.js';

/** Who is on stage: the portal's tab, the trainer console's tab (for the training phone), and what drives them. */
export interface Cast {
  helper: TestHelper;
  browser: TestBrowser;
  portal: Page;
  trainer: Page;
}

/** What the journey tells whoever is recording it: the pictures for the guide, or the video. */
export interface Director {
  /** The tab where what follows happens (the video follows it). */
  onStage(page: Page): Promise<void>;
  /** One numbered step of the guide, at the moment its control is about to be used. */
  step(id: GuideStepId, shot: Shot): Promise<void>;
  /** Milliseconds between typed keys: none for pictures, a person's pace for the video. */
  readonly typingDelayMs: number;
}

const JANE = USERNAMES.jane;
/** The portal's sign-in form, and the extension's panel in its shadow root. Found by structure, not words, so every language works. */
const SIGN_IN_FORM = 'form:has(#username)';
const PANEL = '>>> form.panel';
const PANEL_SUBMIT = '>>> form.panel button[type="submit"]';
const PHONE_ACCOUNT = '.esr-phone__account';

/**
 * Jane Smith turns on extra security, signs in with a code, then loses her phone: every step the
 * guide promises (steps.ts), done as a person does it with the real extension and helper, through
 * the test kit. The training phone is the trainer console's, in its own tab.
 */
export async function performGuide(cast: Cast, director: Director): Promise<void> {
  const { portal, trainer, helper, browser } = cast;
  const type = (page: Page, selector: string, text: string) => page.type(selector, text, { delay: director.typingDelayMs });

  await director.onStage(portal);
  await signInForm(portal, helper.origin, type);
  await director.step('sign-in', { page: portal, highlight: `${SIGN_IN_FORM} button[type="submit"]`, area: SIGN_IN_FORM });
  await clickAndWait(portal, `${SIGN_IN_FORM} button[type="submit"]`);

  const setUpNow = '>>> section[aria-labelledby="esr-mfa-invitation-title"] .button:not(.button--secondary)';
  await director.step('invitation', { page: portal, highlight: setUpNow });
  await portal.click(setUpNow);

  await portal.waitForSelector('>>> #esr-mfa-acknowledge', { visible: true });
  await portal.click('>>> #esr-mfa-acknowledge');
  await director.step('why', { page: portal, highlight: '>>> .checkbox:has(#esr-mfa-acknowledge)', area: PANEL });
  await portal.click(PANEL_SUBMIT);

  await portal.waitForSelector('>>> form.panel a[href*="apps.apple.com"]', { visible: true });
  await director.step('get-app', { page: portal, highlight: PANEL_SUBMIT, area: PANEL });
  await portal.click(PANEL_SUBMIT);

  // Read from the screen's pixels as a phone would: it also waits until the QR code is drawn and still.
  await scanQrCode(portal, browser);
  const qr = await (await secureFrame(portal, browser)).waitForSelector('img.qr');
  if (qr === null) throw new Error('No QR code in the secure frame');
  await director.step('qr-code', { page: portal, highlight: qr, area: PANEL });

  await director.onStage(trainer);
  const scan = '.esr-phone-actions > button.nhsuk-button:not(.nhsuk-button--secondary)';
  await director.step('phone-scan', { page: trainer, highlight: scan, area: '.esr-phone-layout' });
  await trainer.click(scan);
  const firstCode = await phoneCode(trainer, JANE);
  await director.step('phone-code', { page: trainer, highlight: await phoneAccount(trainer, JANE), area: '.esr-phone' });

  await director.onStage(portal);
  await portal.click(PANEL_SUBMIT);
  await portal.waitForSelector('>>> .code-input', { visible: true });
  await type(portal, '>>> .code-input', firstCode);
  await director.step('enter-code', { page: portal, highlight: '>>> .code-input', area: PANEL });
  await portal.click(PANEL_SUBMIT);

  // The recovery codes step, once the helper has accepted the code: its tick box, then its frame.
  await portal.waitForSelector('>>> #esr-mfa-saved', { visible: true });
  const codesFrame = await secureFrame(portal, browser);
  await codesFrame.waitForSelector('.codes code');
  const recoveryCodes = await codesFrame.$$eval('.codes code', (codes) => codes.map((code) => code.textContent));
  await waitForSecureFrameToSettle(portal);
  await portal.click('>>> #esr-mfa-saved');
  await director.step('save-recovery-codes', { page: portal, highlight: '>>> .checkbox:has(#esr-mfa-saved)', area: PANEL });
  await portal.click(PANEL_SUBMIT);

  await portal.waitForSelector('>>> form.panel--success', { visible: true });
  await director.step('done', { page: portal, highlight: PANEL_SUBMIT, area: PANEL });
  await clickAndWait(portal, PANEL_SUBMIT);
  await director.step('mfa-on', { page: portal, highlight: '.nhsuk-summary-list__row:has([data-esr-mfa-status="on"])', area: '.nhsuk-summary-list:has([data-esr-mfa-status])' });

  await signOut(portal);
  await signInForm(portal, helper.origin, type);
  await director.step('sign-in-again', { page: portal, highlight: `${SIGN_IN_FORM} button[type="submit"]`, area: SIGN_IN_FORM });
  await clickAndWait(portal, `${SIGN_IN_FORM} button[type="submit"]`);

  // The code she turned it on with is spent, and a person waits for the next one: the console's
  // clock brings it at once (the portal then says the training clock is ahead).
  await helper.console.advanceClock(30);
  await director.onStage(trainer);
  const nextCode = await phoneCode(trainer, JANE, firstCode);
  await director.step('phone-next-code', { page: trainer, highlight: await phoneAccount(trainer, JANE), area: '.esr-phone' });

  await director.onStage(portal);
  await portal.waitForSelector('>>> .code-input', { visible: true });
  await type(portal, '>>> .code-input', nextCode);
  await director.step('enter-sign-in-code', { page: portal, highlight: '>>> .code-input', area: PANEL });
  await clickAndWait(portal, PANEL_SUBMIT);

  await portal.goto(`${helper.origin}/account/activity`, { waitUntil: 'load' });
  await director.step('recovery-codes-left', { page: portal, highlight: '>>> form:has(#esr-mfa-regenerate-code) button[type="submit"]' });

  await signOut(portal);
  await signInForm(portal, helper.origin, type);
  await clickAndWait(portal, `${SIGN_IN_FORM} button[type="submit"]`);
  await portal.waitForSelector('>>> .code-input', { visible: true });
  await director.step('use-recovery-code', { page: portal, highlight: '>>> form.panel .link', area: PANEL });
  await portal.click('>>> form.panel .link');

  const recoveryCode = recoveryCodes[0];
  if (recoveryCode === undefined) throw new Error('No recovery codes were shown');
  await portal.waitForSelector('>>> #esr-mfa-recovery-code', { visible: true });
  await type(portal, '>>> #esr-mfa-recovery-code', recoveryCode);
  await portal.click('>>> #esr-mfa-replace-phone');
  await director.step('lost-phone', { page: portal, highlight: '>>> .checkbox:has(#esr-mfa-replace-phone)', area: PANEL });
  await clickAndWait(portal, PANEL_SUBMIT);

  await portal.waitForSelector('>>> form.panel a[href*="apps.apple.com"]', { visible: true });
  await director.step('set-up-new-phone', { page: portal, highlight: PANEL_SUBMIT, area: PANEL });
}

async function signInForm(page: Page, origin: string, type: (page: Page, selector: string, text: string) => Promise<void>): Promise<void> {
  await page.goto(`${origin}/login`, { waitUntil: 'load' });
  await type(page, '#username', JANE);
  await type(page, '#password', DEMO_PASSWORD);
}

/** The 6-digit code the training phone shows for an account, read off the screen; with `notThis`, once it has changed. */
async function phoneCode(trainer: Page, accountName: string, notThis?: string): Promise<string> {
  const code = await trainer.waitForFunction(
    (selector: string, name: string, old: string | null) => {
      for (const account of document.querySelectorAll(selector)) {
        if (account.querySelector('.esr-phone__name')?.textContent !== name) continue;
        const digits = (account.querySelector('.esr-phone__code')?.textContent ?? '').replace(/\D/g, '');
        if (digits.length === 6 && digits !== old) return digits;
      }
      return false;
    },
    {},
    PHONE_ACCOUNT,
    accountName,
    notThis ?? null,
  );
  return (await code.jsonValue()) as string;
}

/** The training phone's entry for one account, once it shows. */
async function phoneAccount(trainer: Page, accountName: string): Promise<ElementHandle> {
  const handle = await trainer.waitForFunction(
    (selector: string, name: string): Element | false => Array.from(document.querySelectorAll(selector)).find((account) => account.querySelector('.esr-phone__name')?.textContent === name) ?? false,
    {},
    PHONE_ACCOUNT,
    accountName,
  );
  const element = handle.asElement();
  if (element === null) throw new Error(`${accountName} is not on the training phone`);
  return element as ElementHandle;
}
