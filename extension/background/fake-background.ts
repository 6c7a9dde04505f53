import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { z } from 'zod/mini';
import { API_PATHS } from '../../shared/api.js';
import type { MessageError, MessageResult } from '../messages/result.js';
import { createExtensionStorage, openExtensionDb } from '../storage/db.js';
import type { BackgroundContext } from './context.js';
import { createFrameTickets } from './frame-tickets.js';
import type { HelperClient } from './helper-client.js';
import { routeMessage } from './router.js';
import { createSessionOwners } from './session-owners.js';

/**
 * A background for unit tests: real storage (fake-indexeddb), real tickets and router, and a fake
 * helper that answers as the real one would for a signed-in Jane and records every call.
 * Test support only: nothing in the extension imports it.
 */
export const OWN = { id: 'own-id', url: (path: string) => `chrome-extension://own-id/${path}` };
export const PORTAL = 'http://127.0.0.1:4400';
export const fromPortal = { id: 'own-id', url: `${PORTAL}/portal`, tab: { id: 7 }, frameId: 0 };
export const fromFrame = { id: 'own-id', url: 'chrome-extension://own-id/extension/pages/secure-frame/index.html', tab: { id: 7 }, frameId: 3 };
export const fromOptions = { id: 'own-id', url: 'chrome-extension://own-id/extension/pages/options/index.html' };

export const signedIn = (username: string, displayName: string) => ({
  session: {
    state: 'signed-in',
    user: { username, displayName, jobTitle: 'Staff nurse', privilege: 'staff' },
    mfa: { enabled: false, enrolment: { eligible: true }, recoveryCodesLeft: null, reenrolmentRequired: false },
    signIn: { risk: [], location: 'Leeds, UK', device: 'Chrome on Linux' },
    notices: [],
  },
});

export interface HelperCall {
  path: string;
  body: unknown;
}

export interface FakeBackground {
  context: BackgroundContext;
  calls: HelperCall[];
  /** What the fake helper answers at each path: a body, or a refusal. */
  answers: Record<string, unknown>;
  refusals: Record<string, MessageError>;
  route: (message: unknown, sender: object) => Promise<MessageResult<unknown>>;
}

let tokenCount = 0;

export function fakeBackground(): FakeBackground {
  globalThis.indexedDB = new IDBFactory();
  const calls: HelperCall[] = [];
  const answers: Record<string, unknown> = {
    [API_PATHS.status]: signedIn('999JSMITH01', 'Jane Smith'),
    [API_PATHS.challengeVerify]: { verified: true },
    [API_PATHS.enrolmentStart]: { otpauthUri: 'otpauth://totp/ESR:999JSMITH01?secret=ABCDEFGH&issuer=ESR', secret: 'ABCDEFGH', issuer: 'ESR', accountName: '999JSMITH01' },
    [API_PATHS.enrolmentConfirm]: { mfaEnabled: true, recoveryCodes: Array.from({ length: 10 }, (_, i) => `AAAA-BBBB-CCCC-DDD${'ABCDEFGHIJ'[i] ?? 'A'}`) },
  };
  const refusals: Record<string, MessageError> = {};
  const helper: HelperClient = {
    post<S extends z.ZodMiniType>(path: string, body: unknown, schema: S): Promise<MessageResult<z.infer<S>>> {
      calls.push({ path, body });
      const refusal = refusals[path];
      return Promise.resolve(refusal === undefined ? { ok: true, value: schema.parse(answers[path]) } : { ok: false, error: refusal });
    },
  };
  let now = 1_000;
  const context: BackgroundContext = {
    storage: createExtensionStorage(openExtensionDb()),
    helper,
    tickets: createFrameTickets(() => `ticket-${String(++tokenCount).padStart(36, '0')}`, () => now),
    owners: createSessionOwners(),
    now: () => (now += 1),
    notifier: { permitted: () => Promise.resolve(false), show: () => Promise.resolve() },
  };
  return { context, calls, answers, refusals, route: (message, sender) => routeMessage(context, OWN, message, sender) };
}
