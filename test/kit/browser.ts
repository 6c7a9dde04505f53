import path from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { buildTarget, whyStale } from '../../helper/launcher/builds.js';
import { BrowserNotFoundError, findBrowser } from '../../helper/launcher/find-browser.js';
import { findFrame, setPortalAddress } from '../../helper/launcher/portal-address.js';
import { SECURE_FRAME_PATH } from '../../extension/ui/extension-pages.js';
import { DB_NAME } from '../../extension/storage/db.js';
import { LANGUAGE_CHOICE_KEY } from '../../extension/ui/language.js';
import type { BrowserKind } from './choice.js';

export { BROWSER_KINDS, e2eBrowsers, type BrowserKind } from './choice.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const GECKO_ID = 'esr-mfa@training.esr.nhs.uk';
/** Fixed through the `extensions.webextensions.uuids` pref, so the extension's address is known before it is installed. */
const FIREFOX_EXTENSION_UUID = '0b7a6f55-3c2e-4d53-9a51-e2e0e2e0e5a1';

export interface LaunchOptions {
  /** The portal the extension is pointed at (a helper's `origin`); left out, point it later with `pointAt`. */
  portal?: string;
  /** Headless unless false: a window to watch while writing a journey. */
  headless?: boolean;
  /**
   * The languages the person has set in their browser, most wanted first, e.g. `['cy', 'en']` for
   * someone who reads Welsh: what pages read as `navigator.languages` and what every request sends
   * as `Accept-Language`. Left out, the browser's own default (English).
   */
  languages?: readonly string[];
}

/** A browser with the built extension installed, pointed at one helper's portal. */
export interface TestBrowser {
  readonly kind: BrowserKind;
  readonly browser: Browser;
  /** chrome-extension://… or moz-extension://…: where the extension's own pages and the secure frame live. */
  readonly extensionOrigin: string;
  /** The extension's id in this browser: the host part of `extensionOrigin`. */
  readonly extensionId: string;
  /** A new tab. */
  newPage(): Promise<Page>;
  /** A new tab, with every other tab closed (but the kit's own, which it uses to reach the extension's storage). */
  freshTab(): Promise<Page>;
  /** Points the extension at another portal address (through its options page, as a trainer would). */
  pointAt(portalOrigin: string): Promise<void>;
  /**
   * Makes the extension forget what it keeps about people in this browser: "Not now" snoozes,
   * guides in progress, notifications shown. A console reset cannot reach these (they live in the
   * browser, as they would on a trainee's computer), so a journey that must start as a new person
   * starts with this. The portal address and the browser's device key stay.
   */
  forgetPeople(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The browser's program: CHROMIUM_PATH or FIREFOX_PATH, else the usual install places and PATH
 * (helper/launcher/find-browser.ts, as `npm start` looks).
 */
export function browserExecutable(kind: BrowserKind): string {
  try {
    return findBrowser(kind, { choiceGiven: true }).executablePath;
  } catch (error) {
    if (!(error instanceof BrowserNotFoundError)) throw error;
    const variable = kind === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH';
    throw new Error(`No ${kind} for the tests: set ${variable} to its program (the kit reads CHROMIUM_PATH for Chromium and FIREFOX_PATH for Firefox), or install it where npm start looks.\n${error.message}`);
  }
}

/** The extension build for one browser, refused when it is missing or older than its sources, since a stale build tests old code. */
function extensionBuild(kind: BrowserKind): string {
  const build = buildTarget(kind === 'chromium' ? 'chrome' : 'firefox');
  const stale = whyStale(build);
  if (stale !== null) throw new Error(`${stale}: run npm run build (npm test does).`);
  return path.join(ROOT, build.dist);
}

async function launch(kind: BrowserKind, headless: boolean, languages: readonly string[] | undefined): Promise<{ browser: Browser; extensionOrigin: string }> {
  const dist = extensionBuild(kind);
  const executablePath = browserExecutable(kind);
  const common = { executablePath, headless, defaultViewport: { width: 1024, height: 800 } } as const;
  if (kind === 'chromium') {
    // Extensions install only over the pipe. The sandbox needs user namespaces, which containers and CI machines often lack.
    const browser = await puppeteer.launch({
      ...common,
      browser: 'chrome',
      pipe: true,
      enableExtensions: true,
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync',
        ...(languages === undefined ? [] : [`--accept-lang=${languages.join(',')}`]),
      ],
    });
    const id = await browser.installExtension(dist);
    return { browser, extensionOrigin: `chrome-extension://${id}` };
  }
  const browser = await puppeteer.launch({
    ...common,
    browser: 'firefox',
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      ...(languages === undefined ? {} : { 'intl.accept_languages': languages.join(', ') }),
    },
  });
  await browser.installExtension(dist);
  return { browser, extensionOrigin: `moz-extension://${FIREFOX_EXTENSION_UUID}` };
}

/**
 * Launches Chromium or Firefox (headless unless asked) with the built extension installed, and
 * points the extension at `options.portal` (a helper's `origin`). Close it with `close()`.
 */
export async function launchBrowser(kind: BrowserKind, options: LaunchOptions = {}): Promise<TestBrowser> {
  const { browser, extensionOrigin } = await launch(kind, options.headless ?? true, options.languages);
  const pointExtension = async (origin: string): Promise<void> => {
    const page = await browser.newPage();
    // Any page on 127.0.0.1 may frame the extension's options page; the portal's own login page will do.
    await setPortalAddress({ extensionOrigin }, page, `${origin}/login`, origin);
    await page.close();
  };
  let portal = options.portal;
  const pointAt = async (origin: string): Promise<void> => {
    await pointExtension(origin);
    portal = origin;
  };
  // A tab of the kit's own holding one of the extension's pages, kept open: reaching the extension's
  // storage through it takes milliseconds, where opening it each time takes most of a second.
  let storageTab: { page: Page; frame: Frame } | undefined;
  const forgetPeople = async (): Promise<void> => {
    if (portal === undefined) throw new Error('forgetPeople() needs a portal address first: launchBrowser(kind, { portal }) or pointAt()');
    if (storageTab === undefined || storageTab.frame.detached || storageTab.page.isClosed()) storageTab = await openExtensionFrame(browser, extensionOrigin, `${portal}/login`);
    await forgetPeopleIn(storageTab.frame);
  };
  const freshTab = async (): Promise<Page> => {
    const fresh = await browser.newPage();
    // The new tab first: Firefox ends when its last tab closes.
    for (const old of await browser.pages()) if (old !== fresh && old !== storageTab?.page) await old.close();
    return fresh;
  };
  try {
    if (options.portal !== undefined) await pointAt(options.portal);
  } catch (error) {
    await browser.close().catch(() => undefined);
    throw error;
  }
  return { kind, browser, extensionOrigin, extensionId: new URL(extensionOrigin).host, newPage: () => browser.newPage(), freshTab, pointAt, forgetPeople, close: () => browser.close() };
}

/** The stores of the extension's database (extension/storage/db.ts) that hold something about a person. */
const PEOPLE_STORES = ['snoozes', 'enrolment-progress', 'notified'];

/**
 * Opens one of the extension's own pages, the secure frame page, in a frame of a 127.0.0.1 page
 * (where the extension lets it be shown): it has the extension's origin, and so its database.
 */
async function openExtensionFrame(browser: Browser, extensionOrigin: string, localPage: string): Promise<{ page: Page; frame: Frame }> {
  const framePage = `${extensionOrigin}/${SECURE_FRAME_PATH}`;
  const page = await browser.newPage();
  await page.goto(localPage, { waitUntil: 'load' });
  await page.evaluate((src: string) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    document.body.append(frame);
  }, framePage);
  return { page, frame: await findFrame(() => page.frames(), framePage) };
}

/**
 * Empties the extension's per-person stores; a database not made yet is left unmade, so the extension still creates it.
 * The language chosen on the options page goes back to its default too ("Same as the ESR page"), so
 * a journey that chose Welsh leaves the next one in English.
 */
async function forgetPeopleIn(frame: Frame): Promise<void> {
  await frame.evaluate(async (key: string) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { remove(key: string): Promise<void> } } } }).chrome;
    await api.storage.local.remove(key);
  }, LANGUAGE_CHOICE_KEY);
  await frame.evaluate((name: string, stores: string[]) => new Promise<void>((resolve, reject) => {
    const opening = indexedDB.open(name);
    opening.onupgradeneeded = () => { opening.transaction?.abort(); };
    opening.onerror = () => { if (opening.error?.name === 'AbortError') resolve(); else reject(new Error(String(opening.error))); };
    opening.onsuccess = () => {
      const db = opening.result;
      const present = stores.filter((store) => db.objectStoreNames.contains(store));
      if (present.length === 0) {
        db.close();
        resolve();
        return;
      }
      const clearing = db.transaction(present, 'readwrite');
      for (const store of present) clearing.objectStore(store).clear();
      clearing.oncomplete = () => { db.close(); resolve(); };
      clearing.onerror = () => { db.close(); reject(new Error(String(clearing.error))); };
    };
  }), DB_NAME, PEOPLE_STORES);
}
