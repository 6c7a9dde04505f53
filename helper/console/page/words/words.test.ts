import { describe, expect, it } from 'vitest';
import { findEnglish } from '../../../../test/kit/english-text.js';
import { CONSOLE_CATALOGUES, type ConsoleWords, type ScenarioFacts } from './index.js';
import { cy } from './cy.js';
import { en } from './en.js';

/** What the catalogue's functions are called with here: names and figures, which read the same in both languages. */
const FACTS: ScenarioFacts = { amirCodesLockedUntil: 'Dydd Sadwrn 28 Tachwedd 2026, 10:40', amirRememberedBrowsers: 2, janeRecoveryCodes: ['K7QF-2M9D-XW4C'] };

/**
 * Every text of a catalogue, each function called with sample values, with its path. Left out: the
 * shared words (shared/words tests them) and the switch to the other language, which is written in
 * that language on purpose (and marked so with `lang`).
 */
function everyText(words: ConsoleWords): { path: string; text: string }[] {
  const found: { path: string; text: string }[] = [];
  const visit = (value: unknown, path: string): void => {
    if (path === 'shared' || path === 'switchTo' || path === 'language') return;
    if (typeof value === 'string') found.push({ path, text: value });
    else if (typeof value === 'function') {
      const sample = path === 'time.list' ? [['1 diwrnod', '1 awr']] : path.endsWith('.done') ? [FACTS] : ['Jane Smith', 'Jane Smith'];
      found.push({ path, text: String((value as (...args: unknown[]) => unknown)(...sample)) });
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, inner] of Object.entries(value)) visit(inner, path === '' ? key : `${path}.${key}`);
    }
  };
  visit(words, '');
  return found;
}

describe("the trainer console's words", () => {
  it('has every text in Welsh, with no English left in it', () => {
    const welsh = everyText(cy);
    expect(welsh.length).toBeGreaterThan(150);
    const english = findEnglish(welsh.map((entry) => entry.text));
    expect(english).toEqual([]);
    // The check itself would catch an English catalogue.
    expect(findEnglish(everyText(en).map((entry) => entry.text)).length).toBeGreaterThan(welsh.length / 2);
  });

  it('has the same texts in both languages, none of them empty', () => {
    const paths = (words: ConsoleWords) => everyText(words).map((entry) => entry.path);
    expect(paths(cy)).toEqual(paths(en));
    expect(everyText(cy).filter((entry) => entry.text.trim() === '')).toEqual([]);
    expect(Object.keys(CONSOLE_CATALOGUES)).toEqual(['en', 'cy']);
  });

  it('offers the other language, written in that language', () => {
    expect(en.switchTo).toEqual({ language: 'cy', label: 'Cymraeg' });
    expect(cy.switchTo).toEqual({ language: 'en', label: 'English' });
    expect(cy.shared.locale).toBe('cy-GB');
  });

  it('writes Welsh counts as "Label: N", needing no plural forms', () => {
    expect(cy.person.recoveryCodesLeft(1)).toBe('Ar ôl: 1');
    expect(cy.person.liveSessions(3)).toBe('Sesiynau byw: 3');
    expect(cy.outbox.count(12)).toBe('Negeseuon e-bost: 12. Y mwyaf newydd yn gyntaf.');
    expect(en.outbox.count(1)).toBe('1 email, newest first.');
    expect(en.outbox.count(12)).toBe('12 emails, newest first.');
  });

  it("says what a scenario did from the helper's facts, in each language", () => {
    const done = (words: ConsoleWords) => words.scenarios.byId['amir-remembered-device-expiring'].done(FACTS);
    expect(done(en)).toBe('Amir\'s 2 remembered browsers are remembered for 1 more minute. Then, or after moving the clock, signing in as Amir asks for a code again.');
    expect(done(cy)).toBe('Porwyr Amir sy’n cael eu cofio: 2. Byddant yn cael eu cofio am 1 munud arall. Wedyn, neu ar ôl symud y cloc, bydd mewngofnodi fel Amir yn gofyn am god eto.');
    expect(cy.scenarios.byId['jane-mfa-on'].done(FACTS)).toContain('Ei chodau adfer: K7QF-2M9D-XW4C.');
  });
});
