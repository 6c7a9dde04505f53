import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureBuild, type BuildSizes } from './bundle-sizes.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The budgets of docs/performance.md, in gzipped bytes. */
export const BUDGETS = {
  offPortal: 2 * 1024,
  portal: 20 * 1024,
  background: 40 * 1024,
  secureFrame: 25 * 1024,
} as const satisfies Record<keyof Pick<BuildSizes, 'offPortal' | 'portal' | 'background' | 'secureFrame'>, number>;

const SECURE_FRAME_PAGE = 'extension/pages/secure-frame/index.html';

describe.each(['chrome', 'firefox'])('the %s build', (target) => {
  const buildDir = path.join(ROOT, 'dist', target);

  it('loads no more than its budgets allow', () => {
    if (!existsSync(path.join(buildDir, 'manifest.json'))) throw new Error(`dist/${target} is missing: run npm run build first (npm test does)`);
    const sizes = measureBuild(buildDir);
    const rows = (Object.keys(BUDGETS) as (keyof typeof BUDGETS)[]).map((part) => ({ part, gzipBytes: sizes[part].gzipBytes, budget: BUDGETS[part], files: sizes[part].files.length }));
    console.log(`dist/${target}, gzipped:\n${rows.map((row) => `  ${row.part.padEnd(12)} ${String(row.gzipBytes).padStart(6)} B of ${String(row.budget).padStart(6)} B (${row.files} files)${row.gzipBytes > row.budget ? '  OVER BUDGET' : ''}`).join('\n')}\n  worst portal page loads ${path.basename(sizes.portal.page)}`);
    expect(rows.filter((row) => row.gzipBytes > row.budget)).toEqual([]);
  });

  it('lets web pages load only the secure frame and the files the content script imports', () => {
    const sizes = measureBuild(buildDir);
    // Chrome and Firefox load a content script's module imports as web-accessible resources:
    // those, and the secure frame page that the portal frames, and nothing else (no options page,
    // no background, no chunk of the secure frame's own, which loads as an extension page).
    const needed = new Set([SECURE_FRAME_PAGE, ...sizes.contentScriptFiles]);
    expect(sizes.webAccessible.filter((file) => !needed.has(file))).toEqual([]);
    expect(sizes.webAccessible).toContain(SECURE_FRAME_PAGE);
  });
});
