import { describe, expect, it } from 'vitest';
import { chosenLanguage, keepLanguage, LANGUAGE_STORAGE_KEY, languageFromBrowser, type LanguagePlace } from './language.js';

function place(languages: string[], kept?: string): LanguagePlace & { stored: Map<string, string> } {
  const stored = new Map<string, string>(kept === undefined ? [] : [[LANGUAGE_STORAGE_KEY, kept]]);
  return {
    stored,
    navigator: { languages },
    localStorage: { getItem: (key) => stored.get(key) ?? null, setItem: (key, value) => { stored.set(key, value); } },
  };
}

describe("the console's language", () => {
  it("starts in Welsh for a browser that puts Welsh before English, otherwise in English", () => {
    expect(languageFromBrowser(['cy-GB', 'en-GB'])).toBe('cy');
    expect(languageFromBrowser(['cy'])).toBe('cy');
    expect(languageFromBrowser(['fr-FR', 'cy'])).toBe('cy');
    expect(languageFromBrowser(['en-GB', 'cy'])).toBe('en');
    expect(languageFromBrowser(['fr-FR'])).toBe('en');
    expect(languageFromBrowser([])).toBe('en');
  });

  it("keeps the trainer's own choice over the browser's", () => {
    const welshBrowser = place(['cy-GB'], 'en');
    expect(chosenLanguage(welshBrowser)).toBe('en');
    keepLanguage(welshBrowser, 'cy');
    expect(chosenLanguage(welshBrowser)).toBe('cy');
  });

  it('ignores a kept value that is not a language, and storage that is turned off', () => {
    expect(chosenLanguage(place(['cy'], 'xx'))).toBe('cy');
    const refusing: LanguagePlace = {
      navigator: { languages: ['cy'] },
      localStorage: { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } },
    };
    expect(chosenLanguage(refusing)).toBe('cy');
    expect(() => { keepLanguage(refusing, 'en'); }).not.toThrow();
  });
});
