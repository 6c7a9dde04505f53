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
