import { randomBytes } from 'node:crypto';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../../support/ports.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
/** Short, so the journeys can show a step-up going stale without waiting 15 minutes. */
export const STEP_UP_MAX_AGE_SECONDS = 8;

/**
 * The real helper, run as `npm start` runs it, on a free port and a fresh data dir. Restartable
 * on the same port and data, as a trainer's machine would be.
 */
export interface HelperProcessOptions {
  /** Seconds a step-up lasts; the default is this suite's short one, `null` the helper's own (15 minutes). */
  stepUpMaxAgeSeconds?: number | null;
}

export class HelperProcess {
  private child: ChildProcessWithoutNullStreams | undefined;
  readonly demoKeys = new Map<string, string>();
  /** The trainer console's token, chosen here and given to the helper, as a test kit would. */
  readonly consoleToken = randomBytes(32).toString('base64url');

  private constructor(readonly port: number, readonly consolePort: number, readonly dataDir: string, private readonly stepUpMaxAgeSeconds: number | null) {}

  static async start(options: HelperProcessOptions = {}): Promise<HelperProcess> {
    const [port, consolePort] = [await freePort(), await freePort()];
    const stepUp = options.stepUpMaxAgeSeconds === undefined ? STEP_UP_MAX_AGE_SECONDS : options.stepUpMaxAgeSeconds;
    const helper = new HelperProcess(port, consolePort, mkdtempSync(path.join(tmpdir(), 'esr-mfa-e2e-')), stepUp);
    await helper.run();
    return helper;
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get consoleOrigin(): string {
    return `http://127.0.0.1:${this.consolePort}`;
  }

  /** The address a trainer opens the console with. */
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

  private async run(): Promise<void> {
    // The journeys bring their own headless browser.
    const stepUp = this.stepUpMaxAgeSeconds === null ? [] : ['--step-up-max-age', String(this.stepUpMaxAgeSeconds)];
    const child = spawn(process.execPath, ['--import', 'tsx', 'helper/cli.ts', '--port', String(this.port), '--console-port', String(this.consolePort), '--data', this.dataDir, ...stepUp, '--browser', 'none'], {
      cwd: ROOT,
      env: { ...process.env, ESR_MFA_CONSOLE_TOKEN: this.consoleToken },
    });
    this.child = child;
    let output = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Press Ctrl-C to stop.')) resolve();
      });
      child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
      child.on('exit', (code) => { reject(new Error(`helper exited (${code}): ${output}`)); });
    });
    for (const match of output.matchAll(/^ {2}(999\w+) .*\n {2}\s+demo key for the authenticator app: ([A-Z2-7 ]+)$/gm)) {
      if (match[1] !== undefined && match[2] !== undefined) this.demoKeys.set(match[1], match[2].replace(/ /g, ''));
    }
  }

  private async stopProcess(): Promise<void> {
    const child = this.child;
    if (child === undefined || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}
