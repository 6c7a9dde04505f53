/**
 * The builds made with vite (`vite.config.ts`), what each is made from, how to tell one is out of
 * date, and how to make one. `npm start` builds what it is about to open; `npm run dev`
 * (scripts/dev.ts) rebuilds whatever a change touches. Both read the list here. The helper itself
 * is built with esbuild instead (./helper-build.mjs), and judged out of date by the same code
 * (./stale.mjs).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT } from '../project-root.js';
import { isBuildInput, whyStale as whyBuiltStale } from './stale.mjs';

export { ROOT };

/** What the extension is built from, relative to the project folder. */
export const EXTENSION_SOURCES = ['extension', 'shared', 'manifest.json', 'vite.config.ts'] as const;

export interface BuildTarget {
  /** The TARGET vite.config.ts is run with. */
  target: string;
  /** Where the build goes, relative to the project folder. */
  dist: string;
  /** The file, inside `dist`, that stands for the whole build: vite empties the folder first, so a build that failed half-way leaves none. */
  marker: string;
  /** Files and folders, relative to the project folder, whose change makes the build out of date. */
  sources: readonly string[];
}

export const BUILD_TARGETS = [
  { target: 'chrome', dist: 'dist/chrome', marker: 'manifest.json', sources: EXTENSION_SOURCES },
  { target: 'firefox', dist: 'dist/firefox', marker: 'manifest.json', sources: EXTENSION_SOURCES },
  // The trainer console's page, which the helper serves on the console's port.
  { target: 'console', dist: 'dist/console', marker: 'index.html', sources: ['helper/console/page', 'helper/console/contract.ts', 'shared', 'vite.config.ts'] },
] as const satisfies readonly BuildTarget[];

export type BuildName = (typeof BUILD_TARGETS)[number]['target'];

export function buildTarget(name: BuildName): BuildTarget {
  const found = BUILD_TARGETS.find((build) => build.target === name);
  if (found === undefined) throw new Error(`No build target "${name}"`);
  return found;
}

/** Whether `file` (relative to the project folder) is one of the build's sources or inside one. */
export function isSourceOf(build: BuildTarget, file: string): boolean {
  const normal = path.normalize(file);
  return isBuildInput(normal) && build.sources.some((source) => normal === source || normal.startsWith(`${source}${path.sep}`));
}

/** Why the build is out of date (missing, or older than a source), or null when it is not: the same check `npm start` makes of the helper's own build (./stale.mjs). */
export function whyStale(build: BuildTarget, root = ROOT): string | null {
  return whyBuiltStale(build, root);
}

/** Vite's command-line entry, run with this Node as scripts/dev.ts and npm run build do. */
export function viteBin(): string {
  return path.join(path.dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
}

/** `vite build` for one target, as `npm run build:<target>` runs it; stdout and stderr are piped. */
export function spawnViteBuild(build: BuildTarget, env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, [viteBin(), 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    env: { ...process.env, ...env, TARGET: build.target },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}
