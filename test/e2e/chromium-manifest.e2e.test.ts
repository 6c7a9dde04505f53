import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from 'esr-mfa/test-kit';

/** Chromium's extensions page records manifest warnings only in developer mode, so turn it on and reload. */
describe('the Chrome build', () => {
  let tb: TestBrowser;
  beforeAll(async () => { tb = await launchBrowser('chromium'); });
  afterAll(async () => { await tb.close(); });

  it('loads with no manifest warnings or errors', async () => {
    const page = await tb.newPage();
    await page.goto('chrome://extensions');
    const problems = await page.evaluate(async (id: string) => {
      type Info = { state: string; installWarnings: string[]; manifestErrors: { message: string }[]; runtimeErrors: { message: string }[] };
      const developer = (globalThis as unknown as { chrome: { developerPrivate: Record<string, (...args: unknown[]) => void> } }).chrome.developerPrivate;
      const call = <T,>(name: string, ...args: unknown[]) => new Promise<T>((resolve) => { developer[name]?.(...args, resolve); });
      await call('updateProfileConfiguration', { inDeveloperMode: true });
      await call('reload', id, { failQuietly: true });
      // Loaded again: its warnings, if any, were recorded as it loaded.
      let info = await call<Info>('getExtensionInfo', id);
      while (info.state !== 'ENABLED') {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        info = await call<Info>('getExtensionInfo', id);
      }
      return [...info.installWarnings, ...info.manifestErrors.map((e) => e.message), ...info.runtimeErrors.map((e) => e.message)];
    }, tb.extensionId);
    expect(problems).toEqual([]);
  });
});
