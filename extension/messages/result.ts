import { z } from 'zod/mini';
import { ErrorBody, ErrorCode } from '../../shared/errors.js';

/** Local errors the background can add to the helper's own codes. */
export const EXTENSION_ERROR_CODES = ['helper-unreachable', 'invalid-message', 'forbidden-sender', 'frame-expired'] as const;
export const MessageErrorCode = z.union([ErrorCode, z.enum(EXTENSION_ERROR_CODES)]);
export type MessageErrorCode = z.infer<typeof MessageErrorCode>;

/** The helper's own error shape (shared/errors.ts), with the extension's local codes added. */
export const MessageError = z.extend(ErrorBody.shape.error, { code: MessageErrorCode });
export type MessageError = z.infer<typeof MessageError>;

/** Every answer inside the extension: a value, or a typed refusal the UI can put into words. */
export type MessageResult<T> = { ok: true; value: T } | { ok: false; error: MessageError };

/** The envelope alone; the value inside is checked against its own schema by `parseMessageResult`. */
const Envelope = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: MessageError }),
]);

/**
 * Reads an answer with the schema of the value it should carry: undefined when it does not fit,
 * so a caller treats a malformed answer like no answer at all. Parsing (rather than trusting the
 * type) also drops any field the schema does not name.
 */
export function parseMessageResult<S extends z.core.$ZodType>(valueSchema: S, answer: unknown): MessageResult<z.output<S>> | undefined {
  const envelope = Envelope.safeParse(answer);
  if (!envelope.success) return undefined;
  if (!envelope.data.ok) return envelope.data;
  const value = z.safeParse(valueSchema, envelope.data.value);
  return value.success ? { ok: true, value: value.data } : undefined;
}
