import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../helper/app.js';
import { freePort, portAnswers } from '../support/ports.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const STOP_WITHIN_MS = 2000;
/** Starting seeds the demo accounts at the real scrypt cost, slow on a busy machine. */
const START_TIMEOUT_MS = 60_000;

/**
 * Whether any process of the group is still running: npm, its shell or the helper. Read from
 * /proc rather than asked with kill(-pgid, 0), which also counts zombies that have exited and
 * only wait for init to reap them (slow in some containers).
 */
function groupAlive(pgid: number): boolean {
  return readdirSync('/proc').some((entry) => {
    if (!/^\d+$/.test(entry)) return false;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      return false; // gone between the listing and the read
    }
    // After the command name in brackets: state, parent pid, process group.
    const [state, , group] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return group === String(pgid) && state !== 'Z';
  });
}

async function within(ms: number, done: () => boolean | Promise<boolean>): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await done()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('npm start stops when asked', () => {
  let dataDir: string;
  let npm: ChildProcessWithoutNullStreams | undefined;
  let openSockets: Socket[] = [];

  beforeEach(() => { dataDir = mkdtempSync(path.join(tmpdir(), 'esr-mfa-signals-')); });
  afterEach(() => {
    openSockets.forEach((socket) => socket.destroy());
    openSockets = [];
    // A failed test must not leave a helper (or npm's shell) listening behind it.
    if (npm?.pid !== undefined && groupAlive(npm.pid)) {
      try {
        process.kill(-npm.pid, 'SIGKILL');
      } catch {
        // It finished on its own meanwhile.
      }
    }
    npm = undefined;
    rmSync(dataDir, { recursive: true, force: true });
  });

  /**
   * Exactly the README's command, in a process group of its own as a terminal would give it, with
   * a client holding a keep-alive connection and another stuck half-way through its request
   * headers, so the close cannot simply wait for every connection to end.
   */
  async function startAsTheReadmeSays(port: number): Promise<{ npm: ChildProcessWithoutNullStreams; exited: Promise<void>; consolePort: number }> {
    const child = spawn('npm', ['start', '--', '--port', String(port), '--data', dataDir], {
      cwd: ROOT,
      detached: true,
      // No browser: start-opens-browser.test.ts stops one.
      env: { ...process.env, ESR_MFA_PORT: '', ESR_MFA_DATA: '', ESR_MFA_BROWSER: 'none', ESR_MFA_CONSOLE_PORT: '', ESR_MFA_CONSOLE_TOKEN: '' },
    });
    npm = child;
    let output = '';
    const exited = new Promise<void>((resolve) => child.once('exit', () => { resolve(); }));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Press Ctrl-C to stop.')) resolve();
      });
      child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
      void exited.then(() => { reject(new Error(`npm start exited early: ${output}`)); });
    });
    // Both are cut off when the helper stops, as they should be.
    const idle = connect(port, '127.0.0.1').on('error', () => undefined);
    idle.write(`GET /login HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: keep-alive\r\n\r\n`);
    await new Promise((resolve) => idle.once('data', resolve));
    const halfway = connect(port, '127.0.0.1').on('error', () => undefined);
    await new Promise<void>((resolve) => halfway.write(`GET /login HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n`, () => { resolve(); }));
    // The trainer console beside it, with a keep-alive connection of its own.
    const consolePort = Number(/Trainer console: http:\/\/127\.0\.0\.1:(\d+)\//.exec(output)?.[1]);
    const consoleIdle = connect(consolePort, '127.0.0.1').on('error', () => undefined);
    consoleIdle.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${consolePort}\r\nConnection: keep-alive\r\n\r\n`);
    await new Promise((resolve) => consoleIdle.once('data', resolve));
    // Time for the helper to read the half request, so it is one under way when the signal comes.
    await new Promise((resolve) => setTimeout(resolve, 200));
    openSockets = [idle, halfway, consoleIdle];
    return { npm: child, exited, consolePort };
  }

  async function expectStoppedCleanly(port: number, run: { npm: ChildProcessWithoutNullStreams; exited: Promise<void>; consolePort: number }): Promise<void> {
    const deadline = Date.now() + STOP_WITHIN_MS;
    const left = () => Math.max(0, deadline - Date.now());
    expect(await within(left(), async () => !(await portAnswers(port))), 'the port still answers').toBe(true);
    expect(await within(left(), async () => !(await portAnswers(run.consolePort))), 'the trainer console still answers').toBe(true);
    const npmExited = await Promise.race([run.exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(resolve, left(), false))]);
    expect(npmExited, 'npm has not exited').toBe(true);
    expect(await within(left(), () => !groupAlive(run.npm.pid!)), 'a process of npm start is still running').toBe(true);
    let walBytes = 0;
    try {
      walBytes = statSync(path.join(dataDir, `${DATABASE_FILE}-wal`)).size;
    } catch {
      // Absent: the last connection closed cleanly and SQLite removed it.
    }
    expect(walBytes, 'the database was not checkpointed').toBe(0);
  }

  it('stops within 2 seconds, database closed, when npm start is sent SIGTERM', async () => {
    const port = await freePort();
    const run = await startAsTheReadmeSays(port);
    run.npm.kill('SIGTERM');
    await expectStoppedCleanly(port, run);
  }, START_TIMEOUT_MS);

  it('stops within 2 seconds, database closed, on Ctrl-C (SIGINT to the whole process group)', async () => {
    const port = await freePort();
    const run = await startAsTheReadmeSays(port);
    process.kill(-run.npm.pid!, 'SIGINT');
    await expectStoppedCleanly(port, run);
  }, START_TIMEOUT_MS);
});
