// @ts-check
/**
 * The helper's build: helper/cli.ts and all it imports from helper/ and shared/, bundled by esbuild
 * into dist/helper/cli.js, so that `npm start` runs JavaScript and compiles nothing as it starts.
 * `npm run build:helper` (part of `npm run build`) runs this file; `npm start` (../start.mjs) calls
 * buildHelper() itself when the build is missing or out of date. JavaScript rather than TypeScript
 * because it must run before there is a build: see ./stale.mjs.
 *
 * Dependencies are not bundled: they load from node_modules as they are, above all better-sqlite3
 * with its native driver. The files the helper reads as it runs are found from the project folder
 * (../project-root.ts), so the bundle, two folders down in dist/helper/, finds them as helper/ does.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { whyStale } from './stale.mjs';

/** The project folder. This file is run, or imported by code that is not bundled, so its own place says. */
export const ROOT = path.resolve(import.meta.dirname, '../..');

/** @type {import('./stale.mjs').Built} */
export const HELPER_BUILD = {
  dist: 'dist/helper',
  marker: 'cli.js',
  // esbuild reads tsconfig.json too (JSX, module syntax); this file, in helper/, says how to build.
  sources: ['helper', 'shared', 'tsconfig.json'],
};

/**
 * Builds dist/helper. Every file is written under a temporary name and renamed into place, the
 * marker (cli.js) last, so a start never finds half a build, even when two starts build at once
 * (tests do). Rejects with esbuild's messages when the code does not build.
 * @param {string} [root] the project folder
 * @returns {Promise<void>}
 */
export async function buildHelper(root = ROOT) {
  // Loaded only to build: a start with a build that is up to date never loads esbuild.
  const esbuild = await import('esbuild');
  const startedAt = Date.now();
  const outdir = path.join(root, HELPER_BUILD.dist);
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['helper/cli.ts'],
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    packages: 'external',
    // The browser launcher is imported only when a browser is to open (helper/launcher/index.ts),
    // and puppeteer with it: splitting keeps it in a chunk of its own, loaded then, not at every start.
    splitting: true,
    chunkNames: '[name]-[hash]',
    // Stack traces name the TypeScript (npm start turns source maps on); the sources are in the project.
    sourcemap: 'linked',
    sourcesContent: false,
    write: false,
    logLevel: 'silent',
  });
  mkdirSync(outdir, { recursive: true });
  const marker = path.join(outdir, HELPER_BUILD.marker);
  const files = [...result.outputFiles].sort((a, b) => Number(a.path === marker) - Number(b.path === marker));
  for (const file of files) {
    const temporary = `${file.path}.${String(process.pid)}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
  }
  // Dated when the build began: a source saved while it ran is newer, so the next start builds again.
  utimesSync(marker, new Date(startedAt), new Date(startedAt));
  // Chunks an earlier build left, under other names (a build running beside this one writes newer files).
  const written = new Set(files.map((file) => file.path));
  for (const name of readdirSync(outdir)) {
    const file = path.join(outdir, name);
    if (!written.has(file) && statSync(file).mtimeMs < startedAt) rmSync(file, { force: true });
  }
}

/**
 * What `npm start` does before it runs the helper: builds it when the build is missing or older
 * than its sources, saying so on one line, as the launcher does for the extension
 * (./index.ts, buildIfStale) with the same check. Resolves whether there is a build to run; when
 * the code does not build, esbuild's messages are written too.
 * @param {string} [root] the project folder
 * @param {(text: string) => void} [write] where the line goes
 * @returns {Promise<boolean>}
 */
export async function buildHelperIfStale(root = ROOT, write = (text) => { process.stdout.write(text); }) {
  const why = whyStale(HELPER_BUILD, root);
  if (why === null) return true;
  write(`Building the helper (${why})... `);
  const started = Date.now();
  try {
    await buildHelper(root);
  } catch (error) {
    write(`the build failed.\n${error instanceof Error ? error.message : String(error)}\nFix it and start again; npm run build:helper says the same.\n`);
    return false;
  }
  write(`built ${HELPER_BUILD.dist} in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
  return true;
}

// `node helper/launcher/helper-build.mjs`, as npm run build:helper runs it: quiet unless it fails.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    await buildHelper();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
