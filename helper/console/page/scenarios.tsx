import { useEffect, useState } from 'preact/hooks';
import type { PersonState, Scenario } from '../contract.js';
import type { ConsoleApi } from './api.js';
import { Done, Problem } from './ui.js';

export interface ScenariosProps {
  api: ConsoleApi;
  onPeople: (people: PersonState[]) => void;
  onChanged: () => void;
}

/** Ready-made starting points for a demo, each set up in one press. */
export function Scenarios({ api, onPeople, onChanged }: ScenariosProps) {
  const [scenarios, setScenarios] = useState<Scenario[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<{ title: string; text: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  useEffect(() => {
    let stale = false;
    void api.scenarios().then((result) => {
      if (stale) return;
      if (result.ok) setScenarios(result.value);
      else setProblem(result.error.message);
    });
    return () => { stale = true; };
  }, [api]);

  async function run(scenario: Scenario) {
    if (busy !== null) return;
    setBusy(scenario.id);
    const result = await api.runScenario(scenario.id);
    setBusy(null);
    if (!result.ok) {
      setDone(null);
      setProblem(result.error.message);
      return;
    }
    setProblem(null);
    setDone({ title: scenario.title, text: result.value.done });
    onPeople(result.value.people);
    onChanged();
  }

  return (
    <>
      <Problem message={problem} />
      <Done title={done === null ? 'Done' : `Set up: ${done.title}`} message={done?.text ?? null} />
      {scenarios === null ? (problem === null && <p class="nhsuk-body">Loading scenarios…</p>) : scenarios.length === 0 ? <p class="nhsuk-body">No scenarios are available.</p> : (
        <ul class="esr-scenarios" aria-label="Scenarios">
          {scenarios.map((scenario) => (
            <li key={scenario.id} class="nhsuk-card esr-scenario">
              <div class="nhsuk-card__content">
                <h3 class="nhsuk-card__heading nhsuk-heading-s">{scenario.title}</h3>
                <p class="nhsuk-body-s">{scenario.description}</p>
                <button type="button" class="nhsuk-button nhsuk-button--small" aria-busy={busy === scenario.id ? 'true' : 'false'} onClick={() => { void run(scenario); }}>
                  Set up this scenario<span class="nhsuk-u-visually-hidden">: {scenario.title}</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
