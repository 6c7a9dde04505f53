import { expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { heading, signIn, USERNAMES, type Stage } from 'esr-mfa/test-kit';

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
}
