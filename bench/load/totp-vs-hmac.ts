import { createHmac, randomBytes } from 'node:crypto';
import { base32 } from '@scure/base';
import { checkTotp, timeStepAt, totpCodeAt } from '../../helper/core/totp.js';

export interface TotpComparison {
  /** What was checked: a right code (found at the second of three steps) or a wrong one (all three). */
  name: string;
  helperPerSecond: number;
  rawPerSecond: number;
}

/**
 * The floor: RFC 6238 by hand on node:crypto, over the same steps as the helper's checkTotp (one
 * either side of now, stopping at a match), with the same dynamic truncation (RFC 4226 5.3). The
 * key is decoded once beforehand, and codes are compared as plain strings: so what the helper
 * does beyond this (otplib's checks, decoding base32 on each call, a constant-time comparison)
 * is all in the ratio.
 */
function rawCheck(key: Buffer, code: string, nowMs: number): number | null {
  const now = timeStepAt(nowMs);
  const counter = Buffer.alloc(8);
  for (let step = now - 1; step <= now + 1; step++) {
    counter.writeBigUInt64BE(BigInt(step));
    const mac = createHmac('sha1', key).update(counter).digest();
    const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
    const candidate = String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
    if (candidate === code) return step;
  }
  return null;
}

/** Calls per second of `work`, counted over about `ms` milliseconds. */
function perSecond(work: () => void, ms: number): number {
  let calls = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < 200; i++) work();
    calls += 200;
    elapsed = performance.now() - started;
  }
  return calls / (elapsed / 1000);
}

/**
 * The helper's checkTotp against the raw floor, in turns (helper, raw, helper, raw, …) so that a
 * busy spell on the machine falls on both; each side's best turn is kept, the one least disturbed.
 */
export function compareTotpWithRawHmac(options: { rounds: number; msPerTurn: number }): TotpComparison[] {
  const key = randomBytes(20);
  const secret = base32.encode(key);
  const nowMs = Date.UTC(2026, 10, 28, 9, 0, 10);
  const cases = [
    { name: 'right code (found at the 2nd of 3 steps)', code: totpCodeAt(secret, nowMs) },
    { name: 'wrong code (all 3 steps)', code: totpCodeAt(secret, nowMs + 10 * 30_000) },
  ];
  return cases.map(({ name, code }) => {
    const helperStep = checkTotp({ secret, code, nowMs, lastUsedStep: null });
    // Both sides must reach the same verdict, or the comparison is of different work.
    if ((helperStep.valid ? helperStep.timeStep : null) !== rawCheck(key, code, nowMs)) throw new Error(`checkTotp and the raw HMAC disagree on the ${name}`);
    const helper = () => { checkTotp({ secret, code, nowMs, lastUsedStep: null }); };
    const raw = () => { rawCheck(key, code, nowMs); };
    perSecond(helper, options.msPerTurn);
    perSecond(raw, options.msPerTurn);
    let helperPerSecond = 0;
    let rawPerSecond = 0;
    for (let round = 0; round < options.rounds; round++) {
      helperPerSecond = Math.max(helperPerSecond, perSecond(helper, options.msPerTurn));
      rawPerSecond = Math.max(rawPerSecond, perSecond(raw, options.msPerTurn));
    }
    return { name, helperPerSecond, rawPerSecond };
  });
}
