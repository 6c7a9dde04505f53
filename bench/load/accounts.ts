import type { Helper } from '../../helper/app.js';
import { hashPassword, type ScryptCost } from '../../helper/core/password-hash.js';
import { sealTotpSecret } from '../../helper/core/sealed-secrets.js';
import { newTotpSecret } from '../../helper/core/totp.js';
import { DEMO_PASSWORD } from '../../helper/personas.js';

/** Every bench account's password: the demo one, so nothing here is a secret. */
export const BENCH_PASSWORD = DEMO_PASSWORD;

/** `999BENCH0000001`: a staff-number shape, far from the personas' names. */
export function benchUsername(index: number): string {
  return `999BENCH${String(index).padStart(7, '0')}`;
}

export interface SeededAccounts {
  usernames: string[];
  /** The base32 TOTP secret of each account with MFA on, by username. */
  secrets: Map<string, string>;
}

/**
 * Adds `count` active, approved staff accounts, numbered on from `from`, in one transaction of the
 * store's own prepared insert. Every account shares one password hash made once: scrypt per
 * account would take hours for 100,000 at the real cost, and a hash's cost is in checking it, not
 * in how many accounts hold it. With `mfaOn`, each gets its own random key, sealed and bound to it
 * exactly as enrolment does.
 */
export async function seedBenchAccounts(helper: Helper, options: { from: number; count: number; cost: ScryptCost; mfaOn: boolean }): Promise<SeededAccounts> {
  const { deps, store } = helper;
  const passwordHash = await hashPassword(BENCH_PASSWORD, deps.random, options.cost);
  const usernames: string[] = [];
  const secrets = new Map<string, string>();
  store.transaction(() => {
    for (let i = options.from; i < options.from + options.count; i++) {
      const username = benchUsername(i);
      const secret = options.mfaOn ? newTotpSecret(deps.random) : null;
      store.insertAccount({
        username,
        displayName: `Bench Person ${i}`,
        jobTitle: 'Staff nurse',
        privilege: 'staff',
        employment: 'active',
        internetAccess: 'approved',
        language: 'en',
        email: `bench.${i}@nhs.example`,
        dateOfBirth: '1990-01-01',
        passwordHash,
        mailboxPasswordHash: passwordHash,
        mfa: secret === null ? null : { secretSealed: sealTotpSecret(deps, username, secret), enabledAt: deps.clock.now() },
      });
      usernames.push(username);
      if (secret !== null) secrets.set(username, secret);
    }
  });
  return { usernames, secrets };
}
