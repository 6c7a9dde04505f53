import cymraeg from '../_locales/cy/messages.json';
import english from '../_locales/en/messages.json';
import { substitute, type Catalogue, type Language } from './i18n.js';

/** The real catalogues, for tests. */
export const CATALOGUES: Record<Language, Catalogue> = { en: english, cy: cymraeg };

/**
 * For unit tests without a browser: a stand-in for `browser.i18n` in a browser whose language is
 * `uiLanguage`, answering from the real catalogues (the comparison with a real browser's
 * getMessage is in the e2e journey "The extension speaks Welsh").
 */
export function fakeBrowserI18n(uiLanguage: Language = 'en'): void {
  const scope = globalThis as { chrome?: unknown };
  scope.chrome = {
    i18n: {
      getUILanguage: () => (uiLanguage === 'en' ? 'en-GB' : 'cy'),
      getMessage: (key: string, substitutions: string[] = []) => {
        const message = CATALOGUES[uiLanguage][key];
        return message === undefined ? '' : substitute(message, substitutions);
      },
    },
  };
}
