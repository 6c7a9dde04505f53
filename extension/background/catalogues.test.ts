import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../ui/i18n.js';
import { CATALOGUES, fakeBrowserI18n } from '../ui/i18n-fake.js';
import { catalogueKey, speakOnPortalPage } from '../ui/language.js';
import { copyCataloguesToStorage } from './catalogues.js';

describe('copying the catalogues to storage.local', () => {
  it('stores every language under the key the content scripts read it from', async () => {
    const stored: Record<string, unknown> = {};
    // The background fetches the files of the build; here, the same files from the source.
    const readSourceFile = (path: string) => readFile(new URL(`../${path}`, import.meta.url), 'utf8').then((text) => new Response(text));
    await copyCataloguesToStorage((path) => path, (items) => { Object.assign(stored, items); return Promise.resolve(); }, ((path: string) => readSourceFile(path)) as typeof fetch);
    expect(Object.keys(stored).sort()).toEqual(LANGUAGES.map(catalogueKey).sort());
    for (const language of LANGUAGES) expect(stored[catalogueKey(language)]).toEqual(CATALOGUES[language]);
    // And what was stored is what a panel speaks from.
    fakeBrowserI18n('en');
    expect(speakOnPortalPage({ ...stored, language: 'cy' }, 'en-GB')).toBe('cy');
  });
});
