import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import { defineMessages, messageRequest, type Handlers } from '../messages/table.js';
import { dispatch } from './dispatch.js';

const TABLE = defineMessages({
  count: { request: messageRequest('count', { by: z.number().check(z.int()) }), response: z.object({ total: z.number().check(z.int()) }) },
});
const helperAnswer = { total: 3, recoveryCodes: ['AAAA-BBBB-CCCC-DDDD'] };

afterEach(() => { vi.restoreAllMocks(); });

describe('dispatching a message to its handler', () => {
  it('sends only the fields the response schema names (a handler passing a helper answer along cannot leak the rest)', async () => {
    const handlers: Handlers<typeof TABLE, null, null> = { count: () => ({ ok: true, value: helperAnswer }) };
    expect(await dispatch(TABLE, handlers, null, { type: 'count', by: 1 }, null)).toEqual({ ok: true, value: { total: 3 } });
  });

  it('refuses a request that does not fit its schema, or a type the table does not have, without running a handler', async () => {
    const handler = vi.fn(() => ({ ok: true as const, value: { total: 1 } }));
    for (const message of [{ type: 'count', by: 1.5 }, { type: 'toString' }, { type: '__proto__' }, { by: 1 }, null]) {
      expect(await dispatch(TABLE, { count: handler }, null, message, null)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('answers "internal" when a handler produced a value outside its schema', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const handlers: Handlers<typeof TABLE, null, null> = { count: (_context, request) => ({ ok: true, value: { total: request.by / 2 } }) };
    expect(await dispatch(TABLE, handlers, null, { type: 'count', by: 1 }, null)).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(error).toHaveBeenCalledOnce();
  });
});
