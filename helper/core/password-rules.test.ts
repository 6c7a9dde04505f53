import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../personas.js';
import { checkPasswordRules } from './password-rules.js';

describe("ESR's password rules", () => {
  it.each([
    ['Training26', []],
    ['short1', ['too-short', 'common-password']],
    ['nonumbers', ['needs-number']],
    ['12345678', ['needs-letter', 'sequential-characters', 'common-password']],
    ['Paaaass1word', ['repeated-characters']],
    ['Pass1234word', ['sequential-characters']],
    ['Passdcba9', ['sequential-characters']],
    ['abc9Pass', []],
    ['my999JSMITH01pw', ['contains-username']],
    ['x'.repeat(2) + 'A1'.repeat(64), ['too-long']],
  ])('%s -> %j', (password, expected) => {
    expect(checkPasswordRules(password, '999JSMITH01')).toEqual(expected);
  });

  it('the demo password obeys every rule', () => {
    expect(checkPasswordRules(DEMO_PASSWORD, '999JSMITH01')).toEqual([]);
  });

  it('any password it accepts has 8+ characters, a letter, a number and no run of four', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...Array.from('aAbBcCdDz0123456789!')), minLength: 0, maxLength: 20 }), (password) => {
        if (checkPasswordRules(password, '999JSMITH01').length > 0) return;
        expect(password.length).toBeGreaterThanOrEqual(8);
        expect(password).toMatch(/[a-z]/i);
        expect(password).toMatch(/\d/);
        expect(password).not.toMatch(/(.)\1\1\1/);
        expect(password.toLowerCase()).not.toMatch(/0123|1234|2345|3456|4567|5678|6789|abcd|9876|3210|dcba/);
      }),
    );
  });
});

describe('common and breached passwords (NIST SP 800-63B 5.1.1.2)', () => {
  it.each(['Password1', 'Liverpool1', 'Welcome1', 'Qwerty123'])('refuses %s, which obeys ESR\'s rules but is on the list', (password) => {
    expect(checkPasswordRules(password, '999JSMITH01')).toEqual(['common-password']);
  });

  it('ignores case, so capitals do not get a listed password through', () => {
    for (const password of ['PASSWORD1', 'pAsSwOrD1', 'LIVERPOOL1', 'liverpool1']) {
      expect(checkPasswordRules(password, '999JSMITH01')).toEqual(['common-password']);
    }
  });

  it('refuses a top-of-the-list word with other digits or symbols after it', () => {
    for (const password of ['Liverpool2719', 'Dragon48!', 'Football-2024']) {
      expect(checkPasswordRules(password, '999JSMITH01')).toEqual(['common-password']);
    }
  });

  it('accepts a random strong passphrase, with or without digits at the end', () => {
    for (const password of ['Tidal7 orchard lantern quill', 'Copper heron marmalade 48', 'Winter47Ward']) {
      expect(checkPasswordRules(password, '999JSMITH01')).toEqual([]);
    }
  });
});
