import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PATHS } from '../../shared/api.js';
import { ErrorBody } from '../../shared/errors.js';
import { BENCH_RATE_LIMITS, DEFAULT_RATE_LIMITS } from '../../helper/http/server.js';
import { startTestServer, type ServerFixture } from '../support/server-fixture.js';

let fx: ServerFixture;
beforeAll(async () => { fx = await startTestServer({ perAddressPerMinute: 20, signInPerAddressPerMinute: 3 }); });
afterAll(async () => { await fx.stop(); });

describe('rate limits per address', () => {
  it('slows password guessing from one address, with a typed error and Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await fx.client().postForm('/login', { username: `999X${i}`, password: 'Wrong1pass' })).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  it('slows code guessing through the API the same way', async () => {
    const body = { challenge: 'A'.repeat(43), code: '123456' };
    const responses = [];
    for (let i = 0; i < 4; i++) responses.push(await fx.client().api(API_PATHS.challengeVerify, body));
    expect(responses.map((r) => r.status)).toEqual([404, 404, 404, 429]);
    const limited = responses[3]!;
    expect(ErrorBody.parse(limited.json()).error.code).toBe('rate-limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('the default rate limits', () => {
  it('are unchanged: 600 requests and 60 password or code posts a minute from one address', () => {
    expect(DEFAULT_RATE_LIMITS).toEqual({ perAddressPerMinute: 600, signInPerAddressPerMinute: 60 });
  });

  it('are not the bench\'s: BENCH_RATE_LIMITS (npm run bench only) is far above them', () => {
    expect(BENCH_RATE_LIMITS.perAddressPerMinute).toBeGreaterThan(1_000 * DEFAULT_RATE_LIMITS.perAddressPerMinute);
    expect(BENCH_RATE_LIMITS.signInPerAddressPerMinute).toBeGreaterThan(1_000 * DEFAULT_RATE_LIMITS.signInPerAddressPerMinute);
  });
});
