import { audit, type RequestContext } from '../audit.js';
import { openPhoneSecret, sealPhoneSecret, sealTotpSecret } from '../sealed-secrets.js';
import { profileOf, type Persona, type TrainingDeps, type TrainingSetup } from './deps.js';
import { installDemoRecoveryCodes, newDemoSet, openDemoSet, sealDemoSet, type DemoSet } from './seeds.js';

export interface ResetOptions {
  /** New demo keys and recovery codes for the personas who start with MFA on. */
  newKeys: boolean;
}

/**
 * Puts one persona back as the portal started: profile, the demo passwords, MFA as seeded (off, or
 * on with the demo key and the demo recovery codes), and nothing of the lesson: no sessions,
 * remembered browsers, sign-in history, lockouts, set-ups, resets, step-up codes or emails. The
 * demo key and codes are kept, so a trainer's real phone that holds them keeps working, unless new
 * ones are asked for. The audit trail keeps everything, and records the reset.
 *
 * One transaction: a reset run twice at once, or beside a sign-in, leaves either the state before it
 * or the state after it, never a mixture. False if the persona has no account or seed.
 */
export function resetPersona(deps: TrainingDeps, setup: TrainingSetup, context: RequestContext, username: string, options: ResetOptions): boolean {
  const persona = setup.personas.find((p) => p.username === username);
  if (persona === undefined) return false;
  return deps.store.transaction(() => {
    const seed = deps.store.findPersonaSeed(username);
    if (seed === undefined || deps.store.findAccount(username) === undefined) return false;
    const demo = persona.mfaOn ? demoSetFor(deps, persona, options) : null;
    // Someone who starts without MFA has a demo set only from a scenario (jane-mfa-on): it goes with the MFA it set up.
    if (!persona.mfaOn && seed.demo !== null) deps.store.putPersonaSeed({ ...seed, demo: null });
    deps.store.resetAccount({
      ...profileOf(persona),
      passwordHash: seed.passwordHash,
      mailboxPasswordHash: seed.mailboxPasswordHash,
      mfa: demo === null ? null : { secretSealed: sealTotpSecret(deps, username, demo.secret), enabledAt: deps.clock.now() },
    });
    if (demo !== null) installDemoRecoveryCodes(deps, username, demo);
    audit(deps, context, 'training-reset', username, { newKeys: options.newKeys });
    return true;
  });
}

/** Every persona, each as `resetPersona` does, in one transaction. */
export function resetEveryone(deps: TrainingDeps, setup: TrainingSetup, context: RequestContext, options: ResetOptions): void {
  deps.store.transaction(() => {
    for (const persona of setup.personas) resetPersona(deps, setup, context, persona.username, options);
  });
}

/** The persona's demo set, made anew when asked (or when it has none yet). */
function demoSetFor(deps: TrainingDeps, persona: Persona, options: ResetOptions): DemoSet {
  const seed = deps.store.findPersonaSeed(persona.username);
  const kept = seed === undefined ? null : openDemoSet(deps, seed);
  if (kept !== null && !options.newKeys) return kept;
  const fresh = newDemoSet(deps);
  if (seed !== undefined) deps.store.putPersonaSeed({ ...seed, demo: sealDemoSet(deps, persona.username, fresh) });
  // The training phone is the console's own: it follows the new key. A real phone has to add it again.
  if (kept !== null) {
    for (const account of deps.store.listPhoneAccounts()) {
      if (openPhoneSecret(deps, account) === kept.secret) deps.store.putPhoneAccount({ ...account, secretSealed: sealPhoneSecret(deps, account, fresh.secret), addedAt: deps.clock.now() });
    }
  }
  return fresh;
}
