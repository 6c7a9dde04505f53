/**
 * How long `npm start` takes to serve the login page, warm: from spawning
 * `npm start -- --browser none` until GET /login answers 200. The data folder (a temporary one) is
 * made by a first, unmeasured start, which also builds whatever `npm start` builds when it is out
 * of date; then each measured start finds everything as a second start of the day would.
 *
 *   node --import tsx scripts/measure-start.ts            # median of 5 warm starts
 *   node --import tsx scripts/measure-start.ts --runs 9
 *
 * A measurement, not a test: the figure depends on the machine and on what else it is doing. So,
 * on Linux, it also gives the CPU time the start's processes (npm, its shell, the helper and
 * anything they started) had used by then, which a busy machine changes much less.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { freePort } from '../test/support/ports.js';

const ROOT = path.resolve(import.meta.dirname, '..');
/** Generous: the first start may seed the demo accounts and build. */
const FIRST_START_MS = 120_000;
const START_MS = 30_000;

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number from 1, not "${values.runs}"`);

/** Clock ticks per second, the unit of CPU time in /proc; null where there is no /proc. */
const TICKS = existsSync('/proc/self/stat') ? Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) : null;

/** CPU milliseconds (user and system) used so far by the processes of one process group, or null without /proc. */
function groupCpuMs(group: number): number | null {
  if (TICKS === null) return null;
  let ticks = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // After the command's name: state, parent, group, ..., utime is the 12th field and stime the 13th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === group) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // Gone between the listing and the read.
    }
  }
  return (ticks * 1000) / TICKS;
}

/** The status of GET /login, or null while nothing answers. */
function loginStatus(port: number): Promise<number | null> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/login', agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? null);
    });
    req.once('error', () => { resolve(null); });
    req.end();
  });
}

/**
 * One `npm start`: milliseconds from spawn to the first 200 from /login, and the CPU time used by
 * then; then SIGTERM, and wait for it to exit.
 */
async function timeOneStart(dataDir: string, limitMs: number): Promise<{ ms: number; cpuMs: number | null }> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn('npm', ['start', '--', '--browser', 'none', '--port', String(port), '--console-port', '0', '--data', dataDir], {
    cwd: ROOT,
    env: { ...process.env, ESR_MFA_PORT: '', ESR_MFA_DATA: '', ESR_MFA_BROWSER: '', ESR_MFA_CONSOLE_PORT: '', NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so that SIGTERM reaches npm, its shell and the helper together.
    detached: true,
  });
  let output = '';
  for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  const exited = new Promise<void>((resolve) => child.once('exit', () => { resolve(); }));
  const state = { gone: false };
  void exited.then(() => { state.gone = true; });
  try {
    for (;;) {
      if (state.gone) throw new Error(`npm start exited before /login answered:\n${output}`);
      if (performance.now() - started > limitMs) throw new Error(`/login did not answer 200 within ${limitMs} ms:\n${output}`);
      const status = await loginStatus(port);
      if (status === 200) return { ms: performance.now() - started, cpuMs: child.pid === undefined ? null : groupCpuMs(child.pid) };
      if (status !== null) throw new Error(`/login answered ${status}:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    if (!state.gone && child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    await exited;
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] ?? 0 : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

const dataDir = mkdtempSync(path.join(tmpdir(), 'esr-mfa-measure-'));
const cpuText = (cpuMs: number | null) => (cpuMs === null ? '' : `, ${Math.round(cpuMs)} ms of CPU`);
try {
  const first = await timeOneStart(dataDir, FIRST_START_MS);
  console.log(`first start (seeds the data folder, builds what is out of date): ${Math.round(first.ms)} ms${cpuText(first.cpuMs)}, not counted`);
  const times: number[] = [];
  const cpu: number[] = [];
  for (let run = 1; run <= runs; run++) {
    const { ms, cpuMs } = await timeOneStart(dataDir, START_MS);
    times.push(ms);
    if (cpuMs !== null) cpu.push(cpuMs);
    console.log(`warm start ${run}: ${Math.round(ms)} ms${cpuText(cpuMs)}`);
  }
  console.log(`npm start -- --browser none, spawn to GET /login 200: median ${Math.round(median(times))} ms of ${runs} warm starts (min ${Math.round(Math.min(...times))}, max ${Math.round(Math.max(...times))})${cpu.length === runs ? `; CPU time by then, median ${Math.round(median(cpu))} ms` : ''}`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
