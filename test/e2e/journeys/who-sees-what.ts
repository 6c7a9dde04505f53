import { expect, it } from 'vitest';
import { OTHER_SITE_HTML } from '../support/other-site.js';
import { STEP_UP_MAX_AGE_SECONDS } from '../support/helper-process.js';
import { openMailbox, panelText, signInWithPassword, signOut, waitForPanelText } from '../support/portal.js';
import type { Journey } from './journey.js';

/** Who is offered what: leavers, staff without internet access, snoozes, unusual places, other sites. */
export function whoSeesWhatJourneys(j: Journey): void {
  it.each([
    ['999PJONES01', 'left the trust', 'priya-left-the-trust'],
    ['999TBROWN01', 'request internet access', 'tom-internet-access'],
  ])('%s sees why extra security is not available, and no guide', async (username, why, name) => {
    await signInWithPassword(j.page, j.portal(), username);
    await waitForPanelText(j.page, 'Extra security is not available for your account');
    const text = await panelText(j.page);
    expect(text).toContain(why);
    expect(text).not.toContain('Set up now');
    expect(text).not.toContain('Step 1');
    await j.shot(j.page, name);
    await signOut(j.page);
  });

  it('Sarah chooses "Not now": the invitation stays away when she signs in again', async () => {
    await signInWithPassword(j.page, j.portal(), '999SGREEN01');
    await waitForPanelText(j.page, 'Not now');
    await j.page.click('>>> .button--secondary');
    await waitForPanelText(j.page, 'We will ask you again in 7 days.');
    await signOut(j.page);
    await signInWithPassword(j.page, j.portal(), '999SGREEN01');
    expect(await j.page.$eval('h1', (el) => el.textContent)).toBe('Welcome, Sarah Green');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await panelText(j.page)).not.toContain('Add extra security');
    await signOut(j.page);
    // From a place she has never signed in from, the invitation comes back despite the snooze.
    await signInWithPassword(j.page, j.portal(), '999SGREEN01', { location: 'London, UK' });
    await waitForPanelText(j.page, 'This sign-in came from a device or place we have not seen');
    await j.shot(j.page, 'sarah-unusual-place-invitation');
    await signOut(j.page);
  }, 60_000);

  it('Sarah (manager, no MFA) opens the manager area with a code sent by email; later the check is stale and asked again', async () => {
    await signInWithPassword(j.page, j.portal(), '999SGREEN01');
    await Promise.all([j.page.waitForNavigation({ waitUntil: 'load' }), j.page.$eval('a[href="/manager"]', (link) => { link.click(); })]);
    expect(j.page.url()).toBe(`${j.portal()}/step-up`);
    await waitForPanelText(j.page, 'Code from the email');
    await j.shot(j.page, 'sarah-step-up-email');
    const mailbox = await j.tb.browser.newPage();
    await openMailbox(mailbox, j.portal(), '999SGREEN01');
    const email = await mailbox.$eval('[data-esr-outbox-kind="step-up-code"]', (el) => el.textContent);
    await j.shot(mailbox, 'mailbox-step-up-code');
    await mailbox.close();
    const code = /is (\d{6})\./.exec(email)?.[1] ?? '';
    await j.enterCode(code === '000000' ? '111111' : '000000');
    await waitForPanelText(j.page, 'That code is not right. You have 4 tries left.');
    await Promise.all([j.page.waitForNavigation({ waitUntil: 'load' }), j.enterCode(code)]);
    expect(await j.page.$eval('h1', (el) => el.textContent)).toBe('Manager self-service');
    await j.shot(j.page, 'sarah-manager-area');
    await new Promise((resolve) => setTimeout(resolve, (STEP_UP_MAX_AGE_SECONDS + 1) * 1000));
    await j.page.goto(`${j.portal()}/manager`, { waitUntil: 'load' });
    expect(j.page.url()).toBe(`${j.portal()}/step-up`);
    await signOut(j.page);
  }, 30_000);

  it('staff cannot open the manager area at all', async () => {
    await signInWithPassword(j.page, j.portal(), '999TBROWN01');
    await j.page.goto(`${j.portal()}/manager`, { waitUntil: 'load' });
    expect(await j.page.$eval('h1', (el) => el.textContent)).toBe('You cannot open the manager area');
    await j.page.goto(`${j.portal()}/portal`, { waitUntil: 'load' });
    await signOut(j.page);
  });

  it('a page that is not the portal, on another local port, is untouched', async () => {
    await j.page.goto(j.other.origin, { waitUntil: 'load' });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await j.page.$('esr-mfa-panel')).toBeNull();
    expect(await j.page.evaluate(() => document.documentElement.outerHTML)).toBe(OTHER_SITE_HTML.replace(/^<!doctype html>/, '').replace(/\n/g, '\n'));
  });
}
