import type { FastifyInstance, FastifyRequest } from 'fastify';
import { CONSOLE_API_PREFIX } from './contract.js';
import { sendConsoleError } from './errors.js';
import { tokenMatcher } from './token.js';

export interface ConsoleGuardOptions {
  /** The port the console listens on: known only once it listens. */
  port: () => number;
  token: string;
}

/**
 * Every request to the console is checked here, before any route:
 *
 * 1. Host must name the console itself (127.0.0.1 or localhost, its own port): a name that merely
 *    resolves to this computer is DNS rebinding.
 * 2. An Origin header, when there is one, must be the console's own origin. The portal's origin is
 *    refused too: the portal and the console are one site to a browser (ports do not count), so
 *    no cookie could tell them apart, and the console uses none.
 * 3. Every /api request carries `Authorization: Bearer <token>`, compared in constant time. A
 *    browser never sends it by itself, so no other page, the portal's included, can act through a
 *    trainer's open console.
 *
 * No CORS headers are ever sent, so no other origin can read an answer either.
 */
export function registerConsoleGuard(app: FastifyInstance, options: ConsoleGuardOptions): void {
  const matches = tokenMatcher(options.token);
  app.addHook('onRequest', async (request, reply) => {
    const port = options.port();
    const host = request.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return sendConsoleError(reply, 'host-not-allowed');
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== `http://${host}`) return sendConsoleError(reply, 'origin-not-allowed');
    if (!isConsoleApiRequest(request)) return undefined;
    const token = /^Bearer +(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (token === undefined) return sendConsoleError(reply, 'token-required');
    if (!matches(token)) return sendConsoleError(reply, 'wrong-token');
    return undefined;
  });
}

/**
 * Whether the router hands this request to the API. Decided first on the route it matched: the
 * router also takes a target in absolute form (`GET http://127.0.0.1:4401/api/people`, as sent to
 * a proxy), whose raw URL does not start with /api. Then, for a request that matched no route, on
 * the decoded path without any scheme and authority, so `/%61pi/...` needs the token too; an
 * undecodable path counts as the API's.
 */
export function isConsoleApiRequest(request: FastifyRequest): boolean {
  const route = request.routeOptions.url;
  if (route !== undefined && (route === CONSOLE_API_PREFIX || route.startsWith(`${CONSOLE_API_PREFIX}/`))) return true;
  const rawPath = request.url.replace(/^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i, '').split('?')[0] ?? '';
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return true;
  }
  return path === CONSOLE_API_PREFIX || path.startsWith(`${CONSOLE_API_PREFIX}/`);
}
