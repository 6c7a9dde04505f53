/**
 * Which browsers: a module of its own, with no browser code, so vitest.config.ts can read it.
 */
export type BrowserKind = 'chromium' | 'firefox';

/** Both browsers the extension is built for. */
export const BROWSER_KINDS: readonly BrowserKind[] = ['chromium', 'firefox'];

/** Which browsers the e2e suite runs in: E2E_BROWSERS (comma-separated, e.g. `firefox`), else both. */
export function e2eBrowsers(env: Readonly<Record<string, string | undefined>> = process.env): BrowserKind[] {
  const asked = (env['E2E_BROWSERS'] ?? '').split(',').map((name) => name.trim()).filter(Boolean);
  if (asked.length === 0) return [...BROWSER_KINDS];
  const unknown = asked.filter((name) => !(BROWSER_KINDS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`E2E_BROWSERS names ${unknown.join(', ')}: use chromium, firefox or both (comma-separated).`);
  return BROWSER_KINDS.filter((kind) => asked.includes(kind));
}
