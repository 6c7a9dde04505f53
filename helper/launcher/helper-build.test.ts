import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHelperIfStale, HELPER_BUILD, ROOT } from './helper-build.mjs';

/**
 * What npm start does before it runs the helper, in a project folder of its own: the real sources,
 * linked in, and a dist/ of its own, so the project's build is left alone.
 */
describe("the helper's build, made when it is out of date", () => {
  let root: string;
  const lines: string[] = [];
  const write = (text: string) => { lines.push(text); };
  const said = () => lines.splice(0).join('');
  const marker = () => path.join(root, HELPER_BUILD.dist, HELPER_BUILD.marker);

  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'esr-mfa-helper-build-'));
    for (const source of HELPER_BUILD.sources) symlinkSync(path.join(ROOT, source), path.join(root, source));
  });
  afterAll(() => { rmSync(root, { recursive: true, force: true }); });

  it('is built when missing, saying so on one line, then left alone while up to date', async () => {
    const started = Date.now();
    expect(await buildHelperIfStale(root, write)).toBe(true);
    expect(said()).toMatch(/^Building the helper \(dist\/helper has not been built\)\.\.\. built dist\/helper in \d+\.\d s\.\n$/);
    // Dated when the build began, so a source saved while it ran counts as newer.
    expect(statSync(marker()).mtimeMs).toBeGreaterThanOrEqual(started - 1000);
    expect(statSync(marker()).mtimeMs).toBeLessThanOrEqual(Date.now());
    expect(existsSync(`${marker()}.map`)).toBe(true);

    expect(await buildHelperIfStale(root, write)).toBe(true);
    expect(said()).toBe('');
  }, 60_000);

  it('is built again when older than a source, and the chunks of earlier builds go', async () => {
    const longAgo = new Date(Date.UTC(2000, 0, 1));
    const leftover = path.join(root, HELPER_BUILD.dist, 'open-browser-OLD.js');
    mkdirSync(path.dirname(leftover), { recursive: true });
    writeFileSync(leftover, '');
    utimesSync(leftover, longAgo, longAgo);
    utimesSync(marker(), longAgo, longAgo);
    expect(await buildHelperIfStale(root, write)).toBe(true);
    expect(said()).toMatch(/^Building the helper \(.+ changed since dist\/helper was built\)\.\.\. built dist\/helper in \d+\.\d s\.\n$/);
    expect(existsSync(leftover)).toBe(false);
    expect(existsSync(marker())).toBe(true);
  }, 60_000);

  it('says why when the code does not build, and leaves no build behind', async () => {
    const broken = mkdtempSync(path.join(tmpdir(), 'esr-mfa-helper-build-broken-'));
    try {
      for (const source of HELPER_BUILD.sources) mkdirSync(path.join(broken, source === 'tsconfig.json' ? '' : source), { recursive: true });
      writeFileSync(path.join(broken, 'tsconfig.json'), '{}');
      writeFileSync(path.join(broken, 'helper/cli.ts'), 'const = 1;\n');
      expect(await buildHelperIfStale(broken, write)).toBe(false);
      expect(said()).toMatch(/^Building the helper \(dist\/helper has not been built\)\.\.\. the build failed\.\n[^]*helper\/cli\.ts:1:6[^]*\nFix it and start again; npm run build:helper says the same\.\n$/);
      expect(existsSync(path.join(broken, HELPER_BUILD.dist, HELPER_BUILD.marker))).toBe(false);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  }, 60_000);
});
