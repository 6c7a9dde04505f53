import type { GuessAllowance } from './guess-budget.js';
import type { LockoutPolicy } from './lockout.js';
import type { Clock, Random } from './ports.js';
import type { SecretBox } from './secret-box.js';
import type { Store } from './store.js';
import type { SessionTokens } from './tokens.js';

export interface CoreConfig {
  passwordLockout: LockoutPolicy;
  codeLockout: LockoutPolicy;
  /** Wrong guesses a day, per account and factor, that a right guess does not reset. */
  guessAllowance: GuessAllowance;
  /** How long a "verification needed" step stays open. */
  challengeTtlMs: number;
  sessionIdleMs: number;
  sessionMaxMs: number;
  /** How long before a signed-in session times out its pages warn, and offer to keep it (WCAG 2.2.1). */
  sessionWarningMs: number;
  /** A set-up left half-way keeps its QR code this long (within its session), so coming back shows the same one. */
  pendingEnrolmentTtlMs: number;
  /** How recent a step-up check must be to open the manager area. */
  stepUpMaxAgeMs: number;
  /** How long an emailed step-up code works. */
  stepUpCodeTtlMs: number;
}

const MINUTE = 60_000;

export const DEFAULT_CORE_CONFIG: CoreConfig = {
  // Five tries, then waits that double up to an hour: never long enough to lock staff out for
  // days. The daily allowance below is what bounds a patient attacker.
  passwordLockout: { freeAttempts: 5, firstWaitMs: MINUTE, maxWaitMs: 60 * MINUTE },
  codeLockout: { freeAttempts: 5, firstWaitMs: 30_000, maxWaitMs: 60 * MINUTE },
  // At most 100 wrong guesses in any 24 hours (NIST SP 800-63B 5.2.2): 10 at once, then one back
  // every 16 minutes.
  guessAllowance: { burst: 10, perDay: 100 },
  challengeTtlMs: 5 * MINUTE,
  sessionIdleMs: 30 * MINUTE,
  sessionMaxMs: 12 * 60 * MINUTE,
  // The NHS pattern's two minutes: long enough to read the warning and press a button, with a
  // screen reader or a switch, and short enough that it rarely interrupts someone at work.
  sessionWarningMs: 2 * MINUTE,
  pendingEnrolmentTtlMs: 24 * 60 * MINUTE,
  stepUpMaxAgeMs: 15 * MINUTE,
  stepUpCodeTtlMs: 10 * MINUTE,
};

export interface CoreDeps {
  store: Store;
  clock: Clock;
  random: Random;
  /**
   * Where new authenticator keys and recovery codes come from: `random` unless given. Only the
   * generated guide gives one (helper/fixed-demo.ts), so that its pictures are the same every run.
   */
  keys?: Random;
  secrets: SecretBox;
  tokens: SessionTokens;
  config: CoreConfig;
}

/** The source of the keys and recovery codes people are shown (see CoreDeps.keys). */
export function keySource(deps: Pick<CoreDeps, 'random' | 'keys'>): Random {
  return deps.keys ?? deps.random;
}

/** ESR usernames are case-insensitive; the store keeps them in capitals. */
export function normaliseUsername(username: string): string {
  return username.trim().toUpperCase();
}
