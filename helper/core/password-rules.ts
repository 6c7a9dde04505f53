import { isCommonPassword } from './common-passwords.js';

/**
 * ESR's password rules: at least 8 characters, a letter and a number, and no runs of repeated or
 * sequential characters (`aaaa`, `1234`, `dcba`). Runs of four are refused; three are allowed, so
 * ordinary words ("first", "abc") do not trip the rule. On top of ESR's own rules, a common or
 * breached password is refused, as NIST SP 800-63B asks.
 */
export const PASSWORD_MIN_LENGTH = 8;
/** NIST SP 800-63B asks that at least 64 characters be allowed. */
export const PASSWORD_MAX_LENGTH = 128;
const RUN_LENGTH = 4;

export type PasswordRuleBreach =
  | 'too-short'
  | 'too-long'
  | 'needs-letter'
  | 'needs-number'
  | 'repeated-characters'
  | 'sequential-characters'
  | 'contains-username'
  | 'common-password'
  | 'same-as-before';

export function checkPasswordRules(password: string, username: string): PasswordRuleBreach[] {
  const breaches: PasswordRuleBreach[] = [];
  const characters = Array.from(password); // code points, so an emoji counts as one character
  if (characters.length < PASSWORD_MIN_LENGTH) breaches.push('too-short');
  if (characters.length > PASSWORD_MAX_LENGTH) breaches.push('too-long');
  if (!/\p{L}/u.test(password)) breaches.push('needs-letter');
  if (!/\p{N}/u.test(password)) breaches.push('needs-number');
  if (hasRun(characters, (a, b) => a === b)) breaches.push('repeated-characters');
  if (hasRun(characters, (a, b) => isNextInSequence(a, b, 1)) || hasRun(characters, (a, b) => isNextInSequence(a, b, -1))) {
    breaches.push('sequential-characters');
  }
  if (username.length > 0 && password.toUpperCase().includes(username.toUpperCase())) breaches.push('contains-username');
  if (isCommonPassword(password)) breaches.push('common-password');
  return breaches;
}

function hasRun(characters: string[], follows: (previous: string, next: string) => boolean): boolean {
  let length = 1;
  for (let i = 1; i < characters.length; i++) {
    length = follows((characters[i - 1] ?? '').toLowerCase(), (characters[i] ?? '').toLowerCase()) ? length + 1 : 1;
    if (length >= RUN_LENGTH) return true;
  }
  return false;
}

function isNextInSequence(previous: string, next: string, direction: 1 | -1): boolean {
  const isAlphanumeric = (c: string) => /^[a-z0-9]$/.test(c);
  if (!isAlphanumeric(previous) || !isAlphanumeric(next)) return false;
  const sameKind = /\d/.test(previous) === /\d/.test(next);
  return sameKind && next.charCodeAt(0) - previous.charCodeAt(0) === direction;
}
