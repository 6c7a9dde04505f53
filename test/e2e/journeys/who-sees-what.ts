import { expect, it } from 'vitest';
import { codeFromMailbox, enterCode, enterCodeAndWait, expectAccessible, heading, openManagerArea, panelText, signIn, signOut, startHelper, USERNAMES, waitForFocusOn, waitForPanelText, type Stage } from 'esr-mfa/test-kit';
import { setPortalAddress } from '../../../helper/launcher/portal-address.js';
import { OTHER_SITE_HTML, startOtherSite } from '../support/other-site.js';

/** The helper's own step-up age (README): how long a step-up keeps the manager area open. */
const STEP_UP_MAX_AGE_SECONDS = 15 * 60;

/** Who is offered what: leavers, staff without internet access, snoozes, unusual places, other sites. */
export function whoSeesWhatJourneys(stage: () => Stage): void {
  it.each([
    [USERNAMES.priya, 'left the trust', 'priya-left-the-trust'],
    [USERNAMES.tom, 'request internet access', 'tom-internet-access'],
  ])('%s sees why extra security is not available, and no guide', async (username, why, name) => {
    const s = stage();
    await signIn(s.page, s.helper, username);
    await waitForPanelText(s.page, 'Extra security is not available for your account');
    const text = await panelText(s.page);
    expect(text).toContain(why);
    expect(text).not.toContain('Set up now');
    expect(text).not.toContain('Step 1');
    await s.shot(name);
    await expectAccessible(s.page, { screen: `home, extra security not available (${why})` });
  });

  it('Sarah chooses "Not now": the invitation stays away when she signs in again, but not from a new place', async () => {
    const s = stage();
    // The browser keeps "Not now" (the stage makes it forget at the start of each journey).
    await signIn(s.page, s.helper, USERNAMES.sarah);
    await waitForPanelText(s.page, 'Not now');
    await s.page.click('>>> .button--secondary');
    await waitForPanelText(s.page, 'We will ask you again in 7 days.');
    // The button she pressed is gone: the keyboard focus is on the confirmation, which is read out.
    await waitForFocusOn(s.page, 'We will ask you again in 7 days.');
    await expectAccessible(s.page, { screen: 'home, invitation put off' });
    await signOut(s.page);
    await signIn(s.page, s.helper, USERNAMES.sarah);
    expect(await heading(s.page)).toBe('Welcome, Sarah Green');
    // The security messages are drawn after the extension has decided about the invitation.
    await waitForPanelText(s.page, 'security message');
    expect(await panelText(s.page)).not.toContain('Add extra security');
    await signOut(s.page);
    // From a place she has never signed in from, the invitation comes back despite the snooze.
    await signIn(s.page, s.helper, USERNAMES.sarah, { location: 'London, UK' });
    await waitForPanelText(s.page, 'This sign-in came from a device or place we have not seen');
    await s.shot('sarah-unusual-place-invitation');
  });

  it('Sarah (manager, no MFA) opens the manager area with a code sent by email; 15 minutes later the check is stale and asked again', async () => {
    const s = stage();
    await signIn(s.page, s.helper, USERNAMES.sarah);
    await openManagerArea(s.page);
    expect(s.page.url()).toBe(`${s.helper.origin}/step-up`);
    await waitForPanelText(s.page, 'Code from the email');
    await s.shot('sarah-step-up-email');
    await expectAccessible(s.page, { screen: 'step-up, code from the email' });
    const code = await codeFromMailbox(s.page, s.helper, USERNAMES.sarah, 'step-up-code', /is (\d{6})\./);
    await enterCode(s.page, code === '000000' ? '111111' : '000000');
    await waitForPanelText(s.page, 'That code is not right. You have 4 tries left.');
    await enterCodeAndWait(s.page, code);
    expect(await heading(s.page)).toBe('Manager self-service');
    await s.shot('sarah-manager-area');
    // The training clock, not a wait: a second past the step-up's age.
    await s.helper.console.advanceClock(STEP_UP_MAX_AGE_SECONDS + 1);
    await s.page.goto(`${s.helper.origin}/manager`, { waitUntil: 'load' });
    expect(s.page.url()).toBe(`${s.helper.origin}/step-up`);
  });

  it('the pages no other journey stops on pass the accessibility checks: sign-in, signed out, a page not found, and the extension\'s settings', async () => {
    const s = stage();
    await s.page.goto(`${s.helper.origin}/login`, { waitUntil: 'load' });
    await expectAccessible(s.page, { screen: 'sign-in' });
    await s.page.goto(`${s.helper.origin}/no-such-page`, { waitUntil: 'load' });
    await expectAccessible(s.page, { screen: 'page not found' });
    await signIn(s.page, s.helper, USERNAMES.tom);
    await signOut(s.page);
    expect(s.page.url()).toBe(`${s.helper.origin}/signed-out`);
    await expectAccessible(s.page, { screen: 'signed out' });
    // The settings as a trainer reaches them: framed in a 127.0.0.1 page, the only way Firefox lets
    // automation open an extension page (helper/launcher/portal-address.ts), saved unchanged.
    await setPortalAddress(s.browser, s.page, `${s.helper.origin}/login`, s.helper.origin);
    expect(await s.page.evaluate(() => document.querySelector('iframe')?.title)).toBe('ESR MFA extension settings');
    await expectAccessible(s.page, { screen: "the extension's settings (options page), saved" });
  });

  it('staff cannot open the manager area at all', async () => {
    const s = stage();
    await signIn(s.page, s.helper, USERNAMES.tom);
    await s.page.goto(`${s.helper.origin}/manager`, { waitUntil: 'load' });
    expect(await heading(s.page)).toBe('You cannot open the manager area');
    await expectAccessible(s.page, { screen: 'manager area refused' });
  });

  it('a page that is not the portal, on another local port, is untouched', async () => {
    const s = stage();
    const other = await startOtherSite();
    try {
      const page = await s.browser.newPage();
      await page.goto(other.origin, { waitUntil: 'load' });
      // The extension answers its tabs in turn: once it has drawn its panel on the portal, opened
      // after the other site, it has long had its chance to act on the other site too.
      await signIn(s.page, s.helper, USERNAMES.jane);
      await waitForPanelText(s.page, 'Set up now');
      expect(await page.$('esr-mfa-panel')).toBeNull();
      expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(OTHER_SITE_HTML.replace(/^<!doctype html>/, ''));
      await page.close();
    } finally {
      await other.close();
    }
  });

  it('a portal at an address the extension is not set to keeps its own code form: the prompt drawn at once is taken down', async () => {
    const s = stage();
    const elsewhere = await startHelper();
    try {
      const page = await s.browser.newPage();
      await signIn(page, elsewhere, USERNAMES.amir);
      expect(await heading(page)).toBe('Verification needed');
      // The extension draws its prompt from what the page says, then hears from its background
      // that this is not its portal: the portal's own form is what is left.
      await page.waitForFunction(() => document.querySelector('esr-mfa-panel') === null && document.getElementById('esr-verify-fallback')?.hidden === false, { timeout: 10_000 });
      // On its own portal, the same person gets the prompt (so the extension was running all along).
      await signIn(s.page, s.helper, USERNAMES.amir);
      await waitForPanelText(s.page, 'Security code');
      expect(await page.$('esr-mfa-panel')).toBeNull();
      await page.close();
    } finally {
      await elsewhere.stop();
    }
  });
}
