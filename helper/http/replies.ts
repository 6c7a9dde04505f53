import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod/mini';
import type { RequestContext } from '../core/audit.js';

/** What every route hands the core about who is asking. */
export const requestContext = (request: FastifyRequest): RequestContext => ({ ip: request.ip });

/** A portal page: HTML, never cached (pages carry session tokens and one-time values). */
export function htmlReply(reply: FastifyReply, body: string, status = 200): FastifyReply {
  return reply.code(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(body);
}

/** A form field as posted: absent reads as empty, anything long is refused with the form. */
export const FormText = z._default(z.optional(z.string().check(z.maxLength(256))), '');

/** The posted form, or undefined when it does not fit the schema. */
export function parseForm<S extends z.ZodMiniType>(schema: S, request: FastifyRequest): z.infer<S> | undefined {
  const parsed = schema.safeParse(request.body ?? {});
  return parsed.success ? parsed.data : undefined;
}
