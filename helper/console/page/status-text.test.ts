import { describe, expect, it } from 'vitest';
import { EXAMPLE_NOW, EXAMPLE_STATUS } from './examples.js';
import { newEmailsText } from './outbox-text.js';
import { clockStateText, extensionText, portalHelpAddress, portalLoginAddress } from './status-text.js';
import { cy } from './words/cy.js';
import { en } from './words/en.js';

describe('the status bar', () => {
  it('says when the extension last called the portal', () => {
    expect(extensionText(EXAMPLE_STATUS.extension, EXAMPLE_NOW, en)).toBe('Extension connected: last seen 5 seconds ago');
    expect(extensionText(null, EXAMPLE_NOW, en)).toBe('Not seen yet: it first calls the portal when someone signs in');
    expect(extensionText(EXAMPLE_STATUS.extension, EXAMPLE_NOW, cy)).toBe('Estyniad wedi’i gysylltu: gwelwyd ddiwethaf 5 eiliad yn ôl');
  });

  it('says whether the training clock is moved', () => {
    const moved = { now: EXAMPLE_NOW + 90_000, realNow: EXAMPLE_NOW, offsetMs: 90_000, moved: true };
    expect(clockStateText(EXAMPLE_STATUS.clock, en)).toBe('Real time');
    expect(clockStateText(moved, en)).toBe('Moved: 1 minute and 30 seconds ahead of real time');
    expect(clockStateText(EXAMPLE_STATUS.clock, cy)).toBe('Amser real');
    expect(clockStateText(moved, cy)).toBe('Wedi’i symud: 1 munud, 30 eiliad o flaen amser real');
  });

  it("links to the portal's login page", () => {
    expect(portalLoginAddress('http://127.0.0.1:4400')).toBe('http://127.0.0.1:4400/login');
    expect(portalLoginAddress('http://127.0.0.1:4400/')).toBe('http://127.0.0.1:4400/login');
  });

  it("links to the portal's MFA help page, with the video and step-by-step guide", () => {
    expect(portalHelpAddress('http://127.0.0.1:4400')).toBe('http://127.0.0.1:4400/help/mfa');
    expect(portalHelpAddress('http://127.0.0.1:4400/')).toBe('http://127.0.0.1:4400/help/mfa');
  });
});

describe('the outbox', () => {
  it('announces emails that arrive while the console is open', () => {
    const two = [{ displayName: 'a', subject: 'b' }, { displayName: 'c', subject: 'd' }];
    expect(newEmailsText([{ displayName: 'Amir Khan', subject: 'Too many wrong codes' }], en)).toBe('New email to Amir Khan: Too many wrong codes');
    expect(newEmailsText(two, en)).toBe('2 new emails');
    expect(newEmailsText(two, cy)).toBe('Negeseuon e-bost newydd: 2');
  });
});
