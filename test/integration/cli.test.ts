import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpRequest } from '../support/http-client.js';
import { freePort } from '../support/ports.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** What `npm start` runs (package.json). */
const START = 'helper/start.mjs';

/**
 * Runs `npm start -- ARGS` as a user would (helper/start.mjs: the built helper, built first if it
 * is out of date), until it prints `readyLine`. It opens no browser unless `env` says otherwise:
 * start-opens-browser.test.ts tests that.
 */
async function startCli(args: string[], env: Record<string, string> = { ESR_MFA_BROWSER: 'none' }, readyLine = 'Press Ctrl-C to stop.'): Promise<{ child: ChildProcessWithoutNullStreams; output: string; exited: Promise<number | null> }> {
  const child = spawn(process.execPath, [START, ...args], {
    cwd: ROOT,
    env: { ...process.env, ESR_MFA_PORT: '', ESR_MFA_DATA: '', ESR_MFA_BROWSER: '', ESR_MFA_BROWSER_PATH: '', ESR_MFA_CONSOLE_PORT: '', ESR_MFA_CONSOLE_TOKEN: '', ...env },
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(readyLine)) resolve();
    });
    child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    void exited.then((code) => { reject(new Error(`exited ${code}: ${output}`)); });
  });
  return { child, output, exited };
}

describe('npm start', () => {
  let dataDir: string;
  beforeAll(() => { dataDir = mkdtempSync(path.join(tmpdir(), 'esr-mfa-cli-')); });
  afterAll(() => { rmSync(dataDir, { recursive: true, force: true }); });

  it('serves the portal on the given port and data dir, prints the personas, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const run = await startCli(['--port', String(port), '--data', dataDir]);
    expect(run.output).toContain(`http://127.0.0.1:${port}/login`);
    expect(run.output).toContain('password for all: Training26');
    for (const username of ['999JSMITH01', '999AKHAN01', '999PJONES01', '999TBROWN01', '999SGREEN01', '999RPATEL01']) expect(run.output).toContain(username);
    expect(run.output.match(/demo key for the authenticator app: ([A-Z2-7]{4} ){7}[A-Z2-7]{4}/g)).toHaveLength(2);
    const login = await httpRequest(port, { path: '/login' });
    expect(login.status).toBe(200);
    expect(login.body).toContain('data-esr-page="login"');
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  });

  it('keeps the default rate limits: the 61st password post in a minute from one address is refused (the bench\'s high ones are never npm start\'s)', async () => {
    const port = await freePort();
    const run = await startCli(['--port', String(port), '--data', dataDir]);
    const statuses: number[] = [];
    // An empty form is refused before any password is hashed, so 61 of them take a moment.
    const post = () => httpRequest(port, { method: 'POST', path: '/login', headers: { origin: `http://127.0.0.1:${port}`, 'content-type': 'application/x-www-form-urlencoded' }, body: '' });
    for (let i = 0; i < 61; i++) statuses.push((await post()).status);
    run.child.kill('SIGTERM');
    await run.exited;
    expect(statuses.filter((status) => status === 400)).toHaveLength(60);
    expect(statuses[60]).toBe(429);
  });

  it('keeps the demo keys across restarts, and --reset makes new ones', async () => {
    const keys = (output: string) => output.match(/demo key for the authenticator app: .*/g);
    const first = await startCli(['--port', '0', '--data', dataDir]);
    first.child.kill('SIGINT');
    expect(await first.exited).toBe(0);
    const second = await startCli(['--port', '0', '--data', dataDir]);
    second.child.kill('SIGTERM');
    await second.exited;
    expect(keys(second.output)).toEqual(keys(first.output));
    const reset = await startCli(['--port', '0', '--data', dataDir, '--reset']);
    reset.child.kill('SIGTERM');
    await reset.exited;
    expect(keys(reset.output)).not.toEqual(keys(first.output));
    // Three real starts, and the reset seeds every account's ESR and mailbox passwords at full
    // scrypt cost: on a busy two-core machine that outlasts the default 20 seconds.
  }, 40_000);

  it('without a display, opens no browser and says how to load the extension by hand and point it at this port', async () => {
    const port = await freePort();
    // A dist/chrome older than its sources is built first: allow for it.
    const run = await startCli(['--port', String(port), '--data', dataDir], { DISPLAY: '', WAYLAND_DISPLAY: '' }, 'set the ESR portal address');
    expect(run.output).toContain('No display here (DISPLAY and WAYLAND_DISPLAY are not set), so no browser was opened.');
    expect(run.output).toContain(`Load unpacked and pick\n  ${path.join(ROOT, 'dist/chrome')}`);
    expect(run.output).toContain(`in the extension's Options, set the ESR portal address to http://127.0.0.1:${port}`);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  }, 60_000);

  it('stops before starting when the browser it is told to open is not there', async () => {
    const child = spawn(process.execPath, [START, '--port', '0', '--data', dataDir, '--browser-path', '/nowhere/chrome'], { cwd: ROOT, env: { ...process.env, DISPLAY: ':0' } });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => { stderr += c.toString(); });
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toContain('--browser-path (or ESR_MFA_BROWSER_PATH) names /nowhere/chrome, which is not there.');
  });

  it('runs the trainer console beside the portal, prints its address with the token, and closes it on SIGTERM', async () => {
    const port = await freePort();
    const consolePort = await freePort();
    const run = await startCli(['--port', String(port), '--console-port', String(consolePort), '--data', dataDir]);
    const token = new RegExp(`Trainer console: http://127\\.0\\.0\\.1:${consolePort}/#token=([A-Za-z0-9_-]{43})\\n`).exec(run.output)?.[1];
    expect(token).toBeDefined();
    expect(run.output.match(/demo recovery codes: ([A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4} ?){5}/g)).toHaveLength(2);
    const status = await httpRequest(consolePort, { path: '/api/status', headers: { authorization: `Bearer ${token ?? ''}` } });
    expect(status.status).toBe(200);
    expect(status.json()).toMatchObject({ portalOrigin: `http://127.0.0.1:${port}`, consoleOrigin: `http://127.0.0.1:${consolePort}` });
    expect(statSync(path.join(dataDir, 'console.token')).mode & 0o777).toBe(0o600);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    await expect(httpRequest(consolePort, { path: '/' })).rejects.toThrow();
  });

  it('keeps the console token across restarts (the trainer\'s bookmark), --reset makes a new one, and the environment can set it', async () => {
    const tokenIn = (output: string) => /#token=(\S+)/.exec(output)?.[1];
    const first = await startCli(['--port', '0', '--data', dataDir]);
    first.child.kill('SIGTERM');
    await first.exited;
    const second = await startCli(['--port', '0', '--data', dataDir]);
    second.child.kill('SIGTERM');
    await second.exited;
    expect(tokenIn(second.output)).toBe(tokenIn(first.output));
    const given = 'a-test-kit-token-0123456789';
    const fromEnv = await startCli(['--port', '0', '--data', dataDir], { ESR_MFA_BROWSER: 'none', ESR_MFA_CONSOLE_TOKEN: given });
    expect(tokenIn(fromEnv.output)).toBe(given);
    fromEnv.child.kill('SIGTERM');
    await fromEnv.exited;
    const reset = await startCli(['--port', '0', '--data', dataDir, '--reset']);
    reset.child.kill('SIGTERM');
    await reset.exited;
    expect(tokenIn(reset.output)).not.toBe(tokenIn(first.output));
  }, 60_000);

  it('puts the console on the port after the portal\'s, or on a free one when that is taken', async () => {
    const port = await freePort();
    const consoleAt = (output: string) => Number(/Trainer console: http:\/\/127\.0\.0\.1:(\d+)\//.exec(output)?.[1]);
    const next = await startCli(['--port', String(port), '--data', dataDir]);
    next.child.kill('SIGTERM');
    await next.exited;
    const blocker = createServer().listen(port + 1, '127.0.0.1');
    await new Promise((resolve) => blocker.once('listening', resolve));
    try {
      const elsewhere = await startCli(['--port', String(port), '--data', dataDir]);
      elsewhere.child.kill('SIGTERM');
      await elsewhere.exited;
      expect(consoleAt(next.output)).toBe(port + 1);
      expect(elsewhere.output).toContain(`Port ${port + 1} is taken`);
      expect(consoleAt(elsewhere.output)).not.toBe(port + 1);
    } finally {
      blocker.close();
    }
  }, 40_000);

  it('refuses a bad port with a clear message', async () => {
    const child = spawn(process.execPath, [START, '--port', 'abc'], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => { stderr += c.toString(); });
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toContain('--port must be a whole number');
  });
});
