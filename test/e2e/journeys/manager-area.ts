import { expect, it } from 'vitest';
import { clickAndWait, codeFromMailbox, enterCode, enterCodeAndWait, expectAccessible, heading, openManagerArea, panelText, persona, signIn, signOut, USERNAMES, waitForPanelText, type Stage } from 'esr-mfa/test-kit';

/** Step-up for the manager area, the helpdesk reset of a lost phone, and the MFA lockout. */
export function managerAreaJourneys(stage: () => Stage): void {
  it('Ravi (core user, MFA on) opens the manager area with a code from his app, and resets the authenticator of Amir, who lost his phone', async () => {
    const s = stage();
    await signIn(s.page, s.helper, USERNAMES.ravi);
    await waitForPanelText(s.page, 'Security code');
    await enterCodeAndWait(s.page, await s.helper.phone.codeFor(USERNAMES.ravi));
    await openManagerArea(s.page);
    expect(s.page.url()).toBe(`${s.helper.origin}/step-up`);
    await waitForPanelText(s.page, 'Code from Microsoft Authenticator');
    await s.shot('ravi-step-up');
    await expectAccessible(s.page, { screen: 'step-up, code from the app' });
    await enterCodeAndWait(s.page, await s.helper.phone.codeFor(USERNAMES.ravi));
    expect(await heading(s.page)).toBe('Manager self-service');
    await expectAccessible(s.page, { screen: 'manager area' });

    // Ravi checks who Amir is, then resets his authenticator.
    await s.page.type('#helpdesk-username', USERNAMES.amir);
    await s.page.type('#helpdesk-email', 'amir.khan@example.nhs.uk');
    await s.page.$eval('#helpdesk-dob', (el) => { (el as HTMLInputElement).value = '1979-11-03'; });
    await s.page.click('#helpdesk-called-back');
    await clickAndWait(s.page, 'form[action="/manager/helpdesk/reset"] button');
    expect(await s.page.$eval('#esr-helpdesk-done', (el) => el.textContent)).toContain(`${USERNAMES.amir}'s authenticator was reset`);
    await s.shot('ravi-helpdesk-reset');
    await expectAccessible(s.page, { screen: 'manager area, helpdesk reset done' });
    expect((await s.helper.console.person(USERNAMES.amir)).mfa.newAuthenticatorDue).toBe(true);
  });

  it("after a helpdesk reset Amir signs in with his password and the set-up code from his email, straight into setting up his new phone; his old phone's codes fail", async () => {
    const s = stage();
    const oldKey = (await persona(s.helper, 'amir')).demoKey;
    expect(oldKey).not.toBeNull();
    await s.helper.console.runScenario('amir-phone-lost');
    await signIn(s.page, s.helper, USERNAMES.amir);
    expect(s.page.url()).toBe(`${s.helper.origin}/login/verify`);
    expect(await heading(s.page)).toBe('Enter your set-up code');
    await s.shot('amir-set-up-code');
    await expectAccessible(s.page, { screen: 'set-up code after a helpdesk reset' });
    const setupCode = await codeFromMailbox(s.page, s.helper, USERNAMES.amir, 'setup-code', /set-up code is ([A-Z2-7]{4}(?:-[A-Z2-7]{4}){3})/);
    await s.page.type('#setupCode', setupCode);
    await clickAndWait(s.page, 'form[action="/login/verify"] button');
    expect(s.page.url()).toBe(`${s.helper.origin}/portal`);
    await waitForPanelText(s.page, 'Set up your new phone');
    expect(await panelText(s.page)).toContain('Step 1 of 5');
    await s.shot('amir-new-phone-guide');
    await expectAccessible(s.page, { screen: 'new phone guide, step 1' });
    await signOut(s.page);
    await signIn(s.page, s.helper, USERNAMES.amir);
    expect(s.page.url()).toBe(`${s.helper.origin}/login/verify`);
    await enterCode(s.page, await s.helper.phone.code(oldKey!));
    await waitForPanelText(s.page, 'That code is not right.');
  });

  it('Ravi is told to wait after five wrong codes, and how long', async () => {
    const s = stage();
    await signIn(s.page, s.helper, USERNAMES.ravi);
    await waitForPanelText(s.page, 'Security code');
    for (const left of [4, 3, 2, 1]) {
      await enterCode(s.page, '000000');
      await waitForPanelText(s.page, `You have ${left} ${left === 1 ? 'try' : 'tries'} left.`);
    }
    await enterCode(s.page, '000000');
    await waitForPanelText(s.page, 'Too many wrong codes. Try again in 30 seconds.');
    await s.shot('ravi-locked');
    await expectAccessible(s.page, { screen: 'sign-in code, locked out' });
    await enterCode(s.page, await s.helper.phone.codeFor(USERNAMES.ravi));
    // Even the right code is refused while the wait lasts: the field empties for another try.
    await s.page.waitForFunction(() => {
      const input = document.querySelector('esr-mfa-panel')?.shadowRoot?.querySelector('input');
      return input?.value === '' && input.closest('form')?.querySelector('button')?.disabled !== true;
    });
    expect(await panelText(s.page)).toMatch(/Too many wrong codes\. Try again in \d+ seconds\./);
    expect(s.page.url()).toBe(`${s.helper.origin}/login/verify`);
  });
}
