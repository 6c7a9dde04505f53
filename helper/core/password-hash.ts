import { scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { Random } from './ports.js';

/**
 * Passwords are stored as scrypt hashes: `scrypt$N$r$p$salt$hash` (base64url). The cost is
 * stored with the hash so it can be raised later without breaking old hashes.
 */
export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/** 2^15 with r=8 takes about 100 ms here: slow for guessing, quick enough for a sign-in. */
export const DEFAULT_SCRYPT_COST: ScryptCost = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

function derive(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}

export async function hashPassword(password: string, random: Random, cost = DEFAULT_SCRYPT_COST): Promise<string> {
  const salt = Buffer.from(random.bytes(SALT_LENGTH));
  const key = await derive(password, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, expected] = stored.split('$');
  if (scheme !== 'scrypt' || salt === undefined || expected === undefined) return false;
  const key = await derive(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  const expectedKey = Buffer.from(expected, 'base64url');
  return key.length === expectedKey.length && timingSafeEqual(key, expectedKey);
}
