import type { PersonState, Scenario } from '../contract.js';
import { dateTimeText } from './format.js';
import { SCENARIO_IDS, type ConsoleWords, type ScenarioFacts, type ScenarioId, type ScenarioWords } from './words/index.js';

/**
 * A scenario in the trainer's language. The helper names and describes its scenarios in English;
 * the console has its own words for each id it knows, and says what one did from the people the
 * helper sent back, rather than from the helper's English sentence.
 */

const AMIR = '999AKHAN01';
const JANE = '999JSMITH01';

function isKnownScenario(id: string): id is ScenarioId {
  return (SCENARIO_IDS as readonly string[]).includes(id);
}

/** The console's words for a scenario, or null for one the console does not know yet (shown in the helper's English). */
export function scenarioWords(id: string, words: ConsoleWords): ScenarioWords | null {
  return isKnownScenario(id) ? words.scenarios.byId[id] : null;
}

/** What the done messages need, read from the people after the scenario ran. */
export function scenarioFacts(people: PersonState[], words: ConsoleWords): ScenarioFacts {
  const amir = people.find((person) => person.username === AMIR);
  const jane = people.find((person) => person.username === JANE);
  const lockedUntil = amir?.lockedUntil.code ?? null;
  return {
    amirCodesLockedUntil: lockedUntil === null ? null : dateTimeText(lockedUntil, words),
    amirRememberedBrowsers: amir?.rememberedDevices.length ?? 0,
    janeRecoveryCodes: jane?.recoveryCodes.knownUnused ?? [],
  };
}

/** The title and description to show, and whether they are the helper's English (unknown id). */
export function scenarioTitle(scenario: Scenario, words: ConsoleWords): { title: string; description: string; english: boolean } {
  const own = scenarioWords(scenario.id, words);
  return own === null ? { title: scenario.title, description: scenario.description, english: true } : { title: own.title, description: own.description, english: false };
}
