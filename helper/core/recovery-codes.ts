import { base32nopad } from '@scure/base';
import { keySource, type CoreDeps } from './deps.js';
import type { Random } from './ports.js';
import type { AccountRecord } from './store.js';

/**
 * Recovery codes (NIST SP 800-63B 5.1.1: look-up secrets): 10 per set, each 80 random bits shown
 * as four groups of four base32 characters, stored only as keyed digests, each usable once.
 * Base32 is RFC 4648's (A-Z and 2-7: no 0 or 1 to mistake for O or I); 10 bytes fill exactly 16
 * characters, so there is never padding to type.
 */
export const RECOVERY_CODE_COUNT = 10;
const CODE_BYTES = 10;

/** "abcd efgh-ijkl mnop" and the like, as typed; null if it cannot be a recovery code. */
export function normaliseRecoveryCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  return /^[A-Z2-7]{16}$/.test(code) ? code : null;
}

export function formatRecoveryCode(normalised: string): string {
  return normalised.replace(/(.{4})(?=.)/g, '$1-');
}

/** 80 random bits in the recovery-code alphabet: also the helpdesk's one-time set-up code. */
export function newLookupSecret(random: Random): string {
  return base32nopad.encode(random.bytes(CODE_BYTES));
}

/** Makes a new set, voiding the old one. The plain codes leave here once and are never stored. */
export function issueRecoveryCodes(deps: CoreDeps, username: string): string[] {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => newLookupSecret(keySource(deps)));
  deps.store.replaceRecoveryCodes(username, codes.map((code) => deps.tokens.recoveryCodeDigest(code)), deps.clock.now());
  return codes.map(formatRecoveryCode);
}

/** Uses one code if it is one of the user's unused codes. */
export function redeemRecoveryCode(deps: CoreDeps, username: string, typed: string): boolean {
  const code = normaliseRecoveryCode(typed);
  return code !== null && deps.store.useRecoveryCode(username, deps.tokens.recoveryCodeDigest(code), deps.clock.now());
}

/** Unused recovery codes, or null for an account without MFA (which has none to have). */
export function recoveryCodesLeft(deps: CoreDeps, account: AccountRecord): number | null {
  return account.mfaEnabledAt === null ? null : deps.store.countRecoveryCodesLeft(account.username);
}
