import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { API_PREFIX } from '../../shared/api.js';
import type { ErrorCode } from '../../shared/errors.js';
import { sendApiError } from './errors.js';
import type { WordsOf } from './language.js';
import { problemPage } from './pages/other-pages.js';

export interface GuardOptions {
  /** The port the server listens on: known only once it listens, so asked for, not given. */
  port: () => number;
  /** Extension origins allowed to call the API: exact origins, or `scheme://*` for any of a scheme. */
  extensionOrigins: readonly string[];
  /** Told of every API call let through, with the extension's origin (the trainer console shows the extension is there). */
  onExtensionCall?: ((origin: string) => void) | undefined;
  /** The request's words, for its refusal. */
  wordsOf: WordsOf;
}

/**
 * The names this server answers to on its port: the Host values (anything else is DNS rebinding)
 * and the portal's own origins. Made once per port, not on every request.
 */
function loopbackNames(port: () => number) {
  let made = { port: Number.NaN, hosts: new Set<string>(), origins: new Set<string>() };
  return () => {
    const current = port();
    if (current !== made.port) {
      const hosts = [`127.0.0.1:${current}`, `localhost:${current}`];
      made = { port: current, hosts: new Set(hosts), origins: new Set(hosts.map((host) => `http://${host}`)) };
    }
    return made;
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isAllowedExtensionOrigin(origin: string, allowed: readonly string[]): boolean {
  if (!/^(chrome-extension|moz-extension):\/\/[a-z0-9-]+$/.test(origin)) return false;
  return allowed.some((entry) => entry === origin || (entry.endsWith('://*') && origin.startsWith(entry.slice(0, -1))));
}

/**
 * Every request must name this server as its Host. The API answers only the extension: not even
 * the portal's own pages, so a script running in them cannot reveal or change anyone's MFA. Every
 * state-changing portal request must come from the portal itself (CSRF).
 */
export function registerRequestGuard(app: FastifyInstance, options: GuardOptions): void {
  const names = loopbackNames(options.port);
  app.addHook('onRequest', async (request, reply) => {
    const { hosts, origins } = names();
    if (!hosts.has(request.headers.host ?? '')) return refuse(request, reply, 'forbidden-host', options.wordsOf);

    const origin = request.headers.origin;
    const isApi = isApiRequest(request);
    if (isApi) {
      const allowed = origin !== undefined && isAllowedExtensionOrigin(origin, options.extensionOrigins);
      if (!allowed) return refuse(request, reply, 'forbidden-origin', options.wordsOf);
      options.onExtensionCall?.(origin);
    } else if (!SAFE_METHODS.has(request.method) && (origin === undefined || !origins.has(origin))) {
      return refuse(request, reply, 'forbidden-origin', options.wordsOf);
    }
    return undefined;
  });
}

/**
 * Whether the router will hand this request to the API. Decided on the route it matched and on
 * the decoded path, never the raw URL: `/%61pi/v1/...` reaches the API routes too, and must meet
 * the API's Origin rule, not the portal's.
 */
export function isApiRequest(request: FastifyRequest): boolean {
  if (request.routeOptions.url?.startsWith(API_PREFIX) === true) return true;
  const rawPath = request.url.split('?')[0] ?? '';
  let path = rawPath;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    // Undecodable: the router will not match it to an API route either; treat it as the API's, the stricter rule.
    return true;
  }
  return path === API_PREFIX || path.startsWith(`${API_PREFIX}/`);
}

function refuse(request: FastifyRequest, reply: FastifyReply, code: ErrorCode, wordsOf: WordsOf): FastifyReply {
  const words = wordsOf(request);
  if (isApiRequest(request)) return sendApiError(reply, { code }, words.language);
  return reply
    .code(403)
    .type('text/html; charset=utf-8')
    .send(problemPage(words, { title: words.problems.refusedTitle, message: words.problems.refusedMessage, code }));
}
