import { generateSync, generateURI, verifySync } from 'otplib';
import { NodeCryptoPlugin } from '@otplib/plugin-crypto-node';
import { ScureBase32Plugin } from '@otplib/plugin-base32-scure';
import { TOTP_PARAMETERS, TOTP_SECRET_BYTES } from '../../shared/totp.js';
import type { Random } from './ports.js';

const crypto = new NodeCryptoPlugin();
const base32 = new ScureBase32Plugin();
const common = {
  crypto,
  base32,
  algorithm: TOTP_PARAMETERS.algorithm,
  digits: TOTP_PARAMETERS.digits,
  period: TOTP_PARAMETERS.periodSeconds,
} as const;

/** One step either side of now: enough for a phone a little out of time, no more. */
export const LOOK_AROUND_STEPS = 1;

/** A new base32 secret of 20 random bytes, without padding (authenticator apps reject `=`). */
export function newTotpSecret(random: Random): string {
  return base32.encode(random.bytes(TOTP_SECRET_BYTES), { padding: false });
}

export function otpauthUri(username: string, secret: string): string {
  return generateURI({
    issuer: TOTP_PARAMETERS.issuer,
    label: username,
    secret,
    algorithm: TOTP_PARAMETERS.algorithm,
    digits: TOTP_PARAMETERS.digits,
    period: TOTP_PARAMETERS.periodSeconds,
  });
}

export function totpCodeAt(secret: string, nowMs: number): string {
  return generateSync({ ...common, secret, epoch: Math.floor(nowMs / 1000) });
}

/**
 * Whether an authenticator app could use this key: base32 that otplib can turn into codes (it asks
 * for at least 128 bits). For keys typed by hand, already stripped of spaces and put in capitals.
 */
export function isUsableTotpSecret(secret: string): boolean {
  try {
    generateSync({ ...common, secret, epoch: 0 });
    return true;
  } catch {
    return false;
  }
}

/** Seconds until the code shown at `nowMs` changes: 1 to 30. */
export function secondsLeftAt(nowMs: number): number {
  return TOTP_PARAMETERS.periodSeconds - (Math.floor(nowMs / 1000) % TOTP_PARAMETERS.periodSeconds);
}

export function timeStepAt(nowMs: number): number {
  return Math.floor(nowMs / 1000 / TOTP_PARAMETERS.periodSeconds);
}

export type TotpCheck = { valid: true; timeStep: number } | { valid: false; reason: 'wrong-code' | 'replay' };

/**
 * Checks a code against the secret on the server's clock. A code whose time step is not after the
 * last one accepted for this user is a replay: it was (or an older one was) already used.
 */
export function checkTotp(input: { secret: string; code: string; nowMs: number; lastUsedStep: number | null }): TotpCheck {
  const result = verifySync({
    ...common,
    secret: input.secret,
    token: input.code,
    epoch: Math.floor(input.nowMs / 1000),
    epochTolerance: LOOK_AROUND_STEPS * TOTP_PARAMETERS.periodSeconds,
  });
  // otplib's result type covers HOTP too; a TOTP match always carries its time step.
  if (!result.valid || !('timeStep' in result)) return { valid: false, reason: 'wrong-code' };
  if (input.lastUsedStep !== null && result.timeStep <= input.lastUsedStep) return { valid: false, reason: 'replay' };
  return { valid: true, timeStep: result.timeStep };
}
