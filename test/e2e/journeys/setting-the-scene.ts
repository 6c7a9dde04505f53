import { expect } from 'vitest';
import { openGuideToQrCode, persona, signIn, USERNAMES, type Stage } from 'esr-mfa/test-kit';

/**
 * Where several journeys start from, so each journey can begin from a reset portal on its own.
 */

/** Jane signed in with her password and on step 3 of the guide, the QR code; returns the key it holds. */
export async function janeAtTheQrCode(s: Stage): Promise<string> {
  await signIn(s.page, s.helper, USERNAMES.jane);
  const key = await openGuideToQrCode(s.page, s.browser);
  expect(key).toMatch(/^[A-Z2-7]{32}$/);
  return key;
}

/**
 * Jane with MFA on, set up by the trainer console's `jane-mfa-on` scenario: the guide that gets her
 * there has journeys of its own (enrolment.ts), so the journeys that start after it do not walk it
 * again. Returns her key and recovery codes, as the console knows them.
 */
export async function janeWithMfaOn(s: Stage): Promise<{ key: string; recoveryCodes: string[] }> {
  await s.helper.console.runScenario('jane-mfa-on');
  const jane = await persona(s.helper, 'jane');
  if (jane.demoKey === null) throw new Error('The jane-mfa-on scenario left Jane without a key');
  expect(jane.recoveryCodes).toHaveLength(10);
  return { key: jane.demoKey, recoveryCodes: jane.recoveryCodes };
}
