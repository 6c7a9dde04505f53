import { z } from 'zod/mini';
import type { MessageResult } from './result.js';

/** One message type: what the sender may send, and what the background answers when it succeeds. */
export interface MessageSpec<Request extends z.ZodMiniType = z.ZodMiniType, Response extends z.ZodMiniType = z.ZodMiniType> {
  request: Request;
  response: Response;
}

/** A sender's messages, by type. The request schema's `type` literal must equal its key. */
export type MessageTable = Record<string, MessageSpec>;

export type RequestOf<T extends MessageTable, K extends keyof T> = z.output<T[K]['request']>;
export type ResponseOf<T extends MessageTable, K extends keyof T> = z.output<T[K]['response']>;

/** Any request a table accepts, as a union discriminated by `type`. */
export type RequestIn<T extends MessageTable> = { [K in keyof T]: RequestOf<T, K> }[keyof T];

/**
 * What the background does with one message type. The return type comes from the response schema,
 * so a handler that answers with the wrong shape does not compile.
 */
export type Handler<T extends MessageTable, K extends keyof T, Context, From> = (
  context: Context,
  request: RequestOf<T, K>,
  from: From,
) => Promise<MessageResult<ResponseOf<T, K>>> | MessageResult<ResponseOf<T, K>>;

/** One handler for every type in the table, and nothing else. */
export type Handlers<T extends MessageTable, Context, From> = { [K in keyof T]: Handler<T, K, Context, From> };

/**
 * Declares a sender's table. The constraint checks each request schema's `type` literal against
 * its key, so the router's look-up by type and the schema's own check cannot disagree.
 */
export function defineMessages<T extends MessageTable>(table: T & { [K in keyof T]: MessageSpec<z.ZodMiniType<{ type: K }>> }): T {
  return table;
}

/** A request schema: its `type` literal, then its own fields. */
export function messageRequest<const Type extends string, Shape extends z.core.$ZodShape>(type: Type, shape: Shape) {
  return z.object({ type: z.literal(type), ...shape });
}
