/**
 * `npm start` runs the helper as built JavaScript (dist/helper/cli.js): with the build up to date a
 * start compiles nothing (no tsx, no esbuild), and the bundle finds every file the helper reads as
 * it runs (its stylesheet, nhsuk-frontend's, the console's page) from dist/helper/ as the sources
 * do from helper/. Building when the build is out of date: helper/launcher/helper-build.test.ts. How
 * fast it starts is measured, not tested: scripts/measure-start.ts.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHelper, HELPER_BUILD } from '../../helper/launcher/helper-build.mjs';
import { whyStale } from '../../helper/launcher/stale.mjs';
import { httpRequest } from '../support/http-client.js';
import { freePort } from '../support/ports.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const MARKER = path.join(ROOT, HELPER_BUILD.dist, HELPER_BUILD.marker);

interface Proc {
  pid: number;
  parent: number;
  argv: string[];
  env: string[];
}

/** Every process still running, read from /proc. */
function processes(): Proc[] {
  return readdirSync('/proc').flatMap((entry) => {
    if (!/^\d+$/.test(entry)) return [];
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [state, parent] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (state === 'Z') return [];
      const split = (file: string) => readFileSync(`/proc/${entry}/${file}`, 'utf8').split('\0').filter(Boolean);
      return [{ pid: Number(entry), parent: Number(parent), argv: split('cmdline'), env: split('environ') }];
    } catch {
      return []; // gone between the listing and the read, or not ours to read
    }
  });
}

describe('npm start runs the built helper', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'esr-mfa-start-built-'));
    // Up to date before the start, as after npm run build: the start must then build nothing.
    if (whyStale(HELPER_BUILD, ROOT) !== null) await buildHelper();
  }, 60_000);
  afterAll(() => { rmSync(dataDir, { recursive: true, force: true }); });

  it('is plain Node on a JavaScript file, with no loader', () => {
    const { scripts } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(scripts['start']).toBe('node helper/start.mjs');
    expect(scripts['build']).toContain('npm run build:helper');
  });

  it('with the build up to date, compiles nothing, loads no tsx, and serves the login page from dist/helper', async () => {
    const builtAt = statSync(MARKER).mtimeMs;
    const port = await freePort();
    const consolePort = await freePort();
    const child = spawn('npm', ['start', '--', '--browser', 'none', '--port', String(port), '--console-port', String(consolePort), '--data', dataDir], {
      cwd: ROOT,
      detached: true,
      // Nothing from this test's own process may slip a loader in.
      env: { ...process.env, NODE_OPTIONS: '', ESR_MFA_PORT: '', ESR_MFA_DATA: '', ESR_MFA_BROWSER: '', ESR_MFA_CONSOLE_PORT: '', ESR_MFA_CONSOLE_TOKEN: '' },
    });
    let output = '';
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('Press Ctrl-C to stop.')) resolve();
        });
        child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
        void exited.then((code) => { reject(new Error(`npm start exited (${String(code)}) before it was ready:\n${output}`)); });
      });

      // The helper is Node running helper/start.mjs, with no --import or --loader, in its
      // arguments or in NODE_OPTIONS.
      const all = processes();
      const helper = all.find((proc) => proc.argv[1] === 'helper/start.mjs' && proc.argv.includes(dataDir));
      expect(helper, `no node helper/start.mjs among:\n${all.filter((proc) => proc.argv.includes(dataDir)).map((proc) => proc.argv.join(' ')).join('\n')}`).toBeDefined();
      if (helper === undefined) return;
      expect(path.basename(helper.argv[0] ?? '')).toMatch(/^node/);
      expect(helper.argv.join(' ')).not.toMatch(/tsx|--import|--loader|--experimental-loader|--require/);
      expect(helper.env.find((line) => line.startsWith('NODE_OPTIONS=')) ?? '').not.toMatch(/tsx|--import|--loader|--require/);
      // tsx compiles through an esbuild service, a child process kept for as long as it runs; a
      // start that compiles nothing has none.
      const children = all.filter((proc) => proc.parent === helper.pid);
      expect(children.filter((proc) => proc.argv.some((arg) => arg.startsWith('--service') || arg.includes('tsx'))).map((proc) => proc.argv.join(' '))).toEqual([]);
      // And it did not build the helper again.
      expect(output).not.toContain('Building the helper');
      expect(statSync(MARKER).mtimeMs).toBe(builtAt);

      // Files read from the project folder, found from the bundle's place.
      const login = await httpRequest(port, { path: '/login' });
      expect(login.status).toBe(200);
      expect(login.body).toContain('data-esr-page="login"');
      const portalCss = await httpRequest(port, { path: '/assets/portal.css' });
      expect(portalCss.status).toBe(200);
      expect(portalCss.body).toBe(readFileSync(path.join(ROOT, 'helper/http/portal.css'), 'utf8'));
      expect((await httpRequest(port, { path: '/assets/nhsuk/nhsuk-frontend.min.css' })).status).toBe(200);
      // The generated guide, from docs/guide in the project folder, not dist/helper/docs/guide.
      expect((await httpRequest(port, { path: '/help/mfa' })).body).toContain('src="/help/guide/mfa-setup-video.webm"');
      const guidePdf = await httpRequest(port, { path: '/help/guide/mfa-step-by-step.pdf' });
      expect(guidePdf.status).toBe(200);
      expect(guidePdf.headers['content-type']).toBe('application/pdf');
      const consolePage = await httpRequest(consolePort, { path: '/' });
      expect(consolePage.status).toBe(200);
      expect(consolePage.body).not.toContain('The console page is not built');
    } finally {
      if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
      await exited;
    }
  }, 60_000);
});
