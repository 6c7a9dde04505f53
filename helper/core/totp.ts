import { counterToBytes, createCryptoContext, createGuardrails, dynamicTruncate, stringToBytes, truncateDigits, validateSecret, validateTime, validateToken } from '@otplib/core';
import { generateSync, generateURI } from 'otplib';
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

/** The check's fixed parts, made once: otplib would make them again on every call. */
const hmacContext = createCryptoContext(crypto);
const guardrails = createGuardrails();

/**
 * Checks a code against the secret on the server's clock. A code whose time step is not after the
 * last one accepted for this user is a replay: it was (or an older one was) already used.
 *
 * RFC 6238 through otplib's own lower-level parts (@otplib/core, with the node crypto plugin),
 * as its verifySync does it, but with the key decoded and validated once per check rather than
 * once per step, and the options merged and checked once at start-up rather than on every call:
 * the same steps in the same order (one either side of now, the first match wins), the same
 * HMAC-SHA1, dynamic truncation and 6 digits, the same constant-time comparison, and the same
 * errors for a malformed code or key. helper/core/totp.test.ts holds it to the RFC's vectors and
 * to otplib's verifySync.
 */
export function checkTotp(input: { secret: string; code: string; nowMs: number; lastUsedStep: number | null }): TotpCheck {
  const epoch = Math.floor(input.nowMs / 1000);
  validateTime(epoch);
  validateToken(input.code, TOTP_PARAMETERS.digits);
  const key = base32.decode(input.secret);
  validateSecret(key, guardrails);
  const token = stringToBytes(input.code);
  const now = Math.floor(epoch / TOTP_PARAMETERS.periodSeconds);
  // otplib's window: the steps of [epoch - tolerance, epoch + tolerance], none below step 0.
  for (let step = Math.max(0, now - LOOK_AROUND_STEPS); step <= now + LOOK_AROUND_STEPS; step++) {
    const mac = hmacContext.hmacSync(TOTP_PARAMETERS.algorithm, key, counterToBytes(step));
    const candidate = truncateDigits(dynamicTruncate(mac), TOTP_PARAMETERS.digits);
    if (!crypto.constantTimeEqual(candidate, token)) continue;
    if (input.lastUsedStep !== null && step <= input.lastUsedStep) return { valid: false, reason: 'replay' };
    return { valid: true, timeStep: step };
  }
  return { valid: false, reason: 'wrong-code' };
}
