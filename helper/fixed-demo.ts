import { createHash } from 'node:crypto';
import type { Clock, Random } from './core/ports.js';

/**
 * Two start options for the generated step-by-step guide (scripts/guide) and its test only, so that
 * every run draws the same pictures: the same time on every screen and phone, the same QR code, key
 * and recovery codes. Neither is ever on unless given on the command line; `npm start` for a class
 * must not use them, since anyone who knows the seed knows every key the portal hands out.
 */
export const FIXED_DEMO_ARGS = {
  'fixed-time': { type: 'string' },
  'fixed-keys': { type: 'string' },
} as const;

export const FIXED_DEMO_USAGE = `  --fixed-time ISO   for the generated guide only: the computer's time, as the portal sees it,
               stands still at this moment (the training clock still moves forward from it)
  --fixed-keys SEED  for the generated guide only: new authenticator keys and recovery codes
               come from a sequence fixed by SEED, so they are the same every run`;

export interface FixedDemo {
  clock?: Clock;
  keys?: Random;
}

export function parseFixedDemo(values: { 'fixed-time'?: string | undefined; 'fixed-keys'?: string | undefined }): FixedDemo {
  const fixed: FixedDemo = {};
  const time = values['fixed-time'];
  if (time !== undefined) {
    const at = Date.parse(time);
    if (Number.isNaN(at)) throw new Error(`--fixed-time must be a date and time such as 2026-03-02T09:00:05Z, not "${time}"`);
    fixed.clock = frozenClock(at);
  }
  const seed = values['fixed-keys'];
  if (seed !== undefined) {
    if (seed.length < 8) throw new Error('--fixed-keys needs a seed of at least 8 characters');
    fixed.keys = seededRandom(seed);
  }
  return fixed;
}

/** A clock that stands still: the training clock's offset is then the only thing that moves time. */
export function frozenClock(at: number): Clock {
  return { now: () => at };
}

/**
 * Bytes from SHA-256 of the seed and a counter: the same seed gives the same sequence. The guide
 * asks for keys in one fixed order (the demo accounts when seeded, then Jane's set-up), so each
 * picture of a key or code is the same every run.
 */
export function seededRandom(seed: string): Random {
  let counter = 0;
  return {
    bytes(length) {
      const out = new Uint8Array(length);
      for (let filled = 0; filled < length; counter++) {
        const block = createHash('sha256').update(`${seed}:${counter}`).digest();
        const take = Math.min(block.length, length - filled);
        out.set(block.subarray(0, take), filled);
        filled += take;
      }
      return out;
    },
  };
}
