import { createHash, randomBytes } from 'node:crypto';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HELPER_BUILD } from '../../helper/launcher/helper-build.mjs';
import { whyStale } from '../../helper/launcher/stale.mjs';
import { freePort } from '../support/ports.js';
import { ConsoleClient } from './console-client.js';
import { Phone } from './phone.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** The last line `npm start` prints once the portal and the console both listen. */
const READY_LINE = 'Press Ctrl-C to stop.';

export interface StartHelperOptions {
  /** Seconds a step-up keeps the manager area open; the helper's own default (900) when left out. Move the clock rather than shortening it. */
  stepUpMaxAgeSeconds?: number;
  /**
   * For the generated guide and its test only (helper/fixed-demo.ts): the portal's real time stands
   * still at `time`, and new keys and recovery codes come from a sequence fixed by `keysSeed`, so
   * every run shows the same. The helper then seeds a data folder of its own rather than copying the
   * kit's, whose demo keys were made at random.
   */
  fixedDemo?: { time: string; keysSeed: string };
}

/**
 * A real helper, started as `npm start` starts it (the built dist/helper/cli.js, `--browser none`), on free
 * loopback ports with a data folder of its own and a console token the kit chose. Its training
 * clock belongs to the test: move it through `console` or `phone` instead of waiting.
 */
export interface TestHelper {
  /** The portal's address, e.g. http://127.0.0.1:40123. */
  readonly origin: string;
  /** The trainer console's address (its own port). */
  readonly consoleOrigin: string;
  /** The address a trainer opens the console page with, token after the `#`. */
  readonly consoleAddress: string;
  /** The console's Bearer token, chosen by the kit (ESR_MFA_CONSOLE_TOKEN). */
  readonly consoleToken: string;
  readonly dataDir: string;
  /** The console's JSON API: people, resets, clock, outbox, scenarios, training phone. */
  readonly console: ConsoleClient;
  /** A phone that holds any key, showing codes for the helper's clock, never one already used. */
  readonly phone: Phone;
  /** Stops the helper and starts it again on the same ports and data, as a trainer's computer restarting would. */
  restart(): Promise<void>;
  /** Stops the helper (SIGTERM, as Ctrl-C) and deletes its data folder. */
  stop(): Promise<void>;
}

class HelperProcess implements TestHelper {
  private child: ChildProcessWithoutNullStreams | undefined;
  readonly consoleToken = randomBytes(32).toString('base64url');
  readonly console: ConsoleClient;
  readonly phone: Phone;

  constructor(private readonly port: number, private readonly consolePort: number, readonly dataDir: string, private readonly options: StartHelperOptions) {
    this.console = new ConsoleClient(this.consoleOrigin, this.consoleToken);
    this.phone = new Phone(this.console);
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get consoleOrigin(): string {
    return `http://127.0.0.1:${this.consolePort}`;
  }

  get consoleAddress(): string {
    return `${this.consoleOrigin}/#token=${this.consoleToken}`;
  }

  async restart(): Promise<void> {
    await this.stopProcess();
    await this.run();
  }

  async stop(): Promise<void> {
    await this.stopProcess();
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  async run(): Promise<void> {
    const stepUp = this.options.stepUpMaxAgeSeconds === undefined ? [] : ['--step-up-max-age', String(this.options.stepUpMaxAgeSeconds)];
    const fixed = this.options.fixedDemo === undefined ? [] : ['--fixed-time', this.options.fixedDemo.time, '--fixed-keys', this.options.fixedDemo.keysSeed];
    const child = spawn(process.execPath, ['--enable-source-maps', builtHelper(), '--port', String(this.port), '--console-port', String(this.consolePort), '--data', this.dataDir, ...stepUp, ...fixed, '--browser', 'none'], {
      cwd: ROOT,
      env: { ...process.env, ESR_MFA_CONSOLE_TOKEN: this.consoleToken },
    });
    this.child = child;
    let output = '';
    // Only readiness is read from the output; everything a test needs comes from the console's API.
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes(READY_LINE)) resolve();
      });
      child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
      child.once('exit', (code) => { reject(new Error(`The helper exited (${String(code)}) before it was ready:\n${output}`)); });
    });
  }

  async stopProcess(): Promise<void> {
    const child = this.child;
    if (child === undefined || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

/**
 * The helper's build, as npm start runs it, refused when it is missing or older than its sources,
 * since a stale build tests old code. The kit does not build it: test files start helpers in
 * parallel, and npm run build (which npm test runs) makes it with the extension's builds.
 */
function builtHelper(): string {
  const stale = whyStale(HELPER_BUILD, ROOT);
  if (stale !== null) throw new Error(`${stale}: run npm run build (npm test does), or npm run build:helper.`);
  return path.join(ROOT, HELPER_BUILD.dist, HELPER_BUILD.marker);
}

/**
 * Starts a helper as `npm start` would, on free ports and a fresh data folder (seeded with the demo
 * accounts), and resolves once it is ready. Stop it with `stop()`.
 */
export async function startHelper(options: StartHelperOptions = {}): Promise<TestHelper> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'esr-mfa-kit-'));
  try {
    if (options.fixedDemo === undefined) cpSync(await seededDataDir(), dataDir, { recursive: true });
    const helper = new HelperProcess(await freePort(), await freePort(), dataDir, options);
    await helper.run();
    return helper;
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * A data folder as a new helper seeds it, made once and copied for each helper. Seeding hashes the
 * demo passwords with scrypt, which is slow on purpose (about a second and a half of CPU per
 * helper), so a suite that starts many helpers seeds once. The folder's name carries a digest of
 * the helper's source, so a change to the schema, the personas or the seeding seeds anew.
 */
async function seededDataDir(): Promise<string> {
  const template = path.join(tmpdir(), `esr-mfa-kit-seeded-${helperSourceDigest()}`);
  if (existsSync(template)) return template;
  const making = mkdtempSync(path.join(tmpdir(), 'esr-mfa-kit-seeding-'));
  const seeding = new HelperProcess(await freePort(), await freePort(), making, {});
  try {
    await seeding.run();
    await seeding.stopProcess();
    // Two test files may seed at once: the first rename wins, and the other's copy is thrown away.
    renameSync(making, template);
  } catch (error) {
    rmSync(making, { recursive: true, force: true });
    if (!existsSync(template)) throw error;
  }
  return template;
}

function helperSourceDigest(): string {
  const digest = createHash('sha256');
  const folder = path.join(ROOT, 'helper');
  for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts')).sort()) {
    digest.update(file).update(readFileSync(path.join(folder, file)));
  }
  return digest.digest('hex').slice(0, 16);
}
