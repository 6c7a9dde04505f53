import { timingSafeEqual } from 'node:crypto';
import type { Random } from './ports.js';

/** Uniform over 000000-999999: rejection sampling avoids the bias of a plain modulo. */
export function sixRandomDigits(random: Random): string {
  for (;;) {
    const value = Buffer.from(random.bytes(4)).readUInt32BE(0);
    if (value < 4_294_000_000) return String(value % 1_000_000).padStart(6, '0');
  }
}

/** Two digests compared without a timing signal. */
export function sameDigest(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
