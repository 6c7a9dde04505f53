import type english from '../_locales/en/messages.json';

/**
 * Every word the extension shows comes from its two catalogues, `_locales/en/messages.json` and
 * `_locales/cy/messages.json`, through `t`. The type import brings in the key names only: no
 * byte of the catalogue is bundled.
 *
 * The browser's own `i18n.getMessage` can only speak the browser's language. When the person (or
 * the ESR page, see ./language.ts) wants the other one, its catalogue is read from
 * `storage.local` (content scripts, which cannot fetch extension files a page may not load) or
 * fetched (extension pages), and `t` substitutes its placeholders exactly as the browser does.
 */
export type MessageKey = keyof typeof english;

export const LANGUAGES = ['en', 'cy'] as const;
export type Language = (typeof LANGUAGES)[number];

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type Catalogue = Partial<Record<string, Message>>;

interface I18nApi {
  getMessage(key: string, substitutions?: string[]): string;
  getUILanguage(): string;
}

/** Where the words come from now: the browser's own catalogue, or one read from storage. */
let words: { language: Language; catalogue: Catalogue | null } | null = null;

function browserI18n(): I18nApi {
  const scope = globalThis as { browser?: { i18n: I18nApi }; chrome?: { i18n: I18nApi } };
  const api = (scope.browser ?? scope.chrome)?.i18n;
  if (api === undefined) throw new Error('ESR MFA: no i18n API here (not an extension page or content script)');
  return api;
}

/** "cy", "cy-GB" → Welsh; anything else → English, the extension's default_locale. */
export function languageOfTag(tag: string | null | undefined): Language {
  return /^cy\b/i.test(tag ?? '') ? 'cy' : 'en';
}

/** The language `i18n.getMessage` answers in: the browser's, or English when it has no catalogue for it. */
export function browserLanguage(): Language {
  return languageOfTag(browserI18n().getUILanguage());
}

/**
 * Speaks `language` from now on: through the browser when that is the browser's language, else
 * from `catalogue`. Without a catalogue (not copied to storage yet, say) it stays with the
 * browser's language rather than show nothing.
 */
export function speak(language: Language, catalogue: Catalogue | null): Language {
  const viaBrowser = language === browserLanguage() || catalogue === null;
  words = viaBrowser ? { language: browserLanguage(), catalogue: null } : { language, catalogue };
  return words.language;
}

/** The language the words are in, for `lang` attributes and date formats. */
export function currentLanguage(): Language {
  return words?.language ?? browserLanguage();
}

/** The words for `key`, with `$1`… (and named placeholders) filled from `substitutions`. */
export function t(key: MessageKey, ...substitutions: string[]): string {
  const catalogue = words?.catalogue ?? null;
  if (catalogue === null) return browserI18n().getMessage(key, substitutions);
  const message = catalogue[key];
  return message === undefined ? '' : substitute(message, substitutions);
}

/**
 * What `i18n.getMessage` does with a message and its substitutions (Chrome's message bundle and
 * Firefox's localizeMessage agree): each `$name$` becomes its placeholder's content (names in any
 * case), then `$1`…`$9` become the substitutions (empty when missing) and `$$` a single `$`.
 */
export function substitute(message: Message, substitutions: readonly string[]): string {
  const placeholders = new Map(Object.entries(message.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]));
  const named = message.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole);
  return named.replace(/\$(?:([1-9])|(\$+))/g, (_whole, index: string | undefined, dollars: string | undefined) =>
    index === undefined ? (dollars ?? '') : (substitutions[Number(index) - 1] ?? ''));
}
