import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILD_TARGETS, buildTarget, isSourceOf, whyStale, type BuildTarget } from './builds.js';

const BUILD: BuildTarget = { target: 'chrome', dist: 'dist/chrome', marker: 'manifest.json', sources: ['extension', 'manifest.json'] };

describe('whether a build is out of date', () => {
  let root: string;
  /** Writes a file and dates it `secondsAgo` ago. */
  const file = (name: string, secondsAgo: number) => {
    const at = path.join(root, name);
    mkdirSync(path.dirname(at), { recursive: true });
    writeFileSync(at, name);
    const when = new Date(Date.now() - secondsAgo * 1000);
    utimesSync(at, when, when);
  };
  /** Dates a folder, as adding or removing a file in it would. */
  const folder = (name: string, secondsAgo: number) => {
    const when = new Date(Date.now() - secondsAgo * 1000);
    utimesSync(path.join(root, name), when, when);
  };

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'esr-mfa-builds-'));
    file('manifest.json', 100);
    file('extension/content/start.ts', 100);
    folder('extension/content', 100);
    folder('extension', 100);
  });
  afterEach(() => { rmSync(root, { recursive: true, force: true }); });

  it('is out of date when it was never built', () => {
    expect(whyStale(BUILD, root)).toBe('dist/chrome has not been built');
  });

  it('is up to date when its manifest is newer than every source, tests aside', () => {
    file('dist/chrome/manifest.json', 50);
    expect(whyStale(BUILD, root)).toBeNull();
    file('extension/content/start.test.ts', 10);
    folder('extension/content', 100);
    expect(whyStale(BUILD, root)).toBeNull();
  });

  it('names the newer source, however deep, and a file removed from a folder', () => {
    file('dist/chrome/manifest.json', 50);
    file('extension/content/start.ts', 10);
    expect(whyStale(BUILD, root)).toBe(`${path.join('extension', 'content', 'start.ts')} changed since dist/chrome was built`);
    file('extension/content/start.ts', 100);
    folder('extension/content', 5);
    expect(whyStale(BUILD, root)).toBe(`${path.join('extension', 'content')} changed since dist/chrome was built`);
  });

  it('tells which build a changed file belongs to', () => {
    expect(isSourceOf(BUILD, 'extension/content/start.ts')).toBe(true);
    expect(isSourceOf(BUILD, 'manifest.json')).toBe(true);
    expect(isSourceOf(BUILD, 'extension/content/start.test.ts')).toBe(false);
    expect(isSourceOf(BUILD, 'extensions/other.ts')).toBe(false);
    expect(isSourceOf(BUILD, 'helper/cli.ts')).toBe(false);
  });

  it('lists a build per browser, made from the extension, the contract and the build settings, and the console page', () => {
    expect(BUILD_TARGETS.map((build) => build.dist)).toEqual(['dist/chrome', 'dist/firefox', 'dist/console']);
    expect(isSourceOf(buildTarget('console'), 'helper/console/page/phone.tsx')).toBe(true);
    expect(isSourceOf(buildTarget('console'), 'helper/console/server.ts')).toBe(false);
    expect(buildTarget('firefox').sources).toEqual(['extension', 'shared', 'manifest.json', 'vite.config.ts']);
  });
});
