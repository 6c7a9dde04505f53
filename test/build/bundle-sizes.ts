import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What each part of a built extension (`dist/chrome`, `dist/firefox`) costs the browser to load,
 * in gzipped bytes, found by following the imports of the built files themselves: what is
 * measured is what ships. Used by the size budget test (./budgets.test.ts) and `npm run bench`.
 */

export interface PartSize {
  /** Files loaded, relative to the build's folder. */
  files: string[];
  /** Their sizes added up, each compressed on its own as a browser would fetch them. */
  gzipBytes: number;
}

export interface BuildSizes {
  /** The content script on a page of 127.0.0.1 that is not the portal: the loader and the entry it imports. */
  offPortal: PartSize;
  /** The content script on the portal page that loads the most: the above, and that page's chunk with everything it can import. */
  portal: PartSize & { page: string };
  background: PartSize;
  secureFrame: PartSize;
  /** Every file the content script can load on any page (its module imports are web-accessible). */
  contentScriptFiles: string[];
  /** What the manifest lets web pages load from the extension. */
  webAccessible: string[];
}

const STATIC_IMPORT = /\bimport\s*(?:[\w$\s{},*]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'](\.{1,2}\/[^"']+\.js)["']\s*\)/g;
const EXTENSION_URL = /getURL\(\s*["']([^"']+\.js)["']\s*\)/g;
const PAGE_SCRIPT = /<script[^>]*\bsrc="\/?([^"]+\.js)"/g;

interface Manifest {
  content_scripts: { js: string[] }[];
  background: { service_worker?: string; scripts?: string[] };
  web_accessible_resources: { resources: string[] }[];
}

export function measureBuild(buildDir: string): BuildSizes {
  const read = (file: string) => readFileSync(path.join(buildDir, file), 'utf8');
  const importsOf = (file: string, pattern: RegExp): string[] =>
    [...read(file).matchAll(pattern)].map((match) => path.posix.normalize(path.posix.join(path.posix.dirname(file), match[1] ?? '')));
  /** The file and everything it imports statically, as the browser loads them together. */
  const withStaticImports = (roots: string[]): Set<string> => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const imported of importsOf(file, STATIC_IMPORT)) visit(imported);
    };
    roots.forEach(visit);
    return seen;
  };
  /** `loaded`, and everything `roots` can ever load that is not in it yet, dynamic imports included. */
  const everythingFrom = (roots: string[], loaded: Set<string>): Set<string> => {
    const all = new Set(loaded);
    const visit = (file: string) => {
      if (all.has(file)) return;
      all.add(file);
      for (const imported of [...importsOf(file, STATIC_IMPORT), ...importsOf(file, DYNAMIC_IMPORT)]) visit(imported);
    };
    roots.forEach(visit);
    return all;
  };
  const part = (files: Set<string>): PartSize => ({
    files: [...files].sort(),
    gzipBytes: [...files].reduce((sum, file) => sum + gzipSync(readFileSync(path.join(buildDir, file)), { level: 9 }).length, 0),
  });

  const manifest = JSON.parse(read('manifest.json')) as Manifest;
  const loaders = manifest.content_scripts.flatMap((script) => script.js);
  // crxjs's loader is a classic script that imports the entry module by its extension address.
  const entries = loaders.flatMap((loader) => [...read(loader).matchAll(EXTENSION_URL)].map((match) => match[1] ?? ''));
  const offPortal = withStaticImports([...loaders, ...entries]);
  // The entry loads one chunk per portal page (extension/content/index.ts): each page costs the
  // entry, that chunk, and everything the chunk can import.
  const pageChunks = [...new Set([...offPortal].flatMap((file) => importsOf(file, DYNAMIC_IMPORT)))];
  const portal = pageChunks
    .map((chunk) => ({ page: chunk, ...part(everythingFrom([chunk], offPortal)) }))
    .reduce((worst, page) => (page.gzipBytes > worst.gzipBytes ? page : worst), { page: '(no page chunk)', ...part(offPortal) });
  const backgroundRoots = manifest.background.service_worker !== undefined ? [manifest.background.service_worker] : manifest.background.scripts ?? [];
  const framePage = 'extension/pages/secure-frame/index.html';
  const frameScripts = [...read(framePage).matchAll(PAGE_SCRIPT)].map((match) => match[1] ?? '');
  return {
    offPortal: part(offPortal),
    portal,
    contentScriptFiles: [...everythingFrom([...loaders, ...entries], new Set())].sort(),
    background: part(everythingFrom(backgroundRoots, new Set())),
    secureFrame: part(everythingFrom(frameScripts, new Set())),
    webAccessible: manifest.web_accessible_resources.flatMap((entry) => entry.resources),
  };
}
