import { expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { clickAndWait, expectAccessible, findEnglish, heading, signIn, USERNAMES, type Stage } from 'esr-mfa/test-kit';

const MINUTE = 60;

/** The portal's own time-out warning (WCAG 2.2.1): no extension involved, the training clock instead of waiting. */
export function sessionTimeoutJourneys(stage: () => Stage): void {
  /** The warning shows once the page's script has heard from the helper, within a couple of seconds of the clock moving. */
  async function waitForWarning(page: Page): Promise<void> {
    await page.waitForSelector('dialog.esr-timeout[open]', { visible: true, timeout: 10_000 });
  }

  const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent.trim() ?? '');

  it('Jane is warned before her session times out, stays signed in with the keyboard (Enter, then Escape), and is still signed in past the old end', async () => {
    const s = stage();
    await signIn(s.page, s.helper, USERNAMES.jane);
    // Where she was on the page: focus comes back here when the warning closes.
    await s.page.focus('.nhsuk-header__account-button');

    await s.helper.console.advanceClock(28 * MINUTE + 30);
    await waitForWarning(s.page);
    await s.page.waitForFunction(() => document.activeElement?.matches('dialog[open] [data-esr-timeout-stay]') === true, { timeout: 5_000 });
    const dialog = await s.page.$eval('dialog.esr-timeout', (el) => ({
      name: document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent,
      description: document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent,
      live: document.getElementById(el.getAttribute('aria-describedby') ?? '')?.getAttribute('aria-live'),
      countdown: el.querySelector('[data-esr-timeout-countdown]')?.textContent,
    }));
    expect(dialog.name).toBe("You're about to be signed out");
    // 90 seconds left: said to screen readers as the minute it falls in, not second by second.
    expect(dialog.description).toBe('For your security, we will sign you out in 2 minutes.');
    expect(dialog.live).toBe('polite');
    expect(dialog.countdown).toMatch(/^1 minute \d+ seconds?$/);
    await s.shot('session-timeout-warning');

    await s.page.keyboard.press('Enter');
    await s.page.waitForSelector('dialog.esr-timeout', { hidden: true, timeout: 5_000 });
    expect(await focused(s.page)).toBe('Sign out');

    // Warned again later, Escape also counts as staying signed in, as in the NHS pattern.
    await s.helper.console.advanceClock(29 * MINUTE);
    await waitForWarning(s.page);
    await s.page.waitForFunction(() => document.activeElement?.matches('dialog[open] [data-esr-timeout-stay]') === true, { timeout: 5_000 });
    await s.page.keyboard.press('Escape');
    await s.page.waitForSelector('dialog.esr-timeout', { hidden: true, timeout: 5_000 });

    // Past the end the session had before: still signed in.
    await s.helper.console.advanceClock(5 * MINUTE);
    await s.page.reload({ waitUntil: 'load' });
    expect(s.page.url()).toBe(`${s.helper.origin}/portal`);
    expect(await heading(s.page)).toContain('Jane Smith');
  });

  it("Jane's session runs out while the page is open: it goes to the signed-out page, which says she was inactive", async () => {
    const s = stage();
    await signIn(s.page, s.helper, USERNAMES.jane);
    await Promise.all([s.page.waitForNavigation({ waitUntil: 'load', timeout: 10_000 }), s.helper.console.advanceClock(31 * MINUTE)]);
    expect(s.page.url()).toBe(`${s.helper.origin}/signed-out?reason=inactive`);
    expect(await heading(s.page)).toBe('You have been signed out');
    expect(await s.page.$eval('[data-esr-signed-out-reason]', (el) => el.textContent)).toContain('You were signed out because you were inactive for 30 minutes.');
    await s.shot('session-timed-out');
    // Signed out for real: the portal asks her to sign in.
    await s.page.goto(`${s.helper.origin}/portal`, { waitUntil: 'load' });
    expect(s.page.url()).toBe(`${s.helper.origin}/login`);
  });

  /** The portal's own words on the page: its text, not the extension's shadow roots, and not what is marked English on purpose. */
  const portalTexts = (page: Page) =>
    page.evaluate(() => {
      const texts: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const element = node.parentElement;
        if (element === null || element.closest('script, style, [lang="en"]') !== null) continue;
        const text = node.textContent ?? '';
        if (text.trim() !== '') texts.push(text);
      }
      return texts;
    });

  it('Gwen, who prefers Welsh, signs in: her pages and the time-out warning, countdown too, are in Welsh, and the switch takes her to English', async () => {
    const s = stage();
    // The browser asks for English (puppeteer sends en-US), and has no choice of its own yet.
    await s.page.browserContext().deleteMatchingCookies({ name: 'esr_language', url: s.helper.origin });
    await signIn(s.page, s.helper, USERNAMES.gwen);
    expect(await s.page.evaluate(() => document.documentElement.lang)).toBe('cy');
    expect(await heading(s.page)).toBe('Croeso, Gwen Lloyd');
    expect(findEnglish(await portalTexts(s.page))).toEqual([]);
    await expectAccessible(s.page);
    await s.shot('welsh-home');

    await s.helper.console.advanceClock(28 * MINUTE + 30);
    await waitForWarning(s.page);
    const dialog = await s.page.$eval('dialog.esr-timeout', (el) => ({
      name: el.querySelector('h2')?.textContent,
      description: document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent,
      countdown: el.querySelector('[data-esr-timeout-countdown]')?.textContent,
    }));
    expect(dialog).toMatchObject({ name: 'Rydych ar fin cael eich allgofnodi', description: 'Er eich diogelwch, byddwn yn eich allgofnodi ymhen 2 munud.' });
    expect(dialog.countdown).toMatch(/^1 munud \d+ eiliad$/);
    await s.shot('welsh-session-timeout-warning');
    await s.page.keyboard.press('Enter');
    await s.page.waitForSelector('dialog.esr-timeout', { hidden: true, timeout: 5_000 });

    await s.page.goto(`${s.helper.origin}/account/activity`, { waitUntil: 'load' });
    expect(await heading(s.page)).toBe('Gweithgarwch y cyfrif');
    expect(findEnglish(await portalTexts(s.page))).toEqual([]);
    await s.shot('welsh-activity');

    await clickAndWait(s.page, 'a[hreflang="en"]');
    expect(s.page.url()).toBe(`${s.helper.origin}/account/activity`);
    expect(await s.page.evaluate(() => document.documentElement.lang)).toBe('en-GB');
    expect(await heading(s.page)).toBe('Account activity');
    // Her choice is kept for her emails too; the next journey starts from a reset, and no cookie.
    expect((await s.helper.console.person(USERNAMES.gwen)).language).toBe('en');
    await s.page.browserContext().deleteMatchingCookies({ name: 'esr_language', url: s.helper.origin });
  });
}
