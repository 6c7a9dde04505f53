/**
 * `npm run dev`: the helper, restarted whenever its code changes, and both extension builds,
 * rebuilt whenever theirs does, in one terminal. Ctrl-C stops everything. Arguments go to the
 * helper: `npm run dev -- --port 4455 --data /tmp/esr-dev`.
 *
 * A small script rather than a package such as concurrently: a few processes and a signal are all
 * there is to it. The helper is watched by Node's own `--watch`. The extension is not built with
 * `vite build --watch`: with @crxjs/vite-plugin its rebuilds lose the content script ("Content
 * script fileName is undefined") and leave dist/ empty. So each change runs a fresh `vite build`,
 * exactly what `npm run build` does.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { statSync, watch } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { BUILD_TARGETS, isSourceOf, ROOT, viteBin, type BuildTarget } from '../helper/launcher/builds.js';

const VITE = viteBin();
/** Every build's sources, each watched once; a change rebuilds the targets made from it. */
const WATCHED = [...new Set(BUILD_TARGETS.flatMap((build) => build.sources))];
const TARGETS = BUILD_TARGETS.map((build) => build.target);
/** Editors save in bursts (write, rename, touch): one rebuild per burst. */
const SETTLE_MS = 200;
/** How long everything gets to close (the helper closes its database) before it is killed. */
const STOP_GRACE_MS = 5_000;

const LABEL_WIDTH = Math.max('helper'.length, ...TARGETS.map((target) => target.length));
const running = new Set<ChildProcess>();
let stopping = false;
let exitCode = 0;

function say(name: string, line: string): void {
  console.log(`${name.padEnd(LABEL_WIDTH)} | ${line}`);
}

function run(name: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // A process group of its own, so stopping it also stops what it started (the helper under
    // Node's watcher, esbuild under Vite), and Ctrl-C reaches it once, from here.
    detached: true,
  });
  running.add(child);
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => { say(name, line); });
  }
  // 'close', not 'exit': the child's last lines are printed before anything reacts to its end.
  child.on('close', () => {
    running.delete(child);
    if (stopping && running.size === 0) process.exit(exitCode);
  });
  return child;
}

// The helper: --watch restarts it when any file it imports changes (helper/, shared/), once the old
// one has closed, so the port is free again.
// It opens no browser of its own (ESR_MFA_BROWSER=none): a restart would open another window each time.
run('helper', ['--watch', '--watch-preserve-output', '--import', 'tsx', 'helper/cli.ts', ...process.argv.slice(2)], { ESR_MFA_BROWSER: 'none' }).on('close', (code, signal) => {
  if (stopping) return;
  say('helper', `stopped (${signal ?? `exit code ${String(code)}`}); stopping everything.`);
  exitCode = 1;
  stop();
});

// The builds: one at a time per target; a change during a build means one more build after it.
const builds = new Map<string, { busy: boolean; again: boolean }>(TARGETS.map((target) => [target, { busy: false, again: false }]));

function build(target: string, why: string): void {
  const state = builds.get(target);
  if (state === undefined || stopping) return;
  if (state.busy) {
    state.again = true;
    return;
  }
  state.busy = true;
  const started = Date.now();
  say(target, `building (${why})`);
  run(target, [VITE, 'build', '--logLevel', 'warn'], { TARGET: target }).on('close', (code, signal) => {
    state.busy = false;
    if (stopping) return;
    say(target, code === 0 ? `built dist/${target} in ${((Date.now() - started) / 1000).toFixed(1)} s` : `build failed (${signal ?? `exit code ${String(code)}`}); fix it and save again`);
    if (state.again) {
      state.again = false;
      build(target, 'changed during the build');
    }
  });
}

let settling: NodeJS.Timeout | undefined;
const changed = new Set<string>();
/** The targets built from any of the changed files. */
const touched = (files: string[]): BuildTarget[] => BUILD_TARGETS.filter((target) => files.some((file) => isSourceOf(target, file)));
for (const source of WATCHED) {
  const isFolder = statSync(path.join(ROOT, source)).isDirectory();
  const watcher = watch(path.join(ROOT, source), { recursive: isFolder }, (_event, file) => {
    const name = isFolder && file !== null ? path.join(source, file) : source;
    if (touched([name]).length === 0) return;
    changed.add(name);
    clearTimeout(settling);
    settling = setTimeout(() => {
      const what = [...changed].slice(0, 3).join(', ') + (changed.size > 3 ? ', ...' : '');
      const targets = touched([...changed]);
      changed.clear();
      for (const target of targets) build(target.target, `${what} changed`);
    }, SETTLE_MS);
  });
  watcher.unref();
}
for (const target of TARGETS) build(target, 'first build');

function signalAll(signal: NodeJS.Signals): void {
  for (const child of running) {
    if (child.pid === undefined) continue;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  }
}

function stop(): void {
  if (stopping) return;
  stopping = true;
  clearTimeout(settling);
  if (running.size === 0) process.exit(exitCode);
  signalAll('SIGTERM');
  setTimeout(() => { signalAll('SIGKILL'); }, STOP_GRACE_MS).unref();
}

// Ctrl-C reaches this process from the terminal and again from npm: the second changes nothing.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, stop);
// As in helper/shutdown.ts: npm's shell may die of a signal without passing it on.
const parent = process.ppid;
setInterval(() => { if (process.ppid !== parent) stop(); }, 250).unref();
// Last resort if this script itself fails: no build or helper is left behind.
process.on('exit', () => { signalAll('SIGKILL'); });

console.log(`The helper restarts when its code changes; ${BUILD_TARGETS.map((build) => build.dist).join(' and ')} are rebuilt when theirs does. Ctrl-C stops all.`);
