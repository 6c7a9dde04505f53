import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CONSOLE_TOKEN_FILE } from '../app.js';

/** What a token given by hand (ESR_MFA_CONSOLE_TOKEN) must look like: long enough, and safe in a header and an address. */
const GIVEN_TOKEN = /^[A-Za-z0-9._~-]{16,256}$/;

/**
 * The trainer console's token: 32 random bytes (base64url), kept in the data folder as
 * `console.token`, readable by its owner only (like helper.key), so a restarted helper keeps the
 * trainer's bookmark working. `--reset` wipes it with the database, and a new one is made. A token
 * given in the environment (the test kit's) is used instead and not written anywhere.
 */
export function consoleToken(dataDir: string, given: string | undefined): string {
  if (given !== undefined && given !== '') {
    if (!GIVEN_TOKEN.test(given)) throw new Error('ESR_MFA_CONSOLE_TOKEN must be 16 to 256 letters, digits or the marks . _ ~ -');
    return given;
  }
  const file = path.join(dataDir, CONSOLE_TOKEN_FILE);
  if (existsSync(file)) {
    chmodSync(file, 0o600);
    const token = readFileSync(file, 'utf8').trim();
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) throw new Error(`${file} is not a console token. Delete it (a new one is made at the next start), or start again with --reset.`);
    return token;
  }
  const token = randomBytes(32).toString('base64url');
  writeFileSync(file, `${token}\n`, { mode: 0o600, flag: 'wx' });
  return token;
}

/**
 * Compares a token from a request with the console's without a timing signal: both are hashed
 * first, so the comparison is of equal lengths whatever was sent.
 */
export function tokenMatcher(expected: string): (given: string) => boolean {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  const expectedDigest = digest(expected);
  return (given) => timingSafeEqual(digest(given), expectedDigest);
}
