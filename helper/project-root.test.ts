import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, ROOT } from './project-root.js';

describe('the project folder', () => {
  it('is found the same from the sources in helper/ and from the bundle in dist/helper/', () => {
    expect(ROOT).toBe(path.resolve(import.meta.dirname, '..'));
    expect(projectRoot(path.join(ROOT, 'helper/http'))).toBe(ROOT);
    expect(projectRoot(path.join(ROOT, 'helper'))).toBe(ROOT);
    expect(projectRoot(path.join(ROOT, 'dist/helper'))).toBe(ROOT);
  });

  it('is not found outside the project', () => {
    expect(() => projectRoot(path.parse(ROOT).root)).toThrow(/No esr-mfa project folder/);
  });
});
