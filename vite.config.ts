import { crx, defineManifest } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import base from './manifest.json' with { type: 'json' };

/**
 * One codebase, three builds, each written to `dist/<target>`:
 * - `TARGET=chrome` or `TARGET=firefox`: the extension. manifest.json is the Chrome manifest;
 *   Firefox's is derived from it here.
 * - `TARGET=console`: the trainer console's page (helper/console/page), a plain web app that the
 *   helper serves on the console's own port. No crx plugin: it is not an extension.
 */
const TARGET = process.env['TARGET'] ?? 'chrome';
if (TARGET !== 'chrome' && TARGET !== 'firefox' && TARGET !== 'console') throw new Error(`TARGET must be chrome, firefox or console, not "${TARGET}"`);

/** Fixed so tests and trainers can pin it; Firefox gives each install its own moz-extension:// UUID. */
export const GECKO_ID = 'esr-mfa@training.esr.nhs.uk';

const manifest = defineManifest(() => {
  // `key` fixes the Chrome extension id (so the helper can allow exactly that origin); Firefox ignores it.
  const { key, background, ...common } = base;
  if (TARGET === 'chrome') return { ...common, key, background };
  return {
    ...common,
    background: { scripts: [background.service_worker], type: 'module' as const },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        // 140 is the current ESR and the first release that knows data_collection_permissions.
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  };
});

/**
 * The extension's words (extension/_locales/<language>/messages.json) go to the root of the build,
 * where browser.i18n looks for them and the manifest's __MSG_…__ names are filled from them.
 */
function localesAtBuildRoot(): Plugin {
  const source = path.join(import.meta.dirname, 'extension/_locales');
  return {
    name: 'esr-mfa-locales',
    generateBundle() {
      for (const language of readdirSync(source)) {
        const file = path.join(source, language, 'messages.json');
        this.addWatchFile(file);
        // Parsed and written again, so a catalogue that is not JSON fails the build.
        this.emitFile({ type: 'asset', fileName: `_locales/${language}/messages.json`, source: JSON.stringify(JSON.parse(readFileSync(file, 'utf8'))) });
      }
    },
  };
}

const UI_WORDS_MODULES = ['/extension/ui/i18n.ts', '/extension/ui/language.ts', '/extension/ui/words.ts', '/extension/ui/error-text.ts', '/shared/duration.ts', '/extension/ui/code-field.tsx', '/extension/ui/submit-code.ts'];

const extensionConfig: UserConfig = {
  plugins: [preact(), crx({ manifest, browser: TARGET === 'firefox' ? 'firefox' : 'chrome' }), localesAtBuildRoot()],
  build: {
    outDir: `dist/${TARGET}`,
    emptyOutDir: true,
    // No preloading of a dynamic import's dependencies: in the content script it would add <link>
    // elements to the portal page, and every file is already on disk, in the extension.
    modulePreload: false,
    rollupOptions: {
      // crxjs builds pages it finds in the manifest's page fields; this one is only web-accessible.
      input: { 'secure-frame': 'extension/pages/secure-frame/index.html' },
      // Preact in a chunk of its own name: Mozilla's linter warns about its renderer's one
      // innerHTML (used only for dangerouslySetInnerHTML, which our lint rules forbid), and the
      // Firefox lint test allows that warning in that file alone.
      // The extension's words (the i18n accessor, the language choice, durations, error words) and
      // the code field that says most of them, in one chunk too: nearly every panel needs them, and
      // split further they would only be more files for the content script to fetch one by one,
      // each one more web-accessible resource.
      output: { manualChunks: (id) => (id.includes('/node_modules/preact/') ? 'preact' : UI_WORDS_MODULES.some((module) => id.endsWith(module)) ? 'ui-words' : undefined) },
    },
  },
};

const ROOT = import.meta.dirname;

const consoleConfig: UserConfig = {
  plugins: [preact()],
  // The page's folder is the app's root, so the build writes index.html at the top of
  // dist/console rather than under helper/console/page/.
  root: path.join(ROOT, 'helper/console/page'),
  // Relative asset addresses: the page works wherever the console's server mounts the folder.
  base: './',
  publicDir: false,
  resolve: {
    // nhsuk-frontend's CSS names its icons from the site root (/assets/images/...), where the
    // portal serves them; the console's build bundles them instead.
    alias: [{ find: /^\/assets\/images\//, replacement: `${path.join(ROOT, 'node_modules/nhsuk-frontend/dist/nhsuk/assets/images')}/` }],
  },
  build: {
    outDir: path.join(ROOT, 'dist/console'),
    emptyOutDir: true,
    // The server's CSP is script-src 'self': no inline module-preload polyfill, and no asset
    // turned into a data: address that img-src might refuse.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    // nhsuk-frontend's CSS comes minified already, with old-browser hacks (`@media screen\0`)
    // that esbuild's minifier warns about on every build; the console's own CSS is a few lines.
    cssMinify: false,
  },
};

export default defineConfig(TARGET === 'console' ? consoleConfig : extensionConfig);
