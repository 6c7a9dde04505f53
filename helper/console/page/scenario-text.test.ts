import { describe, expect, it } from 'vitest';
import { errorText } from './error-text.js';
import { EXAMPLE_PEOPLE } from './examples.js';
import { scenarioFacts, scenarioTitle } from './scenario-text.js';
import { cy } from './words/cy.js';
import { en } from './words/en.js';

describe('scenarios and refusals in the trainer\'s language', () => {
  it("names a scenario the helper sends in the console's own words, and a new one in the helper's English, marked so", () => {
    const helperSays = { id: 'amir-phone-lost', title: 'Amir has lost his phone', description: 'Ravi, at the helpdesk, resets it.' };
    expect(scenarioTitle(helperSays, cy)).toEqual({ title: 'Mae Amir wedi colli ei ffôn', description: cy.scenarios.byId['amir-phone-lost'].description, english: false });
    const unknown = { id: 'something-new', title: 'Something new', description: 'Added to the helper after this console.' };
    expect(scenarioTitle(unknown, cy)).toEqual({ title: 'Something new', description: 'Added to the helper after this console.', english: true });
  });

  it('reads what a scenario did from the people it sent back', () => {
    const facts = scenarioFacts(EXAMPLE_PEOPLE, cy);
    // Amir's codes are locked for 30 seconds in the example, at 10:39:35 UK time.
    expect(facts.amirCodesLockedUntil).toBe('Dydd Sadwrn 28 Tachwedd 2026, 10:40');
    expect(facts.amirRememberedBrowsers).toBe(1);
    expect(facts).toEqual(expect.objectContaining({ janeRecoveryCodes: [] }));
  });

  it("says what a refusal means from its code, never in the server's words", () => {
    expect(errorText({ code: 'wrong-token' }, cy)).toBe('Nid dyna docyn y consol. Agorwch y consol o’r cyfeiriad diweddaraf a argraffodd npm start.');
    expect(errorText({ code: 'console-unreachable' }, en)).toBe('The console cannot reach the helper. Check that npm start is still running in its terminal, then try again.');
    // A scenario with a reason of its own says it; any other gives the general one.
    expect(errorText({ code: 'scenario-not-possible' }, cy, 'amir-remembered-device-expiring')).toBe(cy.scenarios.byId['amir-remembered-device-expiring'].notPossible);
    expect(errorText({ code: 'scenario-not-possible' }, cy, 'amir-phone-lost')).toBe(cy.errors['scenario-not-possible']);
  });
});
