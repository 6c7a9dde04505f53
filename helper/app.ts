import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createCore, DEFAULT_CORE_CONFIG, type Core, type CoreConfig, type CoreDeps } from './core/index.js';
import { DEFAULT_SCRYPT_COST, hashPassword, type ScryptCost } from './core/password-hash.js';
import type { Clock, Random } from './core/ports.js';
import { openTotpSecret, sealTotpSecret } from './core/sealed-secrets.js';
import { createSecretBox } from './core/secret-box.js';
import { createSessionTokens } from './core/tokens.js';
import { createTraining, createTrainingClock, seedPersonas, type Training, type TrainingClock, type TrainingDeps } from './core/training/index.js';
import { DEMO_MAILBOX_PASSWORD, TRAINING_SETUP } from './personas.js';
import { openSqliteStore, type SqliteStore } from './store/sqlite-store.js';

export const DATABASE_FILE = 'esr-mfa.db';
export const KEY_FILE = 'helper.key';
/** The trainer console's token (helper/console/token.ts), kept so a restart keeps the trainer's bookmark. */
export const CONSOLE_TOKEN_FILE = 'console.token';
/** Every file the helper keeps in its data directory. */
const OWNED_FILES = [DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`, KEY_FILE, CONSOLE_TOKEN_FILE];

export const systemClock: Clock = { now: () => Date.now() };
export const systemRandom: Random = { bytes: (length) => randomBytes(length) };

export interface HelperOptions {
  dataDir: string;
  /** Real time, as the training clock wraps it (tests give a fake one); the computer's clock by default. */
  clock?: Clock;
  random?: Random;
  /** Where new authenticator keys and recovery codes come from; `random` unless given (helper/fixed-demo.ts). */
  keys?: Random;
  config?: Partial<CoreConfig>;
  /** Cost of the demo accounts' password hashes (ESR and mailbox); tests lower it to stay quick. */
  seedPasswordCost?: ScryptCost;
}

export interface Helper {
  /** The use cases: all the HTTP layer is given. */
  core: Core;
  store: SqliteStore;
  /** What the core runs on (store, clock, randomness, keys): for start-up, and for tests of the core's own modules. */
  deps: TrainingDeps;
  /** The training clock every decision reads: real time (the clock given) plus the trainer's offset. */
  clock: TrainingClock;
  /** The trainer's training room: all the trainer console's server is given. */
  training: Training;
  /** The demo TOTP secrets of personas with MFA on, for the CLI to print and tests to use. */
  demoSecrets(): Map<string, string>;
  close(): void;
}

/** Opens (creating and seeding on first run) the data directory: the database and its key. */
export async function openHelper(options: HelperOptions): Promise<Helper> {
  const clock = options.clock ?? systemClock;
  const random = options.random ?? systemRandom;
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  // At every start, not only on creation: mkdir's mode applies only to a new folder (and the umask
  // trims it), and an earlier version or a hand-made folder may have left it readable by others.
  chmodSync(options.dataDir, 0o700);
  const masterKey = readOrCreateKey(path.join(options.dataDir, KEY_FILE), random);
  const store = openSqliteStore(path.join(options.dataDir, DATABASE_FILE));
  // After opening, so the WAL and shared-memory files exist; SQLite gives them the database's mode.
  restrictToOwner(options.dataDir);
  // Always the training clock, around whatever clock was given: so every helper, a test's too, has
  // one clock that decides and that the console can move.
  const trainingClock = createTrainingClock(clock, store);
  const deps: TrainingDeps = {
    store,
    clock: trainingClock,
    random,
    ...(options.keys === undefined ? {} : { keys: options.keys }),
    secrets: createSecretBox(masterKey, random),
    tokens: createSessionTokens(masterKey),
    config: { ...DEFAULT_CORE_CONFIG, ...options.config },
  };
  const cost = options.seedPasswordCost ?? DEFAULT_SCRYPT_COST;
  // Secrets are bound before the personas are seeded: an upgraded persona's key becomes its demo key.
  bindUnboundSecrets(deps);
  await seedPersonas(deps, TRAINING_SETUP, cost);
  await giveMailboxPasswords(deps, cost);

  return {
    core: createCore(deps),
    store,
    deps,
    clock: trainingClock,
    training: createTraining(deps, TRAINING_SETUP),
    demoSecrets: () =>
      new Map(store.listAccounts().flatMap((a) => (a.totpSecretSealed === null ? [] : [[a.username, openTotpSecret(deps, { ...a, totpSecretSealed: a.totpSecretSealed })] as const]))),
    close: () => { store.close(); },
  };
}

/**
 * Secrets sealed before they were bound to their account (schema 9 and earlier) are sealed again,
 * bound, once. The migration cannot do it: SQL has no key.
 */
function bindUnboundSecrets(deps: CoreDeps): void {
  const { store, secrets } = deps;
  store.transaction(() => {
    for (const account of store.listAccounts()) {
      if (account.totpSecretSealed === null || !secrets.isUnbound(account.totpSecretSealed)) continue;
      store.resealTotpSecret(account.username, account.totpSecretSealed, sealTotpSecret(deps, account.username, secrets.openUnbound(account.totpSecretSealed)));
    }
  });
}

/**
 * Accounts made before mailboxes had passwords (schema 7) get the demo mailbox password, once. The
 * migration cannot do it: SQL has no scrypt.
 */
async function giveMailboxPasswords(deps: CoreDeps, cost: ScryptCost): Promise<void> {
  const { store, random } = deps;
  const missing = store.listAccounts().filter((account) => account.mailboxPasswordHash === null);
  const hashed = await Promise.all(missing.map(async ({ username }) => ({ username, hash: await hashPassword(DEMO_MAILBOX_PASSWORD, random, cost) })));
  store.transaction(() => { hashed.forEach(({ username, hash }) => { store.setMailboxPasswordHash(username, hash); }); });
}

function readOrCreateKey(file: string, random: Random): Uint8Array {
  if (existsSync(file)) {
    const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64url');
    if (key.length !== 32) throw new Error(`${file} is not a 32-byte key. Restore it, or start again with --reset.`);
    return key;
  }
  const key = random.bytes(32);
  writeFileSync(file, `${Buffer.from(key).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  return key;
}

/** Removes only the files this helper owns from the data directory, never the directory's other contents. */
export function wipeDataDir(dataDir: string): void {
  for (const name of OWNED_FILES) rmSync(path.join(dataDir, name), { force: true });
}

/** Makes the helper's files readable by their owner only; the others in the folder are not its business. */
function restrictToOwner(dataDir: string): void {
  for (const name of OWNED_FILES) {
    try {
      chmodSync(path.join(dataDir, name), 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}
