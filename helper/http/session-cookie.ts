import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Browsers share cookies between every port of 127.0.0.1, so every cookie's name carries the port:
 * two training portals on one computer do not overwrite each other's sessions. (Any server on
 * 127.0.0.1 still receives them all: loopback is one site to a browser.)
 */
export function portCookieName(request: FastifyRequest, base: 'esr_session' | 'esr_reset' | 'esr_mailbox'): string {
  return `${base}_${request.socket.localPort ?? 0}`;
}

const cookieNameFor = (request: FastifyRequest) => portCookieName(request, 'esr_session');

/**
 * HttpOnly so page scripts never see it; SameSite=Lax so other sites cannot post with it. Not
 * `Secure`: the portal is plain HTTP on loopback, which never leaves this computer.
 */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, sessionId: string): void {
  void reply.setCookie(cookieNameFor(request), sessionId, { httpOnly: true, sameSite: 'lax', path: '/' });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  void reply.clearCookie(cookieNameFor(request), { httpOnly: true, sameSite: 'lax', path: '/' });
}

/** The session cookie's value: all the HTTP layer knows of a session. The core resolves it in every use case. */
export function sessionIdFrom(request: FastifyRequest): string | undefined {
  const sessionId = request.cookies[cookieNameFor(request)];
  return sessionId === undefined || sessionId.length > 64 ? undefined : sessionId;
}
