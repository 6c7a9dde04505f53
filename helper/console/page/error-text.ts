import type { ConsoleFailure } from './api.js';
import { scenarioWords } from './scenario-text.js';
import type { ConsoleWords } from './words/index.js';

/**
 * What a refusal of the console API means, in the trainer's language, from its code alone: the
 * server's message is English and is never shown. A scenario that cannot be set up may have its
 * own reason.
 */
export function errorText(error: Pick<ConsoleFailure, 'code'>, words: ConsoleWords, scenarioId?: string): string {
  if (error.code === 'scenario-not-possible' && scenarioId !== undefined) {
    const own = scenarioWords(scenarioId, words)?.notPossible;
    if (own !== undefined) return own;
  }
  return words.errors[error.code];
}
