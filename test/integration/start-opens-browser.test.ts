/**
 * `npm start` on a computer with a display opens a browser window with the extension, on the
 * portal's login page, and SIGTERM leaves nothing behind. The display is Xvfb (Debian's `xvfb`),
 * started here with `-fbdir`, so the screen can be read back as a file and kept as a PNG for a
 * person to look at (test/e2e/screenshots/start/).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { distinctColours, readXwd, xwdToPng, type XwdImage } from '../support/xwd.js';
import { freePort, portAnswers } from '../support/ports.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCREENSHOTS = path.join(ROOT, 'test/e2e/screenshots/start');
/** Seeding the demo accounts, perhaps a build of the extension, then the browser: generous. */
const READY_WITHIN_MS = 90_000;
/** The portal and database close within 2 seconds; the browser gets up to 2 more. */
const STOPPED_WITHIN_MS = 5_000;
/** NHS blue (the header) and the training banner's yellow, in the portal's stylesheets. */
const NHS_BLUE = 0x005eb8ff;
const BANNER_YELLOW = 0xffeb3bff;

interface Proc {
  pid: number;
  group: number;
  alive: boolean;
  argv: string[];
}

/** Every process, read from /proc; a zombie (exited, waiting to be reaped) does not count as alive. */
function processes(): Proc[] {
  return readdirSync('/proc').flatMap((entry) => {
    if (!/^\d+$/.test(entry)) return [];
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [state, , group] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const argv = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').filter(Boolean);
      return [{ pid: Number(entry), group: Number(group), alive: state !== 'Z', argv }];
    } catch {
      return []; // gone between the listing and the read
    }
  });
}

/**
 * The processes of this run: npm, its shell and the helper (their command lines name the data
 * folder), the browser (it names its profile, inside the data folder), the browser's children (its
 * process group: puppeteer starts it in a group of its own), and helpers a browser starts outside
 * its group with the browser's pid as an argument (Firefox's crash helper).
 */
function processesOfRun(dataDir: string): Proc[] {
  const all = processes().filter((proc) => proc.alive);
  const named = all.filter((proc) => proc.argv.some((arg) => arg.includes(dataDir)));
  const groups = new Set(named.filter((proc) => proc.pid === proc.group).map((proc) => proc.group));
  const pids = new Set(named.map((proc) => String(proc.pid)));
  return all.filter((proc) => named.includes(proc) || groups.has(proc.group) || proc.argv.slice(1).some((arg) => pids.has(arg)));
}

async function within(ms: number, done: () => boolean | Promise<boolean>): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await done()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Xvfb on a display number it picks itself (-displayfd), keeping its screen as an XWD file in `fbdir`. */
async function startXvfb(fbdir: string): Promise<{ xvfb: ChildProcess; display: string }> {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x900x24', '-fbdir', fbdir, '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  let errors = '';
  xvfb.stderr?.on('data', (chunk: Buffer) => { errors += chunk.toString(); });
  const number = await new Promise<string>((resolve, reject) => {
    let said = '';
    (xvfb.stdio[3] as Readable).on('data', (chunk: Buffer) => {
      said += chunk.toString();
      if (said.includes('\n')) resolve(said.trim());
    });
    xvfb.once('error', (error) => { reject(new Error(`Xvfb could not start (Debian: apt-get install xvfb): ${error.message}`)); });
    xvfb.once('exit', (code) => { reject(new Error(`Xvfb exited (${String(code)}): ${errors}`)); });
  });
  return { xvfb, display: `:${number}` };
}

describe('npm start on a computer with a display', () => {
  let fbdir: string;
  let xvfb: ChildProcess | undefined;
  let display: string;
  let dataDir: string | undefined;
  let seen: Proc[] = [];

  beforeAll(async () => {
    fbdir = mkdtempSync(path.join(tmpdir(), 'esr-mfa-xvfb-'));
    ({ xvfb, display } = await startXvfb(fbdir));
    rmSync(SCREENSHOTS, { recursive: true, force: true });
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(() => {
    xvfb?.kill();
    rmSync(fbdir, { recursive: true, force: true });
  });
  afterEach(() => {
    // A failed test must leave no helper or browser behind: only what this run started is killed.
    for (const proc of dataDir === undefined ? [] : [...seen, ...processesOfRun(dataDir)]) {
      try {
        process.kill(proc.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    seen = [];
    if (dataDir !== undefined) rmSync(dataDir, { recursive: true, force: true });
    dataDir = undefined;
  });

  /** The screen as it is now. */
  const screen = (): XwdImage => readXwd(readFileSync(path.join(fbdir, 'Xvfb_screen0')));
  const pixelsOf = (image: XwdImage, colour: number) => {
    let count = 0;
    for (let at = 0; at < image.rgba.length; at += 4) if (image.rgba.readUInt32BE(at) === colour) count++;
    return count;
  };

  it.each([
    { browser: 'chromium', origin: 'chrome-extension://', profile: 'browser-profile-chromium' },
    { browser: 'firefox', origin: 'moz-extension://', profile: 'browser-profile-firefox' },
  ])('opens $browser with the extension on the login page, and SIGTERM stops the helper and the browser', async ({ browser, origin, profile }) => {
    const port = await freePort();
    const data = mkdtempSync(path.join(tmpdir(), 'esr-mfa-start-'));
    dataDir = data;
    // The trainer's command, in a process group of its own as a terminal would give it. No
    // browser variable from this machine decides for it, but a kit's CHROMIUM_PATH or
    // FIREFOX_PATH may say where the browser is.
    const child = spawn('npm', ['start', '--', '--port', String(port), '--data', data, ...(browser === 'chromium' ? [] : ['--browser', browser])], {
      cwd: ROOT,
      detached: true,
      env: { ...process.env, DISPLAY: display, WAYLAND_DISPLAY: '', ESR_MFA_PORT: '', ESR_MFA_DATA: '', ESR_MFA_BROWSER: '', ESR_MFA_BROWSER_PATH: '' },
    });
    let output = '';
    const exited = new Promise<void>((resolve) => child.once('exit', () => { resolve(); }));
    const started = Date.now();
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => { reject(new Error(`npm start was not ready within ${READY_WITHIN_MS} ms:\n${output}`)); }, READY_WITHIN_MS);
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (/is open on .*\n|could not be opened/.test(output)) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
      void exited.then(() => { clearTimeout(timer); reject(new Error(`npm start exited early:\n${output}`)); });
    });
    const readyMs = Date.now() - started;

    // The launcher saw the extension's device check in the login form: the extension is installed,
    // its background answered a content script on exactly this portal address, so it was pointed here.
    expect(output).toContain(`is open on http://127.0.0.1:${port}/login. The extension is connected (${origin}`);

    // A person would see the portal's login page: its header's NHS blue and the training banner.
    let image = screen();
    await within(5_000, () => {
      image = screen();
      return pixelsOf(image, NHS_BLUE) > 20_000 && pixelsOf(image, BANNER_YELLOW) > 10_000;
    });
    writeFileSync(path.join(SCREENSHOTS, `${browser}.png`), xwdToPng(readFileSync(path.join(fbdir, 'Xvfb_screen0'))));
    expect(distinctColours(image), 'the screen is blank').toBeGreaterThan(100);
    expect(pixelsOf(image, NHS_BLUE), 'no NHS blue header on the screen').toBeGreaterThan(20_000);
    expect(pixelsOf(image, BANNER_YELLOW), 'no training banner on the screen').toBeGreaterThan(10_000);

    // The browser runs on the profile in the data folder, a grandchild of npm.
    seen = processesOfRun(data);
    const browsers = seen.filter((proc) => proc.argv.some((arg) => arg.includes(path.join(data, profile))) && !proc.argv.some((arg) => arg.endsWith('helper/start.mjs')));
    expect(browsers.length, `no browser on ${profile}: ${seen.map((proc) => proc.argv.join(' ')).join('\n')}`).toBeGreaterThan(0);

    const stopping = Date.now();
    child.kill('SIGTERM');
    const npmExited = await Promise.race([exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(resolve, STOPPED_WITHIN_MS, false))]);
    expect(npmExited, 'npm has not exited').toBe(true);
    const left = () => [...seen, ...processesOfRun(data)].filter((proc) => processes().some((now) => now.pid === proc.pid && now.alive));
    expect(await within(Math.max(0, STOPPED_WITHIN_MS - (Date.now() - stopping)), () => left().length === 0), `still running:\n${left().map((proc) => `${proc.pid} ${proc.argv.join(' ')}`).join('\n')}`).toBe(true);
    expect(await portAnswers(port), 'the portal still answers').toBe(false);
    expect(output).toContain('closing the portal and the trainer console, then the database.');
    console.log(`${browser}: ready in ${(readyMs / 1000).toFixed(1)} s, everything stopped ${((Date.now() - stopping) / 1000).toFixed(1)} s after SIGTERM`);
  }, READY_WITHIN_MS + 30_000);
});
