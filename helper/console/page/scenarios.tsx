import { useEffect, useState } from 'preact/hooks';
import type { PersonState, Scenario } from '../contract.js';
import type { ConsoleApi } from './api.js';
import { errorText } from './error-text.js';
import { scenarioFacts, scenarioTitle, scenarioWords } from './scenario-text.js';
import { Done, Problem, useSaid } from './ui.js';
import { useWords, type ConsoleWords } from './words/index.js';

export interface ScenariosProps {
  api: ConsoleApi;
  onPeople: (people: PersonState[]) => void;
  onChanged: () => void;
}

/** Ready-made starting points for a demo, each set up in one press. */
export function Scenarios({ api, onPeople, onChanged }: ScenariosProps) {
  const words = useWords();
  const say = words.scenarios;
  const [scenarios, setScenarios] = useState<Scenario[] | null>(null);
  const [problem, setProblem] = useSaid();
  const [done, setDone] = useState<{ scenario: Scenario; people: PersonState[]; helperSaid: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  useEffect(() => {
    let stale = false;
    void api.scenarios().then((result) => {
      if (stale) return;
      if (result.ok) setScenarios(result.value);
      else {
        const { error } = result;
        setProblem((w) => errorText(error, w));
      }
    });
    return () => { stale = true; };
  }, [api]);

  async function run(scenario: Scenario) {
    if (busy !== null) return;
    setBusy(scenario.id);
    const result = await api.runScenario(scenario.id);
    setBusy(null);
    if (!result.ok) {
      const { error } = result;
      setDone(null);
      setProblem((w) => errorText(error, w, scenario.id));
      return;
    }
    setProblem(null);
    setDone({ scenario, people: result.value.people, helperSaid: result.value.done });
    onPeople(result.value.people);
    onChanged();
  }

  const doneText = done === null ? null : whatItDid(done.scenario, done.people, done.helperSaid, words);
  return (
    <>
      <Problem message={problem?.(words) ?? null} />
      <Done title={done === null ? undefined : say.setUpDone(scenarioTitle(done.scenario, words).title)} message={doneText} />
      {scenarios === null ? (problem === null && <p class="nhsuk-body">{say.loading}</p>) : scenarios.length === 0 ? <p class="nhsuk-body">{say.none}</p> : (
        <ul class="esr-scenarios" aria-label={say.listLabel}>
          {scenarios.map((scenario) => {
            const shown = scenarioTitle(scenario, words);
            // A scenario the console has no words for yet is the helper's English, and says so.
            const lang = shown.english ? 'en' : undefined;
            return (
              <li key={scenario.id} class="nhsuk-card esr-scenario">
                <div class="nhsuk-card__content">
                  <h3 class="nhsuk-card__heading nhsuk-heading-s" lang={lang}>{shown.title}</h3>
                  <p class="nhsuk-body-s" lang={lang}>{shown.description}</p>
                  <button type="button" class="nhsuk-button nhsuk-button--small" aria-busy={busy === scenario.id ? 'true' : 'false'} onClick={() => { void run(scenario); }}>
                    {say.setUp}<span class="nhsuk-u-visually-hidden">: <span lang={lang}>{shown.title}</span></span>
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

/** The console's own account of what a scenario did; the helper's sentence only for a scenario it does not know. */
function whatItDid(scenario: Scenario, people: PersonState[], helperSaid: string, words: ConsoleWords): string {
  const own = scenarioWords(scenario.id, words);
  return own === null ? helperSaid : own.done(scenarioFacts(people, words));
}
