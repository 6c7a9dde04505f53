import { z } from 'zod/mini';
import type { MessageResult } from '../messages/result.js';
import type { Handler, Handlers, MessageTable } from '../messages/table.js';

// The messages here are for test authors and the console: the UI shows each code's own words from
// its catalogue (ui/error-text.ts), in the language it speaks.
export const NOT_UNDERSTOOD = { ok: false, error: { code: 'invalid-message', message: 'The message was not understood.' } } as const;

const isTypeIn = <T extends MessageTable>(table: T, type: unknown): type is keyof T & string => typeof type === 'string' && Object.hasOwn(table, type);

/**
 * Answers one message from a sender already identified: finds its type in that sender's table,
 * parses the request with the type's schema, runs the handler, and parses the answer with the
 * response schema before it leaves the background, so only the fields the table names ever reach
 * the content script (a handler that spread a helper answer could not pass recovery codes along).
 */
export async function dispatch<T extends MessageTable, Context, From>(
  table: T,
  handlers: Handlers<T, Context, From>,
  context: Context,
  message: unknown,
  from: From,
): Promise<MessageResult<unknown>> {
  const type: unknown = typeof message === 'object' && message !== null && 'type' in message ? message.type : undefined;
  if (!isTypeIn(table, type)) return NOT_UNDERSTOOD;
  return answer(type, table[type], handlers[type], context, message, from);
}

async function answer<T extends MessageTable, K extends keyof T & string, Context, From>(
  type: K,
  spec: T[K],
  handler: Handler<T, K, Context, From>,
  context: Context,
  message: unknown,
  from: From,
): Promise<MessageResult<unknown>> {
  // z.safeParse with the schema's type spelled out: inference (or the method) would widen it to
  // ZodMiniType and lose the link between this K's request and its handler.
  const request = z.safeParse<T[K]['request']>(spec.request, message);
  if (!request.success) return NOT_UNDERSTOOD;
  const result = await handler(context, request.data, from);
  if (!result.ok) return result;
  const value = z.safeParse<T[K]['response']>(spec.response, result.value);
  if (value.success) return { ok: true, value: value.data };
  console.error(`ESR MFA: the answer to "${type}" did not fit its schema.`, value.error);
  return { ok: false, error: { code: 'internal', message: 'Something went wrong on our side. Try again.' } };
}
