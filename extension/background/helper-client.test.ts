import { describe, expect, it } from 'vitest';
import { API_PATHS, StatusResponse } from '../../shared/api.js';
import { createHelperClient } from './helper-client.js';

function answering(status: number, body: string | (() => never)): typeof fetch {
  return () => (typeof body === 'function' ? body() : Promise.resolve(new Response(body, { status, headers: { 'content-type': 'application/json' } })));
}

const origin = () => Promise.resolve('http://127.0.0.1:4400');

describe('the helper client', () => {
  it('passes on a well-formed answer', async () => {
    const client = createHelperClient(origin, answering(200, '{"session":{"state":"anonymous"}}'));
    expect(await client.post(API_PATHS.status, {}, StatusResponse)).toEqual({ ok: true, value: { session: { state: 'anonymous' } } });
  });

  it("passes on the helper's typed error", async () => {
    const client = createHelperClient(origin, answering(422, '{"error":{"code":"invalid-code","message":"no","attemptsLeft":2}}'));
    expect(await client.post(API_PATHS.status, {}, StatusResponse)).toEqual({ ok: false, error: { code: 'invalid-code', message: 'no', attemptsLeft: 2 } });
  });

  it.each([
    ['an answer that does not fit the contract', answering(200, '{"session":{"state":"root"}}')],
    ['an error body that is not ours', answering(500, '<html>oops</html>')],
    ['no answer at all', answering(0, () => { throw new TypeError('Failed to fetch'); })],
  ])('treats %s as the helper being unreachable', async (_name, fetchImpl) => {
    const client = createHelperClient(origin, fetchImpl);
    expect(await client.post(API_PATHS.status, {}, StatusResponse)).toMatchObject({ ok: false, error: { code: 'helper-unreachable' } });
  });

  it('names the session by the browser cookie, and carries no token a page could have read', async () => {
    let seen: RequestInit | undefined;
    const client = createHelperClient(origin, (_url, init) => {
      seen = init;
      return Promise.resolve(new Response('{"session":{"state":"anonymous"}}', { status: 200 }));
    });
    await client.post(API_PATHS.status, {}, StatusResponse);
    expect(seen?.credentials).toBe('include');
    expect(seen?.headers).toEqual({ 'content-type': 'application/json' });
  });
});
