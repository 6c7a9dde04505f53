import { readFileSync } from 'node:fs';
import path from 'node:path';

const PACKAGE_NAME = 'esr-mfa';

/**
 * The project folder: the nearest folder at or above `from` whose package.json is this project's.
 * The helper runs from two places, its sources in helper/ (tsx, vitest, npm run dev) and the bundle
 * in dist/helper/ (npm start), where every module's import.meta.dirname is dist/helper. So a file
 * the helper reads at run time (its stylesheet, the console's built page) is found from here, never
 * from the module's own folder.
 */
export function projectRoot(from: string): string {
  for (let folder = path.resolve(from); ; folder = path.dirname(folder)) {
    if (packageName(path.join(folder, 'package.json')) === PACKAGE_NAME) return folder;
    if (path.dirname(folder) === folder) throw new Error(`No ${PACKAGE_NAME} project folder at or above ${from}`);
  }
}

function packageName(file: string): unknown {
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown }).name;
  } catch {
    return undefined;
  }
}

/** The project folder this helper belongs to. */
export const ROOT = projectRoot(import.meta.dirname);
