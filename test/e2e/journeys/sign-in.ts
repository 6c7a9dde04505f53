import { expect, it } from 'vitest';
import { enterCode, enterCodeAndWait, expectAccessible, heading, panelText, secureFrame, signIn, signOut, USERNAMES, waitForFocusOn, waitForPanelText, waitForSecureFrameToSettle, type Stage } from 'esr-mfa/test-kit';
import type { Page } from 'puppeteer-core';
import { janeWithMfaOn } from './setting-the-scene.js';

/**
 * How the browser's accessibility tree (what a screen reader is given) would announce the text
 * node holding `text`: the `live` value ("assertive", "polite") of the nearest live region around
 * it, or null if none. Chromium only: its DevTools protocol exposes the tree, WebDriver BiDi does not.
 */
async function liveRegionAround(page: Page, text: string): Promise<string | null> {
  const cdp = await page.createCDPSession();
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const textNode = nodes.find((node) => node.role?.value === 'StaticText' && String(node.name?.value ?? '').includes(text));
    if (textNode === undefined) throw new Error(`No text "${text}" in the accessibility tree`);
    for (let node = byId.get(textNode.parentId ?? ''); node !== undefined; node = byId.get(node.parentId ?? '')) {
      const live: unknown = node.properties?.find((property) => property.name === 'live')?.value.value;
      if (live === 'assertive' || live === 'polite') return live;
    }
    return null;
  } finally {
    await cdp.detach();
  }
}

/** Signing in with codes and recovery codes; remembered devices, security messages and account activity. */
export function signInJourneys(stage: () => Stage): void {
  /** Amir (MFA on from the start) signed in with a code from his demo key, on the portal's home page. */
  async function amirSignedIn(s: Stage, options: { rememberDevice?: boolean; location?: string } = {}): Promise<void> {
    await signIn(s.page, s.helper, USERNAMES.amir, options.location === undefined ? {} : { location: options.location });
    expect(s.page.url()).toBe(`${s.helper.origin}/login/verify`);
    await waitForPanelText(s.page, 'Security code');
    if (options.rememberDevice === true) {
      await waitForPanelText(s.page, 'Remember this device for 30 days');
      await s.page.click('>>> #esr-mfa-remember-device');
    }
    await enterCodeAndWait(s.page, await s.helper.phone.codeFor(USERNAMES.amir));
    expect(s.page.url()).toBe(`${s.helper.origin}/portal`);
  }

  it('Jane, with MFA on, signs in: a code is needed, a wrong one is refused, a right one signs her in, and it does not work twice', async () => {
    const s = stage();
    const jane = await janeWithMfaOn(s);
    await signIn(s.page, s.helper, USERNAMES.jane);
    expect(s.page.url()).toBe(`${s.helper.origin}/login/verify`);
    await waitForPanelText(s.page, 'Security code');
    expect(await s.page.$eval('#esr-verify-fallback', (el) => el.hasAttribute('hidden'))).toBe(true);
    const input = await s.page.$('>>> #esr-mfa-sign-in-code');
    expect(await input?.evaluate((el) => [el.getAttribute('autocomplete'), el.getAttribute('inputmode')])).toEqual(['one-time-code', 'numeric']);
    await s.shot('jane-sign-in-prompt');
    await expectAccessible(s.page, { screen: 'verification needed, the code prompt' });
    await enterCode(s.page, '000000');
    await waitForPanelText(s.page, 'That code is not right. You have 4 tries left.');
    await s.shot('jane-sign-in-wrong-code');
    // The error is announced as it appears: it sits in an assertive live region (role=alert).
    if (s.kind === 'chromium') expect(await liveRegionAround(s.page, 'That code is not right. You have 4 tries left.')).toBe('assertive');
    const code = await s.helper.phone.code(jane.key);
    await enterCodeAndWait(s.page, code);
    expect(s.page.url()).toBe(`${s.helper.origin}/portal`);
    expect(await heading(s.page)).toBe('Welcome, Jane Smith');

    await signOut(s.page);
    await signIn(s.page, s.helper, USERNAMES.jane);
    await waitForPanelText(s.page, 'Security code');
    await enterCode(s.page, code);
    await waitForPanelText(s.page, 'That code has already been used');
    await s.shot('jane-sign-in-replay-refused');
    expect(s.page.url()).toBe(`${s.helper.origin}/login/verify`);
  });

  it('Jane signs in with a recovery code instead; the same recovery code does not work twice', async () => {
    const s = stage();
    const [recoveryCode] = (await janeWithMfaOn(s)).recoveryCodes;
    await signIn(s.page, s.helper, USERNAMES.jane);
    await waitForPanelText(s.page, 'Use a recovery code instead');
    await s.page.click('>>> .link');
    await waitForPanelText(s.page, 'Recovery code');
    await s.shot('jane-recovery-code-prompt');
    await expectAccessible(s.page, { screen: 'verification needed, the recovery code prompt' });
    await enterCodeAndWait(s.page, recoveryCode!.toLowerCase());
    expect(await heading(s.page)).toBe('Welcome, Jane Smith');
    await signOut(s.page);
    await signIn(s.page, s.helper, USERNAMES.jane);
    await waitForPanelText(s.page, 'Use a recovery code instead');
    await s.page.click('>>> .link');
    await enterCode(s.page, recoveryCode!);
    await waitForPanelText(s.page, 'That code is not right.');
    await s.shot('jane-recovery-code-used-twice');
    expect(s.page.url()).toBe(`${s.helper.origin}/login/verify`);
  });

  it('Amir (MFA already on) signs in with a code from his demo key', async () => {
    const s = stage();
    await amirSignedIn(s);
    expect(await heading(s.page)).toBe('Welcome, Amir Khan');
  });

  it('Amir dismisses his security messages; they stay on the account activity page', async () => {
    const s = stage();
    await amirSignedIn(s);
    await waitForPanelText(s.page, 'security message');
    await s.page.click('>>> section[aria-labelledby="esr-mfa-notices-title"] .button');
    await waitForPanelText(s.page, 'Messages dismissed');
    await waitForFocusOn(s.page, 'Messages dismissed');
    await expectAccessible(s.page, { screen: 'home, security messages dismissed' });
    await s.page.goto(`${s.helper.origin}/account/activity`, { waitUntil: 'load' });
    expect(await s.page.$eval('main', (el) => el.textContent)).toContain('A sign-in to ESR from a new device');
  });

  it('Amir makes a new set of recovery codes on the account activity page, with a fresh code', async () => {
    const s = stage();
    await amirSignedIn(s);
    await s.page.goto(`${s.helper.origin}/account/activity`, { waitUntil: 'load' });
    // He starts with the 10 demo recovery codes, so nothing warns him; the activity page offers new ones.
    expect(await s.page.$eval('#esr-recovery-codes-left', (el) => el.textContent)).toBe('10');
    await waitForPanelText(s.page, 'Make new recovery codes');
    expect(await panelText(s.page)).toContain('Also sign out everywhere else');
    await s.shot('amir-make-recovery-codes');
    await enterCode(s.page, await s.helper.phone.codeFor(USERNAMES.amir));
    await waitForPanelText(s.page, 'These are your new recovery codes');
    const frame = await secureFrame(s.page, s.browser);
    await frame.waitForSelector('.codes code');
    const made = await frame.$$eval('.codes code', (codes) => codes.map((c) => c.textContent));
    expect(made).toHaveLength(10);
    // The demo set is gone: the console knows none of the new ones.
    expect((await s.helper.console.person(USERNAMES.amir)).recoveryCodes.knownUnused).toEqual([]);
    await s.shot('amir-new-recovery-codes');
    await waitForSecureFrameToSettle(s.page);
    await expectAccessible(s.page, { screen: 'account activity, new recovery codes in the secure frame' });
  });

  it('Amir asks to remember this device: next time no code, unless the sign-in comes from an unusual place', async () => {
    const s = stage();
    await amirSignedIn(s, { rememberDevice: true });
    await signOut(s.page);
    await signIn(s.page, s.helper, USERNAMES.amir);
    expect(s.page.url()).toBe(`${s.helper.origin}/portal`);
    await s.shot('amir-remembered-device-no-code');
    await signOut(s.page);
    await amirSignedIn(s, { location: 'Lagos, Nigeria' });
    await waitForPanelText(s.page, 'A sign-in to ESR from an unusual place');
    await s.shot('amir-unusual-place-notice');
  });

  it('Amir sees his sign-ins and remembered device in account activity, and stops remembering it', async () => {
    const s = stage();
    await amirSignedIn(s, { rememberDevice: true });
    await signOut(s.page);
    await signIn(s.page, s.helper, USERNAMES.amir);
    await signOut(s.page);
    await amirSignedIn(s, { location: 'Lagos, Nigeria' });
    await s.page.goto(`${s.helper.origin}/account/activity`, { waitUntil: 'load' });
    const rows = await s.page.$$eval('#esr-sign-ins tbody tr', (trs) => trs.map((tr) => tr.textContent.replace(/\s+/g, ' ').trim()));
    expect(rows[0]).toMatch(/Lagos, Nigeria Unusual place Signed in$/);
    expect(rows[1]).toMatch(/Leeds, UK Signed in \(remembered device, no code needed\)$/);
    expect(await s.page.$eval('#esr-remembered-devices', (el) => el.textContent)).toContain('(this device)');
    await waitForPanelText(s.page, 'Make new recovery codes');
    await s.shot('amir-account-activity');
    await expectAccessible(s.page, { screen: 'account activity' });
    await Promise.all([s.page.waitForNavigation({ waitUntil: 'load' }), s.page.$eval('#esr-remembered-devices button', (button) => { button.click(); })]);
    expect(await s.page.$('#esr-no-remembered-devices')).not.toBeNull();
    await signOut(s.page);
    // A device no longer remembered must give a code again.
    await signIn(s.page, s.helper, USERNAMES.amir);
    expect(s.page.url()).toBe(`${s.helper.origin}/login/verify`);
  });
}
