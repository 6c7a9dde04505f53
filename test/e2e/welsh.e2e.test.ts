import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  clickAndWait,
  e2eBrowsers,
  enterCode,
  enterCodeAndWait,
  expectAccessible,
  expectNoEnglish,
  findEnglish,
  heading,
  keyFromQrCode,
  scanQrCode,
  secureFrame,
  signIn,
  signOut,
  useStage,
  USERNAMES,
  waitForPanelText,
  waitForSecureFrameToSettle,
} from 'esr-mfa/test-kit';
import { substitute, type Catalogue } from '../../extension/ui/i18n.js';
import { wordsFor } from '../../shared/words/index.js';
import { portalWordsFor } from '../../helper/http/pages/words/index.js';

const LOCALES = path.resolve(import.meta.dirname, '../../extension/_locales');
const extension = JSON.parse(readFileSync(path.join(LOCALES, 'cy', 'messages.json'), 'utf8')) as Catalogue;
/** The extension's Welsh message `key`, as its panels show it: the journey reads the catalogue, so a rewording does not break it. */
const say = (key: string, ...subs: string[]): string => substitute(extension[key] ?? { message: `no message ${key}` }, subs);
const portal = portalWordsFor('cy');
const shared = wordsFor('cy');

/**
 * Gwen reads Welsh, and her browser says so (Accept-Language: cy): the portal, the extension's
 * panels (which follow the page's language unless told otherwise), the secure frame and her emails
 * are in Welsh, with no English left anywhere she looks. Its own stage, because the browser's
 * languages are set when it starts.
 */
describe.each(e2eBrowsers())('Gwen, in Welsh, in %s', { retry: 1 }, (kind) => {
  const stage = useStage(kind, { browser: { languages: ['cy', 'en'] } });

  it('Gwen turns on extra security and signs in with a code, all in Welsh: invitation, guide, QR code, recovery codes, a wrong code and a right one', async () => {
    const s = stage();
    const { page } = s;

    // The sign-in page, in the browser's language, and a wrong password refused in Welsh.
    await page.goto(`${s.helper.origin}/login`, { waitUntil: 'load' });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
    expect(await heading(page)).toBe(portal.signIn.heading);
    await signIn(page, s.helper, USERNAMES.gwen, { password: 'NotHerPassword1' });
    expect(await page.$eval('.nhsuk-error-summary__heading', (h) => h.textContent)).toBe(portal.layout.errorSummaryTitle);
    await s.shot('gwen-welsh-wrong-password');
    await expectNoEnglish(page, 'sign-in, wrong password');

    // Signed in: the invitation, in Welsh because the page is.
    await signIn(page, s.helper, USERNAMES.gwen);
    await waitForPanelText(page, say('addExtraSecurityTitle'));
    expect(await page.$eval('esr-mfa-panel', (panel) => panel.getAttribute('lang'))).toBe('cy');
    await s.shot('gwen-welsh-invitation');
    await expectNoEnglish(page, 'home, with the invitation');
    await expectAccessible(page, { screen: 'home in Welsh, with the invitation' });

    // The guide: step 1 refuses to go on without the tick, in Welsh; then on to the QR code.
    await page.click(`>>> .button`);
    await waitForPanelText(page, say('guideStepOf', '1', '6'));
    await page.click('>>> button[type="submit"]');
    await waitForPanelText(page, say('acknowledgeError'));
    await s.shot('gwen-welsh-guide-step-1-error');
    await expectNoEnglish(page, 'guide step 1, with its error');
    await page.click('>>> #esr-mfa-acknowledge');
    await page.click('>>> button[type="submit"]');
    await waitForPanelText(page, say('guideStepOf', '2', '6'));
    await page.click('>>> button[type="submit"]');
    await waitForPanelText(page, say('guideStepOf', '3', '6'));
    const key = keyFromQrCode(await scanQrCode(page, s.browser));
    await waitForSecureFrameToSettle(page);
    expect(await (await secureFrame(page, s.browser)).evaluate(() => document.documentElement.lang)).toBe('cy');
    await s.shot('gwen-welsh-guide-step-3-qr-code');
    await expectNoEnglish(page, 'guide step 3, the QR code in the secure frame');

    // Step 4: a wrong code is refused in Welsh, the right one takes her to her recovery codes.
    await page.click('>>> button[type="submit"]');
    await waitForPanelText(page, say('guideStepOf', '4', '6'));
    const right = await s.helper.phone.code(key);
    await enterCode(page, right === '000000' ? '111111' : '000000');
    await waitForPanelText(page, 'Nid yw’r cod hwnnw’n gywir');
    await s.shot('gwen-welsh-guide-step-4-wrong-code');
    await expectNoEnglish(page, 'guide step 4, a wrong code');
    await enterCode(page, right);
    await waitForPanelText(page, say('guideTitleRecoveryCodes'));
    const frame = await secureFrame(page, s.browser);
    await frame.waitForSelector('.codes code');
    await waitForSecureFrameToSettle(page);
    await s.shot('gwen-welsh-recovery-codes');
    await expectNoEnglish(page, 'guide step 5, the recovery codes');
    await page.click('>>> #esr-mfa-saved');
    await page.click('>>> button[type="submit"]');
    await waitForPanelText(page, say('guideTitleDone'));
    await s.shot('gwen-welsh-mfa-on');
    await expectNoEnglish(page, 'guide step 6, extra security is on');
    await clickAndWait(page, '>>> button[type="submit"]');
    expect((await s.helper.console.person(USERNAMES.gwen)).mfa.on).toBe(true);

    // Signing in again: the code prompt in Welsh, a wrong code refused, the right one accepted.
    await signOut(page);
    await signIn(page, s.helper, USERNAMES.gwen);
    expect(await heading(page)).toBe(portal.verify.heading);
    await waitForPanelText(page, say('signInAppIntro'));
    const next = await s.helper.phone.code(key);
    await enterCode(page, next === '000000' ? '111111' : '000000');
    await waitForPanelText(page, 'Nid yw’r cod hwnnw’n gywir');
    await s.shot('gwen-welsh-code-prompt-wrong-code');
    await expectNoEnglish(page, 'verification needed, a wrong code');
    await expectAccessible(page, { screen: 'verification needed in Welsh, a wrong code' });
    await enterCodeAndWait(page, next);
    expect(await heading(page)).toBe(portal.home.welcome('Gwen Lloyd'));
    await expectNoEnglish(page, 'home, signed in with a code');

    // ESR's emails to her are in Welsh too: the one saying extra security is now on.
    const emails = await s.helper.console.outbox(USERNAMES.gwen);
    const turnedOn = emails.find((email) => email.kind === 'mfa-enabled');
    expect(turnedOn?.subject).toBe(shared.emails['mfa-enabled']({ when: '' }).subject);
    expect(findEnglish(emails.flatMap((email) => [email.subject, email.body]))).toEqual([]);
  });
});
