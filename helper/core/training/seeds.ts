import { TOTP_PARAMETERS } from '../../../shared/totp.js';
import { hashPassword, type ScryptCost } from '../password-hash.js';
import { formatRecoveryCode, newLookupSecret, normaliseRecoveryCode, RECOVERY_CODE_COUNT } from '../recovery-codes.js';
import { openDemoRecoveryCodes, openDemoSecret, openTotpSecret, sealDemoRecoveryCodes, sealDemoSecret, sealPhoneSecret, sealTotpSecret } from '../sealed-secrets.js';
import type { AccountRecord, PersonaSeed } from '../store.js';
import { newTotpSecret } from '../totp.js';
import { keySource } from '../deps.js';
import { profileOf, type Persona, type TrainingDeps, type TrainingSetup } from './deps.js';

/**
 * The demo set of a persona who starts with MFA on (Amir, Ravi): the key a trainer's phone holds and
 * 10 recovery codes the console can show. Recovery codes are stored as digests on the account, so
 * the set is also kept sealed with the persona's seed, for a reset to restore.
 */
export interface DemoSet {
  secret: string;
  /** Formatted as shown to people: ABCD-EFGH-IJKL-MNOP. */
  recoveryCodes: string[];
}

export function newDemoSet(deps: TrainingDeps, secret?: string): DemoSet {
  return {
    secret: secret ?? newTotpSecret(keySource(deps)),
    recoveryCodes: Array.from({ length: RECOVERY_CODE_COUNT }, () => formatRecoveryCode(newLookupSecret(keySource(deps)))),
  };
}

export function sealDemoSet(deps: TrainingDeps, username: string, demo: DemoSet): NonNullable<PersonaSeed['demo']> {
  return { secretSealed: sealDemoSecret(deps, username, demo.secret), recoveryCodesSealed: sealDemoRecoveryCodes(deps, username, demo.recoveryCodes) };
}

export function openDemoSet(deps: TrainingDeps, seed: PersonaSeed): DemoSet | null {
  if (seed.demo === null) return null;
  return { secret: openDemoSecret(deps, seed.username, seed.demo.secretSealed), recoveryCodes: openDemoRecoveryCodes(deps, seed.username, seed.demo.recoveryCodesSealed) };
}

/** The digest a recovery code is stored under, from the code as shown. */
export function demoCodeDigest(deps: TrainingDeps, code: string): string {
  return deps.tokens.recoveryCodeDigest(normaliseRecoveryCode(code) ?? code);
}

/** Makes the demo set the account's recovery codes: the old ones stop working. */
export function installDemoRecoveryCodes(deps: TrainingDeps, username: string, demo: DemoSet): void {
  deps.store.replaceRecoveryCodes(username, demo.recoveryCodes.map((code) => demoCodeDigest(deps, code)), deps.clock.now());
}

/** Puts a demo key on the training phone under the person's username (replacing one of that name). */
export function putDemoKeyOnPhone(deps: TrainingDeps, username: string, secret: string): void {
  const account = { issuer: TOTP_PARAMETERS.issuer, accountName: username };
  deps.store.putPhoneAccount({ ...account, secretSealed: sealPhoneSecret(deps, account, secret), addedAt: deps.clock.now() });
}

/** The key on the account now, if it is one somebody holds (not the unusable one a lost phone leaves). */
export function currentKey(deps: TrainingDeps, account: AccountRecord): string | null {
  if (account.totpSecretSealed === null || account.reenrolmentRequiredAt !== null) return null;
  return openTotpSecret(deps, { ...account, totpSecretSealed: account.totpSecretSealed });
}

/**
 * Makes sure every persona has an account and a seed to reset to. On a new data folder that is the
 * whole first seeding; on a database made by an earlier version (schema 11) it adds the personas it
 * lacks and the seeds of those it has, and changes nothing a trainer or a class relies on:
 *
 * - a persona with MFA on keeps the key it has now (the one `npm start` has been printing, or a
 *   phone set up since), which becomes its demo key; after a lost phone (no key anyone holds) it
 *   gets a new demo key, put on the account at its next reset;
 * - the demo recovery codes replace its recovery codes only if it has none left unused (the seed
 *   never gave any); codes a person made and saved keep working until the next reset.
 *
 * Password hashes take time (scrypt), so they are made before the one transaction that writes.
 */
export async function seedPersonas(deps: TrainingDeps, setup: TrainingSetup, cost: ScryptCost): Promise<void> {
  const { store } = deps;
  const unseeded = setup.personas.filter((persona) => store.findPersonaSeed(persona.username) === undefined);
  const hashes = new Map(
    await Promise.all(
      unseeded.map(async (persona) => [
        persona.username,
        { passwordHash: await hashPassword(setup.demoPassword, deps.random, cost), mailboxPasswordHash: await hashPassword(setup.demoMailboxPassword, deps.random, cost) },
      ] as const),
    ),
  );
  store.transaction(() => {
    for (const persona of unseeded) {
      const hashed = hashes.get(persona.username);
      if (hashed !== undefined) seedOne(deps, persona, hashed);
    }
  });
}

function seedOne(deps: TrainingDeps, persona: Persona, hashed: { passwordHash: string; mailboxPasswordHash: string }): void {
  const { store } = deps;
  const { mfaOn } = persona;
  const existing = store.findAccount(persona.username);
  const demo = mfaOn ? newDemoSet(deps, existing === undefined ? undefined : (currentKey(deps, existing) ?? undefined)) : null;
  if (existing === undefined) {
    store.insertAccount({
      ...profileOf(persona),
      ...hashed,
      mfa: demo === null ? null : { secretSealed: sealTotpSecret(deps, persona.username, demo.secret), enabledAt: deps.clock.now() },
    });
  }
  store.putPersonaSeed({ username: persona.username, ...hashed, demo: demo === null ? null : sealDemoSet(deps, persona.username, demo) });
  if (demo === null) return;
  const account = store.findAccount(persona.username);
  if (account?.mfaEnabledAt != null && store.countRecoveryCodesLeft(persona.username) === 0) installDemoRecoveryCodes(deps, persona.username, demo);
  // The training phone starts with the demo keys, so a class can sign in as Amir or Ravi at once.
  if (account !== undefined && currentKey(deps, account) === demo.secret) putDemoKeyOnPhone(deps, persona.username, demo.secret);
}
