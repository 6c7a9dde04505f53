import { crx, defineManifest } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import base from './manifest.json' with { type: 'json' };

/**
 * One codebase, two extensions: `TARGET=chrome` or `TARGET=firefox` writes `dist/<target>`.
 * manifest.json is the Chrome manifest; Firefox's is derived from it here.
 */
const TARGET = process.env['TARGET'] ?? 'chrome';
if (TARGET !== 'chrome' && TARGET !== 'firefox') throw new Error(`TARGET must be chrome or firefox, not "${TARGET}"`);

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

export default defineConfig({
  plugins: [preact(), crx({ manifest, browser: TARGET })],
  build: {
    outDir: `dist/${TARGET}`,
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    rollupOptions: {
      // crxjs builds pages it finds in the manifest's page fields; this one is only web-accessible.
      input: { 'secure-frame': 'extension/pages/secure-frame/index.html' },
    },
  },
});
