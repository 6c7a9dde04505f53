import { describe, expect, it } from 'vitest';
import { CONSOLE_PATHS } from '../contract.js';
import { createConsoleApi, isTokenRefusal, UNEXPECTED_MESSAGE, UNREACHABLE_MESSAGE, type ConsoleFailure } from './api.js';
import { EXAMPLE_PEOPLE, EXAMPLE_PHONE, EXAMPLE_STATUS } from './examples.js';

interface Seen {
  url: string;
  init: RequestInit;
}

const bodyOf = (seen: Seen | undefined): unknown => JSON.parse(typeof seen?.init.body === 'string' ? seen.init.body : 'null');

/** A fetch that answers every request with one status and body, and remembers what it was asked. */
function fakeFetch(status: number, body: unknown) {
  const seen: Seen[] = [];
  const fetchImpl: typeof fetch = (input, init) => {
    seen.push({ url: input instanceof Request ? input.url : String(input), init: init ?? {} });
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    return Promise.resolve(new Response(text, { status, headers: { 'content-type': 'application/json' } }));
  };
  return { fetchImpl, seen };
}

describe('the console API client', () => {
  it('sends the token as a bearer header, and no cookie the portal set', async () => {
    const { fetchImpl, seen } = fakeFetch(200, EXAMPLE_STATUS);
    const api = createConsoleApi('t0ken', { fetch: fetchImpl });
    await api.status();
    expect(seen[0]?.url).toBe(CONSOLE_PATHS.status);
    expect(seen[0]?.init.method).toBe('GET');
    expect(seen[0]?.init.headers).toMatchObject({ authorization: 'Bearer t0ken' });
    expect(seen[0]?.init.credentials).toBe('omit');
    expect(seen[0]?.init.body).toBeUndefined();
  });

  it('passes on an answer that fits the contract', async () => {
    const { fetchImpl } = fakeFetch(200, { people: EXAMPLE_PEOPLE });
    const result = await createConsoleApi('t', { fetch: fetchImpl }).people();
    expect(result).toEqual({ ok: true, value: EXAMPLE_PEOPLE });
  });

  it('posts JSON bodies where the contract takes one', async () => {
    const { fetchImpl, seen } = fakeFetch(200, EXAMPLE_PEOPLE[0]);
    await createConsoleApi('t', { fetch: fetchImpl }).resetPerson('999JSMITH01', true);
    expect(seen[0]?.url).toBe('/api/people/999JSMITH01/reset');
    expect(seen[0]?.init.method).toBe('POST');
    expect(seen[0]?.init.headers).toMatchObject({ 'content-type': 'application/json' });
    expect(bodyOf(seen[0])).toEqual({ newKeys: true });
  });

  it('asks the outbox for one person with a query, and for everyone without', async () => {
    const { fetchImpl, seen } = fakeFetch(200, { emails: [] });
    const api = createConsoleApi('t', { fetch: fetchImpl, origin: 'http://127.0.0.1:4401' });
    await api.outbox('999AKHAN01');
    await api.outbox();
    expect(seen.map((s) => s.url)).toEqual(['http://127.0.0.1:4401/api/outbox?username=999AKHAN01', 'http://127.0.0.1:4401/api/outbox']);
  });

  it('scans the QR code it is told to, or leaves the choice to the server', async () => {
    const { fetchImpl, seen } = fakeFetch(200, EXAMPLE_PHONE.accounts[0]);
    const api = createConsoleApi('t', { fetch: fetchImpl });
    await api.scan('999JSMITH01');
    await api.scan();
    expect(seen.map(bodyOf)).toEqual([{ username: '999JSMITH01' }, {}]);
  });

  it('removes a phone account with DELETE', async () => {
    const { fetchImpl, seen } = fakeFetch(200, { removed: true });
    expect(await createConsoleApi('t', { fetch: fetchImpl }).removePhoneAccount(7)).toEqual({ ok: true, value: { removed: true } });
    expect(seen[0]).toMatchObject({ url: '/api/phone/accounts/7', init: { method: 'DELETE' } });
  });

  it("passes on the server's typed refusal with its own words", async () => {
    const { fetchImpl } = fakeFetch(422, { error: { code: 'invalid-key', message: 'That key is too short.' } });
    const result = await createConsoleApi('t', { fetch: fetchImpl }).addPhoneAccount({ accountName: '999JSMITH01', key: 'ABC' });
    expect(result).toEqual({ ok: false, error: { code: 'invalid-key', message: 'That key is too short.', status: 422 } });
  });

  it('tells the page when the token is refused, so it can ask for the address again', async () => {
    const { fetchImpl } = fakeFetch(401, { error: { code: 'wrong-token', message: 'That is not this console\'s token.' } });
    const refused: ConsoleFailure[] = [];
    const result = await createConsoleApi('old', { fetch: fetchImpl, onTokenRefused: (error) => refused.push(error) }).phone();
    expect(result.ok).toBe(false);
    expect(refused).toEqual([{ code: 'wrong-token', message: 'That is not this console\'s token.', status: 401 }]);
  });

  it('tells the page the token was accepted only when the server answers with success', async () => {
    let accepted = 0;
    const onTokenAccepted = () => { accepted += 1; };
    await createConsoleApi('junk', { fetch: fakeFetch(401, { error: { code: 'wrong-token', message: 'No.' } }).fetchImpl, onTokenAccepted }).phone();
    expect(accepted).toBe(0);
    await createConsoleApi('good', { fetch: fakeFetch(200, { now: 0, accounts: [] }).fetchImpl, onTokenAccepted }).phone();
    expect(accepted).toBe(1);
  });

  it('does not mistake other refusals for a token problem', async () => {
    const { fetchImpl } = fakeFetch(409, { error: { code: 'nothing-to-scan', message: 'No QR code is showing.' } });
    const refused: ConsoleFailure[] = [];
    await createConsoleApi('t', { fetch: fetchImpl, onTokenRefused: (error) => refused.push(error) }).scan();
    expect(refused).toEqual([]);
  });

  it.each([
    ['an answer that does not fit the contract', fakeFetch(200, { people: [{ username: 'x' }] }).fetchImpl, 'unexpected-answer', UNEXPECTED_MESSAGE],
    ['an error page that is not the contract\'s', fakeFetch(500, '<html>oops</html>').fetchImpl, 'unexpected-answer', UNEXPECTED_MESSAGE],
    ['no answer at all', () => Promise.reject(new TypeError('Failed to fetch')), 'console-unreachable', UNREACHABLE_MESSAGE],
  ])('reports %s in words a trainer can act on', async (_name, fetchImpl, code, message) => {
    const result = await createConsoleApi('t', { fetch: fetchImpl }).people();
    expect(result).toMatchObject({ ok: false, error: { code, message } });
  });

  it('counts any 401 as a token refusal, whatever its body', () => {
    expect(isTokenRefusal({ code: 'unexpected-answer', message: '', status: 401 })).toBe(true);
    expect(isTokenRefusal({ code: 'token-required', message: '', status: 400 })).toBe(true);
    expect(isTokenRefusal({ code: 'not-found', message: '', status: 404 })).toBe(false);
  });
});
