import { describe, expect, it } from 'vitest';
import { EXAMPLE_NOW, EXAMPLE_STATUS } from './examples.js';
import { newEmailsText } from './outbox-text.js';
import { clockStateText, extensionText, portalLoginAddress } from './status-text.js';

describe('the status bar', () => {
  it('says when the extension last called the portal', () => {
    expect(extensionText(EXAMPLE_STATUS.extension, EXAMPLE_NOW)).toBe('Extension connected: last seen 5 seconds ago');
    expect(extensionText(null, EXAMPLE_NOW)).toBe('Not seen yet: it first calls the portal when someone signs in');
  });

  it('says whether the training clock is moved', () => {
    expect(clockStateText(EXAMPLE_STATUS.clock)).toBe('Real time');
    expect(clockStateText({ now: EXAMPLE_NOW + 90_000, realNow: EXAMPLE_NOW, offsetMs: 90_000, moved: true })).toBe('Moved: 1 minute and 30 seconds ahead of real time');
  });

  it("links to the portal's login page", () => {
    expect(portalLoginAddress('http://127.0.0.1:4400')).toBe('http://127.0.0.1:4400/login');
    expect(portalLoginAddress('http://127.0.0.1:4400/')).toBe('http://127.0.0.1:4400/login');
  });
});

describe('the outbox', () => {
  it('announces emails that arrive while the console is open', () => {
    expect(newEmailsText([{ displayName: 'Amir Khan', subject: 'Too many wrong codes' }])).toBe('New email to Amir Khan: Too many wrong codes');
    expect(newEmailsText([{ displayName: 'a', subject: 'b' }, { displayName: 'c', subject: 'd' }])).toBe('2 new emails');
  });
});
