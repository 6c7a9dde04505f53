/**
 * `npm start` for a classroom: once the portal listens, build the extension if it is out of date,
 * then open a browser window with it installed, pointed at this portal, on the login page. Without
 * a display, say how to load the extension by hand instead.
 *
 * The browser gets a profile of its own in the data folder (`browser-profile-<browser>`), kept
 * between starts: the extension's device key, settings and a half-finished set-up guide live there,
 * and the helper's database in the same folder remembers that device, so both sides of "a device
 * this account has signed in from" survive a restart together. `--reset` wipes both.
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_HELPER_ORIGIN } from '../../shared/portal.js';
import type { Shutdown } from '../shutdown.js';
import { buildTarget, ROOT, spawnViteBuild, whyStale, type BuildTarget } from './builds.js';
import { findBrowser, hasDisplay, THIS_COMPUTER, type Computer, type FoundBrowser } from './find-browser.js';
import type { LauncherOptions } from './options.js';

export type LaunchPlan =
  | { kind: 'none' }
  /** No display: build, then say how to load the extension by hand. */
  | { kind: 'by-hand'; build: BuildTarget; family: FoundBrowser['family'] }
  | { kind: 'open'; build: BuildTarget; browser: FoundBrowser };

export interface LaunchContext {
  portalOrigin: string;
  dataDir: string;
  /** --reset: the browser profiles go with the database. */
  reset: boolean;
  shutdown: Shutdown;
}

const PROFILE_PREFIX = 'browser-profile-';
const PRODUCTS: FoundBrowser['product'][] = ['chromium', 'chrome', 'firefox'];

/**
 * Decided before the helper starts, so a browser that is not there stops `npm start` at once with
 * a message saying where it was looked for. Throws BrowserNotFoundError.
 */
export function planLaunch(options: LauncherOptions, computer: Computer = THIS_COMPUTER): LaunchPlan {
  if (options.browser === 'none') return { kind: 'none' };
  const family = options.browser === 'firefox' ? 'firefox' : 'chromium';
  if (!hasDisplay(computer)) return { kind: 'by-hand', build: buildFor(family), family };
  const browser = findBrowser(options.browser, { explicitPath: options.browserPath, choiceGiven: options.browserGiven }, computer);
  return { kind: 'open', build: buildFor(browser.family), browser };
}

function buildFor(family: FoundBrowser['family']): BuildTarget {
  return buildTarget(family === 'firefox' ? 'firefox' : 'chrome');
}

/** Carries out the plan once the portal listens at `context.portalOrigin`. Never throws: the portal runs on either way. */
export async function launchClassroom(plan: LaunchPlan, context: LaunchContext): Promise<void> {
  if (plan.kind === 'none') return;
  if (!(await buildIfStale(plan.build, context.shutdown))) return;
  if (plan.kind === 'by-hand') {
    console.log(`\nNo display here (DISPLAY and WAYLAND_DISPLAY are not set), so no browser was opened.\n${byHand(plan.family, context.portalOrigin)}`);
    return;
  }
  await openAndWatch(plan.browser, plan.build, context);
}

const TARGET_LABEL: Record<string, string> = { chrome: 'the extension for Chrome and Chromium', firefox: 'the extension for Firefox', console: "the trainer console's page" };

/**
 * The trainer console's page, built before the console starts serving it if it is missing or older
 * than its sources (a fresh clone, or a change since the last build). Warm, it costs one look at
 * the files' times.
 */
export function buildConsolePageIfStale(): Promise<boolean> {
  return buildIfStale(buildTarget('console'));
}

/**
 * Builds when the build is missing or older than its sources, saying so on one line. Returns
 * whether there is a build to use.
 */
async function buildIfStale(build: BuildTarget, shutdown?: Shutdown): Promise<boolean> {
  const why = whyStale(build);
  if (why === null) return true;
  process.stdout.write(`\nBuilding ${TARGET_LABEL[build.target] ?? build.target} (${why})... `);
  const started = Date.now();
  const child = spawnViteBuild(build);
  // Stopping the helper mid-build stops the build too: nothing is left writing into dist/. (Before
  // the helper listens there is no shutdown yet: a Ctrl-C then reaches the build from the terminal.)
  const forget = shutdown?.alsoClose(() => { child.kill('SIGTERM'); }) ?? (() => undefined);
  let output = '';
  for (const stream of [child.stdout, child.stderr]) stream?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  const result = await new Promise<number | string>((resolve) => {
    child.once('error', (error) => { resolve(error.message); });
    child.once('close', (code, signal) => { resolve(code ?? signal ?? 'stopped'); });
  });
  forget();
  if (result === 0) {
    console.log(`built ${build.dist} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return true;
  }
  console.log(`the build failed (${typeof result === 'number' ? `exit code ${String(result)}` : result}).\n${output.trim()}\nThe portal runs on without it; fix the build and start again, or run npm run build:${build.target} to see why.`);
  return false;
}

/** How to load the extension in a browser of one's own, and point it at this portal. */
function byHand(family: FoundBrowser['family'], portalOrigin: string): string {
  const steps = family === 'firefox'
    ? `In Firefox, open about:debugging#/runtime/this-firefox, choose Load Temporary Add-on and pick\n  ${path.join(ROOT, 'dist/firefox/manifest.json')}`
    : `In Chrome or Chromium, open chrome://extensions, turn on Developer mode, choose Load unpacked and pick\n  ${path.join(ROOT, 'dist/chrome')}`;
  const address = portalOrigin === DEFAULT_HELPER_ORIGIN
    ? `The extension works on ${DEFAULT_HELPER_ORIGIN} unless told otherwise, which is this portal.`
    : `This portal is not on the extension's usual address (${DEFAULT_HELPER_ORIGIN}): in the extension's Options, set the ESR portal address to ${portalOrigin}`;
  const other = family === 'firefox' ? '' : '\n(For Firefox: npm start -- --browser firefox builds dist/firefox and says how.)';
  return `To use the extension, load it by hand in a browser on a computer with a display:\n${steps}\n${address}${other}`;
}

async function openAndWatch(found: FoundBrowser, build: BuildTarget, context: LaunchContext): Promise<void> {
  const profileDir = path.join(context.dataDir, `${PROFILE_PREFIX}${found.product}`);
  if (context.reset) for (const product of PRODUCTS) rmSync(path.join(context.dataDir, `${PROFILE_PREFIX}${product}`), { recursive: true, force: true });
  const freshProfile = !existsSync(profileDir);
  console.log(`\nOpening ${found.label} (${found.executablePath}) with the ESR MFA extension; its profile is kept in ${profileDir}`);

  // Asked to stop while the browser is still starting: close it as soon as it is there. If the
  // helper exits first, puppeteer kills it on the way out.
  const state = { stopping: false };
  // Loaded only to open a browser: puppeteer takes a moment to load, and most starts in tests open none.
  const { openBrowser } = await import('./open-browser.js');
  const opening = openBrowser({
    browser: found,
    dist: path.join(ROOT, build.dist),
    profileDir,
    portalOrigin: context.portalOrigin,
    // A kept profile remembers whatever address the last start set, so only a new one can be
    // trusted to hold the extension's default.
    pointExtension: !(freshProfile && context.portalOrigin === DEFAULT_HELPER_ORIGIN),
  });
  const forget = context.shutdown.alsoClose(async () => {
    state.stopping = true;
    await (await opening.catch(() => undefined))?.browser.close();
  });

  let opened;
  try {
    opened = await opening;
  } catch (error) {
    forget();
    if (state.stopping) return;
    const reason = error instanceof Error ? error.message.split('\n')[0] ?? error.message : String(error);
    console.log(`${found.label} could not be opened: ${reason}\nThe portal is running.\n${byHand(found.family, context.portalOrigin)}`);
    return;
  }
  if (state.stopping) return;

  const { browser } = opened;
  browser.once('disconnected', () => {
    forget();
    if (!state.stopping) console.log(`\nThe browser window was closed. The portal is still running at ${context.portalOrigin}/login: press Ctrl-C to stop it.`);
  });
  // macOS browsers stay running when their last window closes: treat that as closing the browser.
  browser.on('targetdestroyed', () => {
    void browser.pages().then(async (pages) => { if (pages.length === 0 && !state.stopping) await browser.close(); }).catch(() => undefined);
  });

  console.log(opened.extensionAnswered
    ? `${found.label} is open on ${context.portalOrigin}/login. The extension is connected (${opened.extensionOrigin}): it signed the login page's device check.`
    : `${found.label} is open on ${context.portalOrigin}/login, but the extension (${opened.extensionOrigin}) did not answer there within 10 seconds. Check it is switched on, and that its Options give the portal address ${context.portalOrigin}`);
}
