import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as kit from 'esr-mfa/test-kit';
import { e2eBrowsers } from './choice.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('the test kit', () => {
  it('is importable by its package name, esr-mfa/test-kit', () => {
    expect(typeof kit.startHelper).toBe('function');
    expect(typeof kit.launchBrowser).toBe('function');
    expect(typeof kit.expectNoSecretInPage).toBe('function');
  });

  it('runs both browsers unless E2E_BROWSERS picks, and names the mistake in a wrong pick', () => {
    expect(e2eBrowsers({})).toEqual(['chromium', 'firefox']);
    expect(e2eBrowsers({ E2E_BROWSERS: 'firefox' })).toEqual(['firefox']);
    expect(e2eBrowsers({ E2E_BROWSERS: 'firefox, chromium' })).toEqual(['chromium', 'firefox']);
    expect(() => e2eBrowsers({ E2E_BROWSERS: 'safari' })).toThrow(/E2E_BROWSERS names safari/);
  });

  it('gives the same code as an authenticator app for a step (RFC 6238 test key)', () => {
    // RFC 6238 appendix B, SHA-1, T = 59 s: step 1, 94287082, shown as its last 6 digits.
    expect(kit.codeForStep('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 1)).toBe('287082');
  });

  it('docs/testing.md shows test/e2e/example.e2e.test.ts exactly as it is', () => {
    const example = readFileSync(path.join(ROOT, 'test/e2e/example.e2e.test.ts'), 'utf8');
    const doc = readFileSync(path.join(ROOT, 'docs/testing.md'), 'utf8');
    expect(example.trimEnd().split('\n').length).toBeLessThanOrEqual(30);
    expect(doc).toContain('```ts\n' + example + '```');
  });
});

describe('the keyboard helpers', () => {
  const continueButton: kit.FocusedElement = { tag: 'button', role: 'button', name: 'Continue', description: '', invalid: false, inside: ['esr-mfa-panel shadow root'] };

  it('match a control by its role and exact accessible name, or by a pattern', () => {
    expect(kit.focusMatches(continueButton, { role: 'button', name: ' Continue ' })).toBe(true);
    expect(kit.focusMatches(continueButton, { name: /^Cont/ })).toBe(true);
    expect(kit.focusMatches(continueButton, { role: 'link', name: 'Continue' })).toBe(false);
    expect(kit.focusMatches(continueButton, { name: 'Continue to step 2' })).toBe(false);
  });

  it('say where the focus is in one line a person can read', () => {
    expect(kit.describeFocus(continueButton)).toBe('button "Continue" <button> in esr-mfa-panel shadow root');
  });
});

describe('finding English left in Welsh text', () => {
  it('flags English sentences and control words, and says which words gave them away', () => {
    expect(kit.findEnglish(['Enter the code from your app', 'Continue'])).toEqual([
      { text: 'Enter the code from your app', words: ['enter', 'the', 'code', 'from', 'your', 'app'] },
      { text: 'Continue', words: ['continue'] },
    ]);
  });

  it('passes Welsh, including words that look English, and names', () => {
    const welsh = [
      'Rhowch y cod o’ch ap dilysu. Cynigion ar ôl: 3.',
      'Mae problem wedi codi',
      'Ni all y porwr hwn gael help: set newydd o godau adfer, a dim arall.',
      'Microsoft Authenticator',
      'ESR, NHS, MFA, Chrome, Firefox, Jane Smith, 999JSMITH01',
      // Keys and codes: letters and figures together are not words, even when they start "WE" or "IN".
      'WE4Z-QG2P-MVBG-24XD IN7Q-ANDX BY FROM THIS',
    ];
    expect(kit.findEnglish(welsh)).toEqual([]);
  });

});
