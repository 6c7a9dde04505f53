import { HOME_LOCATION } from '../../../shared/device.js';
import { durationText, wordsFor } from '../../../shared/words/index.js';
import type { Scenario } from '../../console/contract.js';
import { audit, type RequestContext } from '../audit.js';
import { helpdeskResetAuthenticator } from '../authenticator-reset.js';
import { admitCodeGuess, wrongCode } from '../code-check.js';
import { guessingShutUntil } from '../guess-budget.js';
import { confirmEnrolment, startEnrolment } from '../enrolment.js';
import { issueSession } from '../sessions.js';
import { totpCodeAt } from '../totp.js';
import { TOTP_PARAMETERS } from '../../../shared/totp.js';
import { backToRealTime } from './clock-moves.js';
import { done, refused, type TrainingDeps, type TrainingError, type TrainingResult, type TrainingSetup } from './deps.js';
import { resetEveryone, resetPersona } from './reset.js';
import { openDemoSet, putDemoKeyOnPhone, sealDemoSet } from './seeds.js';

/**
 * One click each: the portal put into the state a demo needs, through the same use cases a person
 * would go through (the guess budget, the helpdesk, enrolment), never by writing records directly,
 * so what the class then sees is what the portal really does. A scenario about one person starts
 * by resetting that person (keeping the demo keys), so it plays out the same way every time.
 */
export const SCENARIOS = [
  {
    id: 'fresh-class',
    title: 'Fresh class',
    description: 'Everyone back as they started, the portal back to real time, and the training phone back to Amir\'s and Ravi\'s demo accounts. Demo keys on real phones keep working.',
  },
  {
    id: 'amir-locked-out',
    title: 'Amir is locked out after wrong codes',
    description: 'Someone has typed 8 wrong security codes for Amir over the last few minutes. The wait doubled each time, so his code step is paused for 4 minutes, and he has been emailed. Sign in as Amir to show what he sees.',
  },
  {
    id: 'amir-remembered-device-expiring',
    title: 'Amir\'s remembered browser is about to expire',
    description: 'Every browser Amir asked ESR to remember is remembered for 1 more minute only. Sign in as Amir and tick "Remember this device" first. After the minute (or move the clock), he is asked for a code again.',
  },
  {
    id: 'amir-phone-lost',
    title: 'Amir has lost his phone',
    description: 'Ravi, at the helpdesk, resets Amir\'s authenticator. Amir\'s old codes stop working and he is emailed a one-time set-up code (see the outbox). At his next sign-in he gives his password and that code, then sets up a new phone.',
  },
  {
    id: 'jane-mfa-on',
    title: 'Jane already has extra security',
    description: 'Jane, with extra security set up on a new key that is already on the training phone, so a sign-in with a code can be shown straight away.',
  },
] as const satisfies readonly Scenario[];

export type ScenarioId = (typeof SCENARIOS)[number]['id'];

const AMIR = '999AKHAN01';
const RAVI = '999RPATEL01';
const JANE = '999JSMITH01';

/** The console's own sessions (the helpdesk's, Jane's set-up) show this as their browser. */
const CONSOLE_BROWSER = { deviceThumbprint: null, deviceLabel: wordsFor('en').devices.trainerConsole, location: HOME_LOCATION, risk: [] };

export function runScenario(deps: TrainingDeps, setup: TrainingSetup, context: RequestContext, id: string): TrainingResult<{ done: string }> {
  const scenario = SCENARIOS.find((known) => known.id === id);
  if (scenario === undefined) return refused('unknown-scenario', `There is no scenario called "${id}".`);
  try {
    return deps.store.transaction(() => {
      const outcome = play(deps, setup, context, scenario.id);
      // A refused scenario changes nothing: throwing rolls back whatever it began.
      if (!outcome.ok) throw new ScenarioRefused(outcome.error);
      audit(deps, context, 'training-scenario', null, { scenario: scenario.id });
      return outcome;
    });
  } catch (error) {
    if (error instanceof ScenarioRefused) return { ok: false, error: error.refusal };
    throw error;
  }
}

class ScenarioRefused extends Error {
  constructor(readonly refusal: TrainingError) {
    super(refusal.message);
  }
}

function play(deps: TrainingDeps, setup: TrainingSetup, context: RequestContext, id: ScenarioId): TrainingResult<{ done: string }> {
  const keep = { newKeys: false };
  switch (id) {
    case 'fresh-class':
      resetEveryone(deps, setup, context, keep);
      deps.store.removeAllPhoneAccounts();
      for (const persona of setup.personas) {
        const seed = deps.store.findPersonaSeed(persona.username);
        const demo = seed === undefined ? null : openDemoSet(deps, seed);
        if (demo !== null) putDemoKeyOnPhone(deps, persona.username, demo.secret);
      }
      // Last: the clock's offset in memory changes with it, and nothing after it can fail and roll
      // the database back underneath it. What the reset wrote at the moved time is rewound with it.
      backToRealTime(deps, context);
      return done({ done: 'Everyone is back as they started, the portal is on real time, and the training phone holds Amir\'s and Ravi\'s demo accounts.' });

    case 'amir-locked-out':
      resetPersona(deps, setup, context, AMIR, keep);
      return done({ done: `Amir's code step is paused for ${durationText(guessUntilLocked(deps, context, AMIR) * 1000)}, and he has been emailed. Sign in as Amir to show what he sees.` });

    case 'amir-remembered-device-expiring': {
      const now = deps.clock.now();
      const count = deps.store.setRememberedUntil(AMIR, now + 60_000, now);
      if (count === 0) return refused('scenario-not-possible', 'Amir has no remembered browser. Sign in as Amir, tick "Remember this device" at the code step, then run this again.');
      return done({ done: `${count === 1 ? 'Amir\'s remembered browser is' : `Amir's ${count} remembered browsers are`} remembered for 1 more minute. Then, or after moving the clock, signing in as Amir asks for a code again.` });
    }

    case 'amir-phone-lost': {
      resetPersona(deps, setup, context, AMIR, keep);
      const amir = deps.store.findAccount(AMIR);
      if (amir === undefined || deps.store.findAccount(RAVI) === undefined) return refused('scenario-not-possible', 'Amir or Ravi is missing from the portal. Reset everyone, then try again.');
      // Ravi at the helpdesk: signed in and stepped up just now, in a session of the console's own
      // that ends as soon as the reset is done.
      const { record } = issueSession(deps, RAVI, 'signed-in', CONSOLE_BROWSER);
      const now = deps.clock.now();
      deps.store.markSteppedUp(record.idHash, now);
      const reset = helpdeskResetAuthenticator(deps, context, { ...record, steppedUpAt: now }, { username: AMIR, email: amir.email, dateOfBirth: amir.dateOfBirth });
      deps.store.deleteSession(record.idHash);
      if (!reset.ok) return refused('scenario-not-possible', `The helpdesk could not reset Amir's authenticator (${reset.error.code}).`);
      return done({ done: 'Ravi reset Amir\'s authenticator at the helpdesk. Amir\'s old codes no longer work; his set-up code is in the outbox. Sign in as Amir with his password and that code to set up a new phone.' });
    }

    case 'jane-mfa-on':
      return janeSetsUpMfa(deps, setup, context);
  }
}

/**
 * Wrong codes for the account, through the real guess budget, as if someone had been trying for the
 * last few minutes: five at once, then one each time the wait ran out, until the wait reaches 4
 * minutes. Returns the seconds the code step is now paused for.
 */
function guessUntilLocked(deps: TrainingDeps, context: RequestContext, username: string): number {
  const now = deps.clock.now();
  // With the waits of 30 s, 1 min and 2 min before the last wrong code, it fell 3.5 minutes ago.
  let at = now - 210_000;
  const then = { ...deps, clock: { now: () => at } };
  for (let guesses = 0; guesses < 20; guesses++) {
    // Nobody guesses during a wait: the next wrong code comes when it ends.
    const shut = guessingShutUntil(then, username, 'code');
    if (shut !== null) at = Math.max(at, shut);
    const admitted = admitCodeGuess(then, context, username, 'sign-in');
    if (!admitted.ok) return admitted.error.retryAfterSeconds ?? 0;
    const wrong = wrongCode(then, context, admitted.value, 'sign-in');
    if (wrong.code === 'mfa-locked' && at + (wrong.retryAfterSeconds ?? 0) * 1000 > now) return Math.ceil((at + (wrong.retryAfterSeconds ?? 0) * 1000 - now) / 1000);
  }
  return 0;
}

/** Jane signs in (a session of the console's own), starts the set-up, the phone scans it and she confirms. */
function janeSetsUpMfa(deps: TrainingDeps, setup: TrainingSetup, context: RequestContext): TrainingResult<{ done: string }> {
  resetPersona(deps, setup, context, JANE, { newKeys: false });
  const { record } = issueSession(deps, JANE, 'signed-in', CONSOLE_BROWSER);
  const live = () => deps.store.findSessionByIdHash(record.idHash);
  const started = startEnrolment(deps, context, live());
  if (!started.ok) return refused('scenario-not-possible', `Jane cannot set up extra security (${started.error.reason ?? started.error.code}).`);
  const secret = started.value.secret;
  // Confirmed with the code of the step before now (the check allows one step either side), so the
  // code the training phone shows now has not been used and signs Jane in at once.
  const confirmed = confirmEnrolment(deps, context, live(), totpCodeAt(secret, deps.clock.now() - TOTP_PARAMETERS.periodSeconds * 1000));
  deps.store.deleteSession(record.idHash);
  if (!confirmed.ok) return refused('scenario-not-possible', `Jane's set-up did not complete (${confirmed.error.code}).`);
  putDemoKeyOnPhone(deps, JANE, secret);
  // Kept as Jane's demo set, so the console's person card (and a test) knows her key and which of
  // these codes are still unused. Her reset still turns MFA off: her persona starts without it.
  const seed = deps.store.findPersonaSeed(JANE);
  if (seed !== undefined) deps.store.putPersonaSeed({ ...seed, demo: sealDemoSet(deps, JANE, { secret, recoveryCodes: confirmed.value.recoveryCodes }) });
  return done({ done: `Jane has extra security on, with a new key on the training phone as ${JANE}. Sign in as Jane to show the code step. Her recovery codes: ${confirmed.value.recoveryCodes.join(', ')}.` });
}
