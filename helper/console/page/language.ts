import { isLanguage, type Language } from '../../../shared/words/index.js';

/**
 * Which language the console speaks: the trainer's own choice with the header's switch, kept in
 * localStorage (the console's origin only, as its token is), else the browser's languages.
 */
export const LANGUAGE_STORAGE_KEY = 'esr-console-language';

/** What the page needs of `window`; tests pass a fake one. */
export interface LanguagePlace {
  navigator: { languages: readonly string[] };
  localStorage: Pick<Storage, 'getItem' | 'setItem'>;
}

/**
 * The first of the browser's languages that the console speaks decides ("cy", "cy-GB": Welsh), so
 * someone who lists Welsh before English gets Welsh, and a browser in any other language English.
 */
export function languageFromBrowser(languages: readonly string[]): Language {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'cy') return 'cy';
    if (primary === 'en') return 'en';
  }
  return 'en';
}

export function chosenLanguage(place: LanguagePlace): Language {
  try {
    const kept = place.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    if (isLanguage(kept)) return kept;
  } catch {
    // Storage can be turned off: the browser's languages still decide.
  }
  return languageFromBrowser(place.navigator.languages);
}

export function keepLanguage(place: Pick<LanguagePlace, 'localStorage'>, language: Language): void {
  try {
    place.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not kept: the switch still works until the tab closes.
  }
}
