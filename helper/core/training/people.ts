import type { PersonState } from '../../console/contract.js';
import { livePendingSecret } from '../enrolment.js';
import { guessingShutUntil } from '../guess-budget.js';
import { recoveryCodesLeft } from '../recovery-codes.js';
import { isExpired } from '../sessions.js';
import type { AccountRecord, SessionRecord } from '../store.js';
import type { Persona, TrainingDeps, TrainingSetup } from './deps.js';
import { currentKey, demoCodeDigest, openDemoSet } from './seeds.js';

/** Signed-in sessions that have not been ended and have not run out, newest first. */
export function liveSessionsOf(deps: TrainingDeps, username?: string): SessionRecord[] {
  const now = deps.clock.now();
  return deps.store.listOpenSessions(username).filter((session) => session.state === 'signed-in' && !isExpired(deps, session, now));
}

/** Where one persona stands now, for the trainer: the console's person card. */
export function personState(deps: TrainingDeps, persona: Persona, account: AccountRecord): PersonState {
  const { store } = deps;
  const now = deps.clock.now();
  const seed = store.findPersonaSeed(account.username);
  const demo = seed === undefined ? null : openDemoSet(deps, seed);
  const mfaOn = account.mfaEnabledAt !== null;
  const unused = new Set(store.listUnusedRecoveryCodeDigests(account.username));
  const sessions = liveSessionsOf(deps, account.username);
  return {
    username: account.username,
    displayName: account.displayName,
    jobTitle: account.jobTitle,
    privilege: account.privilege,
    employment: account.employment,
    internetAccess: account.internetAccess,
    language: account.language,
    note: persona.note,
    mfa: { on: mfaOn, enabledAt: account.mfaEnabledAt, newAuthenticatorDue: account.reenrolmentRequiredAt !== null },
    demoKey: demo !== null && mfaOn && currentKey(deps, account) === demo.secret ? demo.secret : null,
    recoveryCodes: {
      left: recoveryCodesLeft(deps, account),
      knownUnused: demo === null || !mfaOn ? [] : demo.recoveryCodes.filter((code) => unused.has(demoCodeDigest(deps, code))),
    },
    lockedUntil: { password: guessingShutUntil(deps, account.username, 'password'), code: guessingShutUntil(deps, account.username, 'code') },
    rememberedDevices: store.listDevices(account.username).flatMap(({ label, rememberedUntil }) => (rememberedUntil !== null && rememberedUntil > now ? [{ label, rememberedUntil }] : [])),
    pendingSetUp: sessions.some((session) => livePendingSecret(deps, session) !== null),
    liveSessions: sessions.length,
  };
}

/** Every persona that has an account, in the order the personas are listed. */
export function peopleStates(deps: TrainingDeps, setup: TrainingSetup): PersonState[] {
  return setup.personas.flatMap((persona) => {
    const account = deps.store.findAccount(persona.username);
    return account === undefined ? [] : [personState(deps, persona, account)];
  });
}
