import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Language } from '../../../../shared/words/index.js';
import type { ConsoleWords } from './catalogue.js';
import { cy } from './cy.js';
import { en } from './en.js';

export * from './catalogue.js';

/** The console's catalogues, one per language the product speaks: a missing one does not compile. */
export const CONSOLE_CATALOGUES: Record<Language, ConsoleWords> = { en, cy };

export function consoleWordsFor(language: Language): ConsoleWords {
  return CONSOLE_CATALOGUES[language];
}

/** The words of the language the trainer chose, for every component below the App. */
export const WordsContext = createContext<ConsoleWords>(en);

export function useWords(): ConsoleWords {
  return useContext(WordsContext);
}
