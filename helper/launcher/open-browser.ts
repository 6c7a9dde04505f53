/**
 * Opens a visible browser window with the built extension installed, points the extension at this
 * portal and shows the login page. Used by `npm start` (see ./index.ts).
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type LaunchOptions, type Page } from 'puppeteer-core';
import type { FoundBrowser } from './find-browser.js';
import { setPortalAddress } from './portal-address.js';

/** The device check's hidden field, added to the login form once the extension's background has signed the page's nonce. */
const DEVICE_PROOF_FIELD = 'form[action="/login"] input[name="deviceProof"]';
/** How long the login page waits for the extension before saying it did not answer. */
const EXTENSION_ANSWER_MS = 10_000;
/** Keeps the Firefox extension's moz-extension:// address, and so its storage, the same from one start to the next. */
const FIREFOX_UUID_FILE = 'esr-mfa-extension-uuid';

export interface OpenOptions {
  browser: FoundBrowser;
  /** The extension build for this browser (absolute). */
  dist: string;
  /** The browser's own profile folder (absolute); made if missing. */
  profileDir: string;
  portalOrigin: string;
  /** False when the extension already has this address: a new profile on the default port. */
  pointExtension: boolean;
}

export interface OpenedBrowser {
  browser: Browser;
  page: Page;
  extensionOrigin: string;
  /** Whether the extension answered on the login page: its device check is in the form. */
  extensionAnswered: boolean;
}

/**
 * The Firefox extension's UUID for this profile, made on first use. Firefox gives each install of
 * an add-on a random moz-extension:// UUID, and `npm start` installs it afresh each time (Firefox
 * keeps no unsigned add-on between runs), so without a fixed one the extension would lose its
 * settings and device key at every start.
 */
function firefoxExtensionUuid(profileDir: string): string {
  const file = path.join(profileDir, FIREFOX_UUID_FILE);
  try {
    const kept = readFileSync(file, 'utf8').trim();
    if (/^[0-9a-f-]{36}$/.test(kept)) return kept;
  } catch {
    // First start with this profile.
  }
  const made = randomUUID();
  writeFileSync(file, `${made}\n`, { mode: 0o600 });
  return made;
}

/** The gecko id the Firefox build was made with (vite.config.ts), read from the build itself. */
function geckoId(dist: string): string {
  const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8')) as { browser_specific_settings?: { gecko?: { id?: unknown } } };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string') throw new Error(`${dist}/manifest.json has no gecko id`);
  return id;
}

/**
 * The helper decides when the browser closes: puppeteer's own signal handlers would end the process
 * before the database is closed (see helper/shutdown.ts), so they are off. If the helper exits
 * without closing it, puppeteer still kills the browser on the way out.
 */
const LEAVE_SIGNALS_TO_THE_HELPER = { handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false } as const;

/**
 * Puppeteer's defaults suit a test run, not the trainer's window, which may go anywhere on the web
 * beside the portal and the console. Chromium keeps its popup blocker and Safe Browsing (which
 * background networking fetches the lists for), and is not "controlled by automated test software".
 */
export const CHROMIUM_DEFAULTS_DROPPED = ['--enable-automation', '--disable-popup-blocking', '--disable-client-side-phishing-detection', '--disable-background-networking'];

/** Firefox likewise keeps Safe Browsing, its popup blocker, and file pages kept apart from each other. */
export const FIREFOX_PROTECTIONS_KEPT = {
  'browser.safebrowsing.blockedURIs.enabled': true,
  'browser.safebrowsing.downloads.enabled': true,
  'browser.safebrowsing.malware.enabled': true,
  'browser.safebrowsing.phishing.enabled': true,
  'dom.disable_open_during_load': true,
  'security.fileuri.strict_origin_policy': true,
} as const;

/** How Chromium is launched for the trainer: its own profile, spoken to over a pipe (no debugging port another program could reach). */
export function chromiumLaunchOptions(executablePath: string, profileDir: string, runningAsRoot = process.getuid?.() === 0): LaunchOptions {
  return {
    browser: 'chrome',
    executablePath,
    headless: false,
    // Extensions can be installed only over the pipe.
    pipe: true,
    enableExtensions: true,
    userDataDir: profileDir,
    // The page fills the window, whatever size the trainer makes it.
    defaultViewport: null,
    ignoreDefaultArgs: CHROMIUM_DEFAULTS_DROPPED,
    // Chromium will not start as root without --no-sandbox (a container or a CI machine); a
    // person's desktop session keeps the sandbox.
    args: ['--window-size=1280,900', '--no-default-browser-check', ...(runningAsRoot ? ['--no-sandbox'] : [])],
    ...LEAVE_SIGNALS_TO_THE_HELPER,
  };
}

/** The preferences Firefox's profile is given: the extension's fixed address, and the protections puppeteer would turn off. */
export function firefoxPreferences(geckoId: string, uuid: string): Record<string, unknown> {
  return {
    ...FIREFOX_PROTECTIONS_KEPT,
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
    // Firefox removes a temporary add-on when it closes, and with it the add-on's storage: the
    // settings and device key must outlive the window, like the profile they live in.
    'extensions.webextensions.keepStorageOnUninstall': true,
  };
}

async function launch(options: OpenOptions): Promise<{ browser: Browser; extensionOrigin: string }> {
  const { browser: found, dist, profileDir } = options;
  mkdirSync(profileDir, { recursive: true, mode: 0o700 });
  if (found.family === 'chromium') {
    const browser = await puppeteer.launch(chromiumLaunchOptions(found.executablePath, profileDir));
    try {
      const id = await browser.installExtension(dist);
      return { browser, extensionOrigin: `chrome-extension://${id}` };
    } catch (error) {
      await browser.close();
      throw error;
    }
  }
  const uuid = firefoxExtensionUuid(profileDir);
  // Firefox has no pipe: puppeteer speaks WebDriver BiDi on a loopback port, where Firefox allows
  // one session, puppeteer's own, for as long as the window is open.
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: found.executablePath,
    headless: false,
    userDataDir: profileDir,
    defaultViewport: null,
    args: ['--width=1280', '--height=900'],
    extraPrefsFirefox: firefoxPreferences(geckoId(dist), uuid),
    ...LEAVE_SIGNALS_TO_THE_HELPER,
  });
  try {
    await browser.installExtension(dist);
    return { browser, extensionOrigin: `moz-extension://${uuid}` };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * Opens the browser, installs the extension, points it at the portal and leaves the window on the
 * login page. Whether the extension answered there is checked, not assumed: its background signs
 * the login page's device check only for a content script on the portal address it was given.
 */
export async function openBrowser(options: OpenOptions): Promise<OpenedBrowser> {
  const { browser, extensionOrigin } = await launch(options);
  try {
    const page = (await browser.pages())[0] ?? await browser.newPage();
    const login = `${options.portalOrigin}/login`;
    if (options.pointExtension) await setPortalAddress({ extensionOrigin }, page, login, options.portalOrigin);
    await page.goto(login, { waitUntil: 'load' });
    const extensionAnswered = await page.waitForSelector(DEVICE_PROOF_FIELD, { timeout: EXTENSION_ANSWER_MS }).then(() => true, () => false);
    return { browser, page, extensionOrigin, extensionAnswered };
  } catch (error) {
    await browser.close().catch(() => undefined);
    throw error;
  }
}
