import { expect, it } from 'vitest';
import { codeFromMailbox, panelText, signInWithPassword, signOut, waitForPanelText } from '../support/portal.js';
import { unusedCode } from '../support/codes.js';
import type { Journey } from './journey.js';

/** Step-up for the manager area, the helpdesk reset of a lost phone, and the MFA lockout. */
export function managerAreaJourneys(j: Journey): void {
  it('Ravi (core user, MFA on) opens the manager area with a code from his app', async () => {
    j.ravi.key = j.helper.demoKeys.get('999RPATEL01') ?? '';
    await signInWithPassword(j.page, j.portal(), '999RPATEL01');
    await waitForPanelText(j.page, 'Security code');
    const first = await unusedCode(j.ravi.key, null);
    await Promise.all([j.page.waitForNavigation({ waitUntil: 'load' }), j.enterCode(first.code)]);
    await Promise.all([j.page.waitForNavigation({ waitUntil: 'load' }), j.page.$eval('a[href="/manager"]', (link) => { link.click(); })]);
    expect(j.page.url()).toBe(`${j.portal()}/step-up`);
    await waitForPanelText(j.page, 'Code from Microsoft Authenticator');
    await j.shot(j.page, 'ravi-step-up');
    const second = await unusedCode(j.ravi.key, first.step);
    await Promise.all([j.page.waitForNavigation({ waitUntil: 'load' }), j.enterCode(second.code)]);
    expect(await j.page.$eval('h1', (el) => el.textContent)).toBe('Manager self-service');

    // Amir has lost his phone. Ravi checks who he is, then resets his authenticator.
    await j.page.type('#helpdesk-username', '999AKHAN01');
    await j.page.type('#helpdesk-email', 'amir.khan@example.nhs.uk');
    await j.page.$eval('#helpdesk-dob', (el) => { (el as HTMLInputElement).value = '1979-11-03'; });
    await j.page.click('#helpdesk-called-back');
    await Promise.all([j.page.waitForNavigation({ waitUntil: 'load' }), j.page.click('form[action="/manager/helpdesk/reset"] button')]);
    expect(await j.page.$eval('#esr-helpdesk-done', (el) => el.textContent)).toContain("999AKHAN01's authenticator was reset");
    await j.shot(j.page, 'ravi-helpdesk-reset');
    await signOut(j.page);
  }, 90_000);

  it("after the helpdesk reset Amir signs in with his password and the set-up code from his email, straight into setting up his new phone; his old phone's codes fail", async () => {
    await signInWithPassword(j.page, j.portal(), '999AKHAN01');
    expect(j.page.url()).toBe(`${j.portal()}/login/verify`);
    expect(await j.page.$eval('h1', (el) => el.textContent)).toBe('Enter your set-up code');
    await j.shot(j.page, 'amir-set-up-code');
    const setupCode = await codeFromMailbox(j.page, j.portal(), '999AKHAN01', 'setup-code', /set-up code is ([A-Z2-7]{4}(?:-[A-Z2-7]{4}){3})/);
    await j.page.type('#setupCode', setupCode);
    await Promise.all([j.page.waitForNavigation({ waitUntil: 'load' }), j.page.click('form[action="/login/verify"] button')]);
    expect(j.page.url()).toBe(`${j.portal()}/portal`);
    await waitForPanelText(j.page, 'Set up your new phone');
    expect(await panelText(j.page)).toContain('Step 1 of 5');
    await j.shot(j.page, 'amir-new-phone-guide');
    await signOut(j.page);
    await signInWithPassword(j.page, j.portal(), '999AKHAN01');
    expect(j.page.url()).toBe(`${j.portal()}/login/verify`);
    const old = await unusedCode(j.amir.key, j.amir.lastStep);
    await j.enterCode(old.code);
    await waitForPanelText(j.page, 'That code is not right.');
  }, 90_000);

  it('Ravi is told to wait after five wrong codes, and how long', async () => {
    await signInWithPassword(j.page, j.portal(), '999RPATEL01');
    await waitForPanelText(j.page, 'Security code');
    for (const left of [4, 3, 2, 1]) {
      await j.enterCode('000000');
      await waitForPanelText(j.page, `You have ${left} ${left === 1 ? 'try' : 'tries'} left.`);
    }
    await j.enterCode('000000');
    await waitForPanelText(j.page, 'Too many wrong codes. Try again in 30 seconds.');
    await j.shot(j.page, 'ravi-locked');
    const { code } = await unusedCode(j.ravi.key, null);
    await j.enterCode(code);
    // Even the right code is refused while the wait lasts: the field empties for another try.
    await j.page.waitForFunction(() => {
      const input = document.querySelector('esr-mfa-panel')?.shadowRoot?.querySelector('input');
      return input?.value === '' && !input.closest('form')?.querySelector('button')?.disabled;
    });
    expect(await panelText(j.page)).toMatch(/Too many wrong codes\. Try again in \d+ seconds\./);
    expect(j.page.url()).toBe(`${j.portal()}/login/verify`);
  });
}
