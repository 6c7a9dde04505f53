import type { OutboxEmail, PersonState, ScenarioResult } from '../../console/contract.js';
import type { RequestContext } from '../audit.js';
import { normaliseUsername } from '../deps.js';
import { advanceClock, backToRealTime, clockView } from './clock-moves.js';
import { done, refused, type TrainingDeps, type TrainingResult, type TrainingSetup } from './deps.js';
import { peopleStates, personState } from './people.js';
import { addTypedKey, cameraView, phoneView, removePhoneAccount, scan } from './phone.js';
import { resetEveryone, resetPersona, type ResetOptions } from './reset.js';
import { runScenario, SCENARIOS } from './scenarios.js';

/** Enough for any lesson's emails; the console shows the newest. */
const OUTBOX_SHOWN = 500;

/**
 * The trainer's training room: the face the trainer console's server is given, as the portal's
 * server is given the core's. Each use case returns what the console's contract
 * (helper/console/contract.ts) says it answers, or a refusal in plain words.
 */
export function createTraining(deps: TrainingDeps, setup: TrainingSetup) {
  const person = (username: string): TrainingResult<PersonState> => {
    const name = normaliseUsername(username);
    const persona = setup.personas.find((p) => p.username === name);
    const account = deps.store.findAccount(name);
    if (persona === undefined || account === undefined) return refused('unknown-person', `There is no demo account ${name}.`);
    return done(personState(deps, persona, account));
  };

  return {
    clock: {
      view: () => clockView(deps),
      advance: (context: RequestContext, seconds: number) => advanceClock(deps, context, seconds),
      backToRealTime: (context: RequestContext) => backToRealTime(deps, context),
    },

    people: () => peopleStates(deps, setup),
    person,
    resetPerson: (context: RequestContext, username: string, options: ResetOptions): TrainingResult<PersonState> => {
      const name = normaliseUsername(username);
      if (!resetPersona(deps, setup, context, name, options)) return refused('unknown-person', `There is no demo account ${name}.`);
      return person(name);
    },
    resetEveryone: (context: RequestContext, options: ResetOptions): PersonState[] => {
      resetEveryone(deps, setup, context, options);
      return peopleStates(deps, setup);
    },

    phone: {
      view: () => phoneView(deps),
      addTypedKey: (input: { key: string; accountName: string }) => deps.store.transaction(() => addTypedKey(deps, input)),
      remove: (id: number) => removePhoneAccount(deps, id),
      camera: () => cameraView(deps),
      scan: (context: RequestContext, input: { username?: string | undefined }) => deps.store.transaction(() => scan(deps, context, input)),
    },

    /** Every email the portal "sent", to everyone, newest first; or one person's. */
    outbox: (username?: string): OutboxEmail[] => {
      const accounts = new Map(deps.store.listAccounts().map((account) => [account.username, account]));
      return deps.store
        .listOutbox({ limit: OUTBOX_SHOWN, ...(username === undefined ? {} : { username: normaliseUsername(username) }) })
        .map(({ id, at, username: to, kind, subject, body }) => ({
          id,
          at,
          username: to,
          displayName: accounts.get(to)?.displayName ?? to,
          to: accounts.get(to)?.email ?? '',
          kind,
          subject,
          body,
        }));
    },

    scenarios: () => SCENARIOS.map(({ id, title, description }) => ({ id, title, description })),
    runScenario: (context: RequestContext, id: string): TrainingResult<ScenarioResult> => {
      const ran = runScenario(deps, setup, context, id);
      return ran.ok ? done({ done: ran.value.done, people: peopleStates(deps, setup) }) : ran;
    },
  };
}

export type Training = ReturnType<typeof createTraining>;
export type { Persona, TrainingDeps, TrainingResult, TrainingSetup } from './deps.js';
export { createTrainingClock, type TrainingClock } from './clock.js';
export { seedPersonas } from './seeds.js';
