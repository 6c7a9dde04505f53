import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { API_PATHS } from '../../shared/api.js';
import type { MessageResult } from '../messages/result.js';
import { createExtensionStorage, openExtensionDb } from '../storage/db.js';
import type { BackgroundContext } from './context.js';
import { createFrameTickets } from './frame-tickets.js';
import type { HelperClient } from './helper-client.js';
import { routeMessage } from './router.js';
import { createSessionOwners } from './session-owners.js';

const OWN = { id: 'own-id', url: (path: string) => `chrome-extension://own-id/${path}` };
const PORTAL = 'http://127.0.0.1:4400';
const CHALLENGE = 'C'.repeat(43);
const fromPortal = { id: 'own-id', url: `${PORTAL}/login/verify`, tab: { id: 7 }, frameId: 0 };
const fromFrame = { id: 'own-id', url: 'chrome-extension://own-id/extension/pages/secure-frame/index.html', tab: { id: 7 }, frameId: 3 };
const fromOptions = { id: 'own-id', url: 'chrome-extension://own-id/extension/pages/options/index.html' };

/** A helper that answers as the real one would for a signed-in Jane, and records each call. */
function fakeHelper(calls: { path: string; body: unknown }[]): HelperClient {
  const answers: Record<string, unknown> = {
    [API_PATHS.status]: { session: { state: 'signed-in', user: { username: '999JSMITH01', displayName: 'Jane Smith', jobTitle: 'Staff nurse', privilege: 'staff' }, mfa: { enabled: false, enrolment: { eligible: true }, recoveryCodesLeft: null, reenrolmentRequired: false }, signIn: { risk: [], location: 'Leeds, UK', device: 'Chrome on Linux' }, notices: [] } },
    [API_PATHS.challengeVerify]: { verified: true },
    [API_PATHS.enrolmentStart]: { otpauthUri: 'otpauth://totp/ESR:999JSMITH01?secret=ABCDEFGH&issuer=ESR', secret: 'ABCDEFGH', issuer: 'ESR', accountName: '999JSMITH01' },
    [API_PATHS.enrolmentConfirm]: { mfaEnabled: true, recoveryCodes: Array.from({ length: 10 }, (_, i) => `AAAA-BBBB-CCCC-DDD${'ABCDEFGHIJ'[i] ?? 'A'}`) },
  };
  return {
    post<S extends z.ZodType>(path: string, body: unknown, schema: S): Promise<MessageResult<z.infer<S>>> {
      calls.push({ path, body });
      return Promise.resolve({ ok: true, value: schema.parse(answers[path]) });
    },
  };
}

let context: BackgroundContext;
let calls: { path: string; body: unknown }[];
let tokenCount = 0;

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  calls = [];
  let now = 1_000;
  context = {
    storage: createExtensionStorage(openExtensionDb()),
    helper: fakeHelper(calls),
    tickets: createFrameTickets(() => `ticket-${String(++tokenCount).padStart(36, '0')}`.padEnd(43, 'x'), () => now),
    owners: createSessionOwners(),
    now: () => (now += 1),
    notifier: { permitted: () => Promise.resolve(false), show: () => Promise.resolve() },
  };
});

const route = (message: unknown, sender: object) => routeMessage(context, OWN, message, sender);

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
