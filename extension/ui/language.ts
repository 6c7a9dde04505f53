import { browserLanguage, languageOfTag, LANGUAGES, speak, type Catalogue, type Language } from './i18n.js';

/**
 * Which language the extension speaks: the person's choice on the options page, kept in
 * `storage.local` (the content scripts read it there, with no round trip to the background).
 * 'auto', the default, follows the ESR page the panel is drawn on (its <html lang>, which the
 * portal sets from its own switch or the browser's Accept-Language); on the options page, which
 * has no ESR page, the browser's languages.
 */
export const LANGUAGE_CHOICES = ['auto', ...LANGUAGES] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

/** storage.local keys. The content script's entry has its own copies (a test holds them equal). */
export const LANGUAGE_CHOICE_KEY = 'language';
export const catalogueKey = (language: Language): string => `messages-${language}`;

export const isLanguageChoice = (value: unknown): value is LanguageChoice => (LANGUAGE_CHOICES as readonly unknown[]).includes(value);

export function wantedLanguage(choice: LanguageChoice, automatic: Language): Language {
  return choice === 'auto' ? automatic : choice;
}

/**
 * In a content script: speaks the language wanted on an ESR page whose <html lang> is `pageTag`,
 * from what the entry read from storage.local as soon as it saw the portal (the choice, and the
 * catalogue the browser's own i18n cannot give).
 */
export function speakOnPortalPage(stored: Record<string, unknown>, pageTag: string): Language {
  const choice = isLanguageChoice(stored[LANGUAGE_CHOICE_KEY]) ? stored[LANGUAGE_CHOICE_KEY] : 'auto';
  const language = wantedLanguage(choice, languageOfTag(pageTag));
  const catalogue = stored[catalogueKey(language)];
  return speak(language, typeof catalogue === 'object' && catalogue !== null ? catalogue : null);
}

/** The first of the browser's languages the extension speaks; English when none is. */
export function languageOfBrowserLanguages(languages: readonly string[]): Language {
  const spoken = languages.find((tag) => /^(en|cy)\b/i.test(tag));
  return languageOfTag(spoken);
}

interface StorageApi {
  storage: { local: { get(keys: string[]): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
  runtime: { getURL(path: string): string };
}

function extensionStorage(): StorageApi {
  const scope = globalThis as { browser?: StorageApi; chrome?: StorageApi };
  const api = scope.browser ?? scope.chrome;
  if (api === undefined) throw new Error('ESR MFA: no extension API here');
  return api;
}

export async function readLanguageChoice(): Promise<LanguageChoice> {
  const stored = await extensionStorage().storage.local.get([LANGUAGE_CHOICE_KEY]);
  const choice = stored[LANGUAGE_CHOICE_KEY];
  return isLanguageChoice(choice) ? choice : 'auto';
}

export async function saveLanguageChoice(choice: LanguageChoice): Promise<void> {
  await extensionStorage().storage.local.set({ [LANGUAGE_CHOICE_KEY]: choice });
}

/** An extension page may fetch its own files: it reads the other catalogue straight from the build. */
async function fetchCatalogue(language: Language): Promise<Catalogue | null> {
  if (language === browserLanguage()) return null;
  try {
    const response = await fetch(extensionStorage().runtime.getURL(`_locales/${language}/messages.json`));
    return (await response.json()) as Catalogue;
  } catch {
    return null;
  }
}

/** On an extension page (options, secure frame): speaks `language`, and marks the page as in it. */
export async function speakOnExtensionPage(language: Language): Promise<Language> {
  const spoken = speak(language, await fetchCatalogue(language));
  document.documentElement.lang = spoken;
  return spoken;
}
