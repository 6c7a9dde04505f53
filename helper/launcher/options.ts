import type { BrowserChoice } from './find-browser.js';

/** The launcher's part of `npm start`'s options, for node:util's parseArgs. */
export const LAUNCHER_ARGS = {
  browser: { type: 'string' },
  'browser-path': { type: 'string' },
} as const;

export const LAUNCHER_USAGE = `  --browser NAME   the browser to open on the portal with the extension: chromium (Chromium or
               Google Chrome, whichever is found first), chrome, firefox, or none
               (env ESR_MFA_BROWSER, default chromium; opened only where there is a display)
  --browser-path PATH   that browser's program, when it is not in the usual places
               (env ESR_MFA_BROWSER_PATH)`;

const CHOICES = ['chromium', 'chrome', 'firefox', 'none'] as const;

export interface LauncherOptions {
  browser: BrowserChoice | 'none';
  /** Whether the browser was named (option or environment) rather than left to the default. */
  browserGiven: boolean;
  browserPath: string | undefined;
}

function isChoice(text: string): text is LauncherOptions['browser'] {
  return (CHOICES as readonly string[]).includes(text);
}

/** Reads --browser and --browser-path, each falling back to its environment variable as the CLI's others do. */
export function parseLauncherOptions(
  values: { browser?: string | undefined; 'browser-path'?: string | undefined },
  env: Readonly<Record<string, string | undefined>>,
): LauncherOptions {
  const named = values.browser ?? (env['ESR_MFA_BROWSER'] === '' ? undefined : env['ESR_MFA_BROWSER']);
  const browser = named ?? 'chromium';
  if (!isChoice(browser)) throw new Error(`--browser must be one of ${CHOICES.join(', ')}, not "${browser}"`);
  const browserPath = values['browser-path'] ?? (env['ESR_MFA_BROWSER_PATH'] === '' ? undefined : env['ESR_MFA_BROWSER_PATH']);
  return { browser, browserGiven: named !== undefined, browserPath };
}
