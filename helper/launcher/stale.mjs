// @ts-check
/**
 * Whether a build is out of date: missing, or older than one of its sources. JavaScript rather
 * than TypeScript because `npm start` (helper/start.mjs) asks it about the helper's own build
 * before there is any built helper to run, and Node runs no TypeScript without a compiler. The
 * extension's and the console's builds (./builds.ts) are judged by the same code.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * @typedef {object} Built
 * @property {string} dist Where the build goes, relative to the project folder.
 * @property {string} marker The file, inside `dist`, that stands for the whole build: written last, so a build that failed half-way leaves none.
 * @property {readonly string[]} sources Files and folders, relative to the project folder, whose change makes the build out of date.
 */

/**
 * Tests sit beside the code they test, but no build includes them.
 * @param {string} file
 * @returns {boolean}
 */
export function isBuildInput(file) {
  return !/\.test\.tsx?$/.test(file);
}

/**
 * The newest change under `entry`: a file's modification, or a folder's (a file added or removed).
 * @param {string} entry
 * @returns {{ file: string, mtimeMs: number }}
 */
function newest(entry) {
  const stats = statSync(entry);
  let found = { file: entry, mtimeMs: stats.mtimeMs };
  if (!stats.isDirectory()) return found;
  for (const name of readdirSync(entry)) {
    if (!isBuildInput(name)) continue;
    const inner = newest(path.join(entry, name));
    if (inner.mtimeMs > found.mtimeMs) found = inner;
  }
  return found;
}

/**
 * Why the build is out of date (missing, or older than a source), or null when it is not.
 * @param {Built} build
 * @param {string} root the project folder
 * @returns {string | null}
 */
export function whyStale(build, root) {
  let builtAt;
  try {
    builtAt = statSync(path.join(root, build.dist, build.marker)).mtimeMs;
  } catch {
    return `${build.dist} has not been built`;
  }
  for (const source of build.sources) {
    const latest = newest(path.join(root, source));
    if (latest.mtimeMs > builtAt) return `${path.relative(root, latest.file)} changed since ${build.dist} was built`;
  }
  return null;
}
