import { expect } from 'vitest';
import { goThroughGuide, openGuideToQrCode, signIn, signOut, USERNAMES, type Stage } from 'esr-mfa/test-kit';

/**
 * Where several journeys start from, reached the way a person gets there (no back doors), so each
 * journey can begin from a reset portal on its own.
 */

/** Jane signed in with her password and on step 3 of the guide, the QR code; returns the key it holds. */
export async function janeAtTheQrCode(s: Stage): Promise<string> {
  await signIn(s.page, s.helper, USERNAMES.jane);
  const key = await openGuideToQrCode(s.page, s.browser);
  expect(key).toMatch(/^[A-Z2-7]{32}$/);
  return key;
}

/** Jane has set up MFA through the guide and signed out again; returns her key and recovery codes. */
export async function janeWithMfaOn(s: Stage): Promise<{ key: string; recoveryCodes: string[] }> {
  await signIn(s.page, s.helper, USERNAMES.jane);
  const jane = await goThroughGuide(s.page, s.browser, s.helper.phone);
  expect(await s.page.$eval('[data-esr-mfa-status]', (el) => el.textContent)).toBe('On');
  await signOut(s.page);
  return jane;
}
