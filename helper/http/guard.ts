import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { API_PREFIX } from '../../shared/api.js';
import type { ErrorCode } from '../../shared/errors.js';
import { sendApiError } from './errors.js';
import { problemPage } from './pages/other-pages.js';

export interface GuardOptions {
  /** Host header values this server answers to, e.g. `127.0.0.1:4400`: refuses DNS rebinding. */
  allowedHosts: () => ReadonlySet<string>;
  /** The portal's own origins, e.g. `http://127.0.0.1:4400`. */
  portalOrigins: () => ReadonlySet<string>;
  /** Extension origins allowed to call the API: exact origins, or `scheme://*` for any of a scheme. */
  extensionOrigins: readonly string[];
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isAllowedExtensionOrigin(origin: string, allowed: readonly string[]): boolean {
  if (!/^(chrome-extension|moz-extension):\/\/[a-z0-9-]+$/.test(origin)) return false;
  return allowed.some((entry) => entry === origin || (entry.endsWith('://*') && origin.startsWith(entry.slice(0, -1))));
}

/**
 * Every request must name this server as its Host. The API answers only the portal's pages and the
 * extension, and every state-changing portal request must come from the portal itself (CSRF).
 */
export function registerRequestGuard(app: FastifyInstance, options: GuardOptions): void {
  app.addHook('onRequest', async (request, reply) => {
    const host = request.headers.host ?? '';
    if (!options.allowedHosts().has(host)) return refuse(request, reply, 'forbidden-host');

    const origin = request.headers.origin;
    const isApi = request.url.startsWith(`${API_PREFIX}/`) || request.url === API_PREFIX;
    if (isApi) {
      const allowed = origin !== undefined && (options.portalOrigins().has(origin) || isAllowedExtensionOrigin(origin, options.extensionOrigins));
      if (!allowed) return refuse(request, reply, 'forbidden-origin');
    } else if (!SAFE_METHODS.has(request.method) && (origin === undefined || !options.portalOrigins().has(origin))) {
      return refuse(request, reply, 'forbidden-origin');
    }
    return undefined;
  });
}

function refuse(request: FastifyRequest, reply: FastifyReply, code: ErrorCode): FastifyReply {
  if (request.url.startsWith(API_PREFIX)) return sendApiError(reply, { code });
  return reply
    .code(403)
    .type('text/html; charset=utf-8')
    .send(problemPage({ title: 'Request refused', message: 'This request did not come from the ESR training portal, so it was not carried out.' }));
}
