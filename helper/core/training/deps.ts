import type { ConsoleErrorCode } from '../../console/contract.js';
import type { CoreDeps } from '../deps.js';
import type { AccountProfile, Store, TrainingStore } from '../store.js';
import type { TrainingClock } from './clock.js';

/** What the training room runs on: the core's own deps, with its clock the training clock and the store's training part. */
export interface TrainingDeps extends CoreDeps {
  store: Store & TrainingStore;
  clock: TrainingClock;
}

/** A demo account as the portal starts with it, and as a reset returns it. */
export interface Persona extends AccountProfile {
  mfaOn: boolean;
  /** Who this persona is for, in a few words (the CLI's table, the trainer console). */
  note: string;
}

/** Who the persona is, as the account records it. */
export function profileOf(persona: Persona): AccountProfile {
  const { username, displayName, jobTitle, privilege, employment, internetAccess, email, dateOfBirth, language } = persona;
  return { username, displayName, jobTitle, privilege, employment, internetAccess, email, dateOfBirth, language };
}

/** The demo accounts and their shared demo passwords, which a reset puts back. */
export interface TrainingSetup {
  personas: readonly Persona[];
  demoPassword: string;
  demoMailboxPassword: string;
}

/** What the trainer console is told when it asks for something that cannot be done, in plain words. */
export interface TrainingError {
  code: ConsoleErrorCode;
  message: string;
}

export type TrainingResult<T> = { ok: true; value: T } | { ok: false; error: TrainingError };

export const done = <T>(value: T): TrainingResult<T> => ({ ok: true, value });
export const refused = <T = never>(code: ConsoleErrorCode, message: string): TrainingResult<T> => ({ ok: false, error: { code, message } });
