/**
 * Finds the browser `npm start` opens: the usual install places on Linux, macOS and Windows, the
 * folders on PATH, and CHROMIUM_PATH or FIREFOX_PATH (the names the test kit uses too). Everything
 * it reads about the computer is passed in, so it can be tested for any platform on any platform.
 */
import { statSync } from 'node:fs';
import path from 'node:path';

/** What `--browser` asks for: `chromium` takes Chromium or Google Chrome, whichever is found first. */
export type BrowserChoice = 'chromium' | 'chrome' | 'firefox';

export interface FoundBrowser {
  /** How puppeteer talks to it, and which extension build it takes. */
  family: 'chromium' | 'firefox';
  /** Which browser it is: its profile folder is named after it, since their profiles do not mix. */
  product: 'chromium' | 'chrome' | 'firefox';
  /** For people: "Chromium", "Google Chrome", "Firefox". */
  label: string;
  executablePath: string;
}

export interface Computer {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether a program file is there. */
  exists: (file: string) => boolean;
}

export function programExists(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

export const THIS_COMPUTER: Computer = { platform: process.platform, env: process.env, exists: programExists };

type Product = FoundBrowser['product'];

const LABELS: Record<Product, string> = { chromium: 'Chromium', chrome: 'Google Chrome', firefox: 'Firefox' };
const FAMILY: Record<Product, FoundBrowser['family']> = { chromium: 'chromium', chrome: 'chromium', firefox: 'firefox' };
/** Set by people and test kits that keep a browser somewhere of their own. */
const PATH_VARIABLE: Partial<Record<Product, string>> = { chromium: 'CHROMIUM_PATH', firefox: 'FIREFOX_PATH' };
/** Program names looked for on PATH (Linux and other Unix-likes). */
const COMMANDS: Record<Product, string[]> = {
  chromium: ['chromium', 'chromium-browser'],
  chrome: ['google-chrome-stable', 'google-chrome'],
  firefox: ['firefox-esr', 'firefox'],
};

/** The usual install places of one browser on one platform, most likely first. */
export function installPlaces(product: Product, computer: Pick<Computer, 'platform' | 'env'>): string[] {
  const { platform, env } = computer;
  if (platform === 'win32') {
    const bases = [env['ProgramFiles'], env['ProgramFiles(x86)'], env['LOCALAPPDATA']].filter((base): base is string => base !== undefined && base !== '');
    const inside = { chromium: ['Chromium', 'Application', 'chrome.exe'], chrome: ['Google', 'Chrome', 'Application', 'chrome.exe'], firefox: ['Mozilla Firefox', 'firefox.exe'] }[product];
    return bases.map((base) => path.win32.join(base, ...inside));
  }
  if (platform === 'darwin') {
    const app = { chromium: 'Chromium.app/Contents/MacOS/Chromium', chrome: 'Google Chrome.app/Contents/MacOS/Google Chrome', firefox: 'Firefox.app/Contents/MacOS/firefox' }[product];
    const home = env['HOME'];
    return [path.posix.join('/Applications', app), ...(home === undefined ? [] : [path.posix.join(home, 'Applications', app)])];
  }
  return {
    chromium: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'],
    chrome: ['/usr/bin/google-chrome-stable', '/usr/bin/google-chrome', '/opt/google/chrome/chrome'],
    firefox: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/snap/bin/firefox'],
  }[product];
}

/** Where one browser may be on PATH; Windows and macOS browsers are not normally on it. */
function onPath(product: Product, computer: Pick<Computer, 'platform' | 'env'>): string[] {
  if (computer.platform === 'win32' || computer.platform === 'darwin') return [];
  const folders = (computer.env['PATH'] ?? '').split(path.posix.delimiter).filter((folder) => path.posix.isAbsolute(folder));
  return COMMANDS[product].flatMap((command) => folders.map((folder) => path.posix.join(folder, command)));
}

export class BrowserNotFoundError extends Error {
  override name = 'BrowserNotFoundError';
}

function found(product: Product, executablePath: string): FoundBrowser {
  return { family: FAMILY[product], product, label: LABELS[product], executablePath };
}

/** Which browser a program file is, from its name; `fallback` when the name does not say. */
function productOfFile(file: string, fallback: Product): Product {
  const name = path.win32.basename(file).toLowerCase();
  if (name.includes('firefox')) return 'firefox';
  if (name.includes('chromium')) return 'chromium';
  if (name.includes('chrome')) return 'chrome';
  return fallback;
}

/**
 * The browser to open. `explicitPath` (--browser-path) wins; its name says which browser it is when
 * `--browser` was not given, so `--browser-path /opt/firefox/firefox` alone opens Firefox. Then the
 * browser's own variable (CHROMIUM_PATH, FIREFOX_PATH), which must name a file that is there; then
 * the usual places and PATH. Throws BrowserNotFoundError saying where it looked.
 */
export function findBrowser(choice: BrowserChoice, options: { explicitPath?: string | undefined; choiceGiven: boolean }, computer: Computer = THIS_COMPUTER): FoundBrowser {
  const { explicitPath } = options;
  if (explicitPath !== undefined) {
    if (!computer.exists(explicitPath)) throw new BrowserNotFoundError(`--browser-path (or ESR_MFA_BROWSER_PATH) names ${explicitPath}, which is not there.`);
    const named = productOfFile(explicitPath, choice);
    // The name decides only within what was asked for: Chrome asked for stays a Chromium-family browser.
    const product = options.choiceGiven && FAMILY[named] !== FAMILY[choice] ? choice : named;
    return found(product, explicitPath);
  }

  const products: Product[] = { chromium: ['chromium', 'chrome'] as Product[], chrome: ['chrome'] as Product[], firefox: ['firefox'] as Product[] }[choice];
  for (const product of products) {
    const variable = PATH_VARIABLE[product];
    const fromVariable = variable === undefined ? undefined : computer.env[variable];
    if (variable === undefined || fromVariable === undefined || fromVariable === '') continue;
    if (!computer.exists(fromVariable)) throw new BrowserNotFoundError(`${variable} names ${fromVariable}, which is not there.`);
    return found(product, fromVariable);
  }
  const looked: string[] = [];
  for (const product of products) {
    for (const place of new Set([...installPlaces(product, computer), ...onPath(product, computer)])) {
      if (computer.exists(place)) return found(product, place);
    }
    looked.push(...installPlaces(product, computer));
  }

  const wanted = products.map((product) => LABELS[product]).join(' or ');
  const variables = products.flatMap((product) => PATH_VARIABLE[product] ?? []);
  const commands = computer.platform === 'win32' || computer.platform === 'darwin' ? [] : products.flatMap((product) => COMMANDS[product]);
  const lines = [
    `No ${wanted} was found. Looked for:`,
    ...looked.map((place) => `  ${place}`),
    ...(commands.length === 0 ? [] : [`  ${commands.join(', ')} in the folders on PATH`]),
    ...(variables.length === 0 ? [] : [`  ${variables.join(', ')} (not set)`]),
    `Install ${wanted}, or name its program with --browser-path PATH (or ESR_MFA_BROWSER_PATH).`,
  ];
  if (choice !== 'firefox' && firefoxIsThere(computer)) lines.push('Firefox is installed: npm start -- --browser firefox');
  lines.push('To start the portal without opening a browser: npm start -- --browser none');
  throw new BrowserNotFoundError(lines.join('\n'));
}

function firefoxIsThere(computer: Computer): boolean {
  try {
    findBrowser('firefox', { choiceGiven: true }, computer);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether a window can be shown: on Linux (and other Unix-likes) only inside a desktop session,
 * which sets DISPLAY (X11) or WAYLAND_DISPLAY; macOS and Windows always have a desktop.
 */
export function hasDisplay(computer: Pick<Computer, 'platform' | 'env'>): boolean {
  if (computer.platform === 'darwin' || computer.platform === 'win32') return true;
  return Boolean(computer.env['DISPLAY']) || Boolean(computer.env['WAYLAND_DISPLAY']);
}
