import { randomBytes } from 'node:crypto';
import { bench, describe } from 'vitest';
import { API_PATHS } from '../shared/api.js';
import { hashPassword, verifyPassword } from '../helper/core/password-hash.js';
import { checkTotp, totpCodeAt } from '../helper/core/totp.js';
import { DEMO_PASSWORD } from '../helper/personas.js';
import { startTestServer } from '../test/support/server-fixture.js';

// Set up once, before any measurement (bench mode runs no beforeAll hooks).
const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const now = Date.UTC(2026, 10, 28, 9, 0, 0);
const code = totpCodeAt(secret, now);
const stored = await hashPassword(DEMO_PASSWORD, { bytes: (n: number) => randomBytes(n) });
const fx = await startTestServer();
const jane = fx.client();
await jane.postForm('/login', { username: '999JSMITH01', password: DEMO_PASSWORD });

describe('one-time codes', () => {
  bench('check a right code (three steps looked at)', () => { checkTotp({ secret, code, nowMs: now, lastUsedStep: null }); });
  bench('check a wrong code', () => { checkTotp({ secret, code: '000000', nowMs: now, lastUsedStep: null }); });
});

describe('passwords (scrypt at the real cost)', () => {
  bench('verify a password', async () => {
    if (!(await verifyPassword(DEMO_PASSWORD, stored))) throw new Error('the password should match');
  }, { iterations: 10, time: 0 });
});

describe('the helper over HTTP, on loopback', () => {
  bench('POST /api/v1/status', async () => { await jane.api(API_PATHS.status, {}); });
  bench('GET /login (a page with a fresh device nonce)', async () => { await fx.client().get('/login'); }, {
    teardown: async (_task, mode) => { if (mode === 'run') await fx.stop(); },
  });
});
