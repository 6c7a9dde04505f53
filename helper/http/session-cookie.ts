import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Core } from '../core/index.js';
import type { SessionRecord } from '../core/store.js';

export const SESSION_COOKIE = 'esr_session';

/**
 * HttpOnly so page scripts never see it; SameSite=Lax so other sites cannot post with it. Not
 * `Secure`: the portal is plain HTTP on loopback, which never leaves this computer.
 */
export function setSessionCookie(reply: FastifyReply, sessionId: string): void {
  void reply.setCookie(SESSION_COOKIE, sessionId, { httpOnly: true, sameSite: 'lax', path: '/' });
}

export function clearSessionCookie(reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', path: '/' });
}

export function sessionFromCookie(core: Core, request: FastifyRequest): { sessionId: string; session: SessionRecord } | undefined {
  const sessionId = request.cookies[SESSION_COOKIE];
  if (sessionId === undefined || sessionId.length > 64) return undefined;
  const session = core.resolveSession({ sessionId });
  return session && { sessionId, session };
}
