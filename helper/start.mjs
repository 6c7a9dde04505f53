// @ts-check
/**
 * `npm start`: the helper as built JavaScript (dist/helper/cli.js, made by npm run build), so a
 * start compiles nothing. When that build is missing or older than helper/, shared/ or
 * tsconfig.json (a fresh clone, a pull, an edit), it is made first, once, and said on one line, as
 * the launcher does for the extension with the same check (./launcher/stale.mjs). Every argument is
 * the helper's own (helper/cli.ts): it reads them from process.argv as if it had been run itself.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildHelperIfStale, HELPER_BUILD, ROOT } from './launcher/helper-build.mjs';

if (!(await buildHelperIfStale())) process.exit(1);
// Stack traces name the TypeScript sources, through the build's source maps.
process.setSourceMapsEnabled(true);
await import(pathToFileURL(path.join(ROOT, HELPER_BUILD.dist, HELPER_BUILD.marker)).href);
