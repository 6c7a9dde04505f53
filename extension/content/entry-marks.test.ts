import { describe, expect, it } from 'vitest';
import { PORTAL_MARKER_ATTRIBUTE, PORTAL_PAGE_ATTRIBUTE } from '../../shared/portal-facts.js';

describe("the content script entry's own copies of the portal's marks", () => {
  it('are the marks the portal puts on its pages', async () => {
    // Read as text: importing the entry would run it, and it needs a page.
    const { readFile } = await import('node:fs/promises');
    const source = await readFile(new URL('./index.ts', import.meta.url), 'utf8');
    expect(source).toContain(`export const ENTRY_MARKER_ATTRIBUTE = '${PORTAL_MARKER_ATTRIBUTE}';`);
    expect(source).toContain(`export const ENTRY_PAGE_ATTRIBUTE = '${PORTAL_PAGE_ATTRIBUTE}';`);
  });
});

describe("the content script entry's own copies of the language keys", () => {
  it('are the keys the options page and the background write', async () => {
    const { readFile } = await import('node:fs/promises');
    const { LANGUAGE_CHOICE_KEY, catalogueKey } = await import('../ui/language.js');
    const source = await readFile(new URL('./index.ts', import.meta.url), 'utf8');
    expect(source).toContain(`export const ENTRY_LANGUAGE_CHOICE_KEY = '${LANGUAGE_CHOICE_KEY}';`);
    expect(source).toContain(`export const ENTRY_CATALOGUE_KEY_PREFIX = '${catalogueKey('cy').replace(/cy$/, '')}';`);
  });
});
