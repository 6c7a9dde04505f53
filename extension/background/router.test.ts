import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { API_PATHS } from '../../shared/api.js';
import type { BackgroundContext } from './context.js';
import { fakeBackground, fromFrame, fromOptions, fromPortal as fromPortalHome, PORTAL, type FakeBackground, type HelperCall } from './fake-background.js';
import { createFrameTickets } from './frame-tickets.js';

const CHALLENGE = 'C'.repeat(43);
const fromPortal = { ...fromPortalHome, url: `${PORTAL}/login/verify` };

let context: BackgroundContext;
let calls: HelperCall[];
let route: FakeBackground['route'];

beforeEach(() => {
  ({ context, calls, route } = fakeBackground());
});

describe('the background checks who is asking', () => {
  it.each([
    ['another extension', { ...fromPortal, id: 'someone-else' }],
    ['a portal on another port', { ...fromPortal, url: 'http://127.0.0.1:9999/login' }],
    ['a frame inside the portal page', { ...fromPortal, frameId: 2 }],
    ['a website', { ...fromPortal, url: 'https://evil.example/' }],
    ['no address at all', { id: 'own-id' }],
  ])('refuses %s', async (_name, sender) => {
    expect(await route({ type: 'page-context' }, sender)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(calls).toEqual([]);
  });

  it('lets each sender send only its own messages', async () => {
    expect(await route({ type: 'get-settings' }, fromPortal)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(await route({ type: 'page-context' }, fromFrame)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(await route({ type: 'secure-frame-content', ticket: CHALLENGE }, fromOptions)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(calls).toEqual([]);
  });

  it.each([
    ['no type', {}],
    ['an unknown type', { type: 'disable-mfa' }],
    ['a code that is not six digits', { type: 'verify-sign-in', challenge: CHALLENGE, code: '12345' }],
    ['a challenge of the wrong shape', { type: 'verify-sign-in', challenge: 'short', code: '123456', rememberDevice: false }],
    ['not an object', 'page-context'],
  ])('refuses a message with %s', async (_name, message) => {
    expect(await route(message, fromPortal)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(calls).toEqual([]);
  });
});

describe('the secure frame ticket', () => {
  it('gives the secret only to the secure frame in the same tab, once', async () => {
    const opened = await route({ type: 'open-secure-frame' }, fromPortal);
    if (!opened.ok) throw new Error('no ticket');
    const ticket = (opened.value as { ticket: string }).ticket;
    expect(JSON.stringify(opened)).not.toContain('ABCDEFGH');

    expect(await route({ type: 'secure-frame-content', ticket }, { ...fromFrame, tab: { id: 8 } })).toMatchObject({ ok: false, error: { code: 'frame-expired' } });
    const again = await route({ type: 'open-secure-frame' }, fromPortal);
    const second = (again as { value: { ticket: string } }).value.ticket;
    expect(await route({ type: 'secure-frame-content', ticket: second }, fromFrame)).toMatchObject({ ok: true, value: { kind: 'enrolment', enrolment: { secret: 'ABCDEFGH' } } });
    expect(await route({ type: 'secure-frame-content', ticket: second }, fromFrame)).toMatchObject({ ok: false, error: { code: 'frame-expired' } });
    expect(calls.filter((c) => c.path === API_PATHS.enrolmentStart)).toEqual([{ path: API_PATHS.enrolmentStart, body: {} }]);
  });

  it('expires after a minute', () => {
    let now = 0;
    const tickets = createFrameTickets(() => 'x'.repeat(43), () => now);
    const id = tickets.issue({ tabId: 1, content: { kind: 'enrolment' } });
    now = 60_000;
    expect(tickets.redeem(id, 1)).toBeUndefined();
  });
});

describe('what the background keeps', () => {
  it('remembers progress and snoozes under the username the helper names, not one the page claims', async () => {
    await route({ type: 'save-progress', step: 'add-account', acknowledgedIrreversible: true }, fromPortal);
    await route({ type: 'snooze-invitation' }, fromPortal);
    const context_ = await route({ type: 'page-context' }, fromPortal);
    expect(context_).toMatchObject({ ok: true, value: { progress: { username: '999JSMITH01', step: 'add-account', acknowledgedIrreversible: true }, snoozeDays: 7 } });
    expect((context_ as { value: { snoozedUntil: number } }).value.snoozedUntil).toBeGreaterThan(7 * 24 * 3_600_000);
  });

  it('after MFA is confirmed, hands the recovery codes to the secure frame only, and moves progress on', async () => {
    await route({ type: 'save-progress', step: 'confirm', acknowledgedIrreversible: true }, fromPortal);
    const confirmed = await route({ type: 'confirm-enrolment', code: '123456' }, fromPortal);
    expect(confirmed).toMatchObject({ ok: true, value: { mfaEnabled: true } });
    expect(JSON.stringify(confirmed)).not.toContain('AAAA-BBBB');
    expect(await context.storage.getProgress('999JSMITH01')).toMatchObject({ step: 'recovery-codes' });
    const ticket = (confirmed as { value: { recoveryTicket: string } }).value.recoveryTicket;
    expect(await route({ type: 'secure-frame-content', ticket }, fromFrame)).toMatchObject({ ok: true, value: { kind: 'recovery-codes', username: '999JSMITH01' } });
  });

  it('saves settings only from the options page, and only loopback addresses', async () => {
    expect(await route({ type: 'save-settings', settings: { helperOrigin: 'http://127.0.0.1:4455', snoozeDays: 3 } }, fromPortal)).toMatchObject({ ok: false });
    expect(await route({ type: 'save-settings', settings: { helperOrigin: 'https://evil.example', snoozeDays: 3 } }, fromOptions)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(await route({ type: 'save-settings', settings: { helperOrigin: 'http://127.0.0.1:4455', snoozeDays: 3 } }, fromOptions)).toEqual({ ok: true, value: { helperOrigin: 'http://127.0.0.1:4455', snoozeDays: 3, browserNotifications: false } });
    // The portal at the old address is no longer answered.
    expect(await route({ type: 'page-context' }, fromPortal)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });
});
