import type { Language } from '../ui/i18n.js';

/**
 * The background's own copies of ui/language.ts's names (imported, they would bring the panels'
 * words chunk into the background); catalogues.test.ts holds them equal.
 */
const LANGUAGES_SHIPPED = ['en', 'cy'] as const satisfies readonly Language[];
const storageKeyOf = (language: Language) => `messages-${language}`;

/**
 * Copies both languages' catalogues (`_locales/<language>/messages.json`, files of the build) into
 * storage.local, where the content scripts read the one the browser's own i18n does not speak:
 * a content script cannot fetch an extension file that web pages may not load, and listing the
 * catalogues as web-accessible would let any page read them. Run at install, update and browser
 * start, so the copy always matches the installed build.
 */
export async function copyCataloguesToStorage(
  fileUrl: (path: string) => string,
  store: (items: Record<string, unknown>) => Promise<void>,
  fetchImpl: typeof fetch = fetch,
): Promise<void> {
  const entries = await Promise.all(LANGUAGES_SHIPPED.map(async (language) => {
    const response = await fetchImpl(fileUrl(`_locales/${language}/messages.json`));
    return [storageKeyOf(language), await response.json()] as const;
  }));
  await store(Object.fromEntries(entries));
}
