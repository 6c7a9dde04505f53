import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import type { FastifyHelmetOptions } from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Core } from '../core/index.js';
import { ROOT } from '../project-root.js';
import { registerApiRoutes } from './api-routes.js';
import { registerHelpRoutes } from './help-routes.js';
import { codeForFrameworkError, HTTP_STATUS, sendApiError } from './errors.js';
import { isApiRequest, registerRequestGuard } from './guard.js';
import { createWordsOf } from './language.js';
import { registerLanguageRoutes, switchBackPath } from './language-routes.js';
import { LANGUAGE_SWITCH_SLOT, languageSwitch, NHSUK_INIT_PATH, TRAINING_CLOCK_SLOT, trainingClockBanner } from './pages/layout.js';
import { problemPage } from './pages/other-pages.js';
import { registerMailboxRoutes } from './mailbox-routes.js';
import { registerManagerRoutes } from './manager-routes.js';
import { registerPasswordResetRoutes } from './password-reset-routes.js';
import { registerPortalRoutes } from './portal-routes.js';
import { registerSessionTimeout } from './session-timeout-routes.js';

export interface RateLimits {
  /** Requests per minute from one address, across the whole server. */
  perAddressPerMinute: number;
  /** Password and code submissions per minute from one address. */
  signInPerAddressPerMinute: number;
}

export interface ServerOptions {
  /** Extension origins the API answers: exact, or `scheme://*`. */
  extensionOrigins: readonly string[];
  rateLimits: RateLimits;
  /**
   * The training clock, read only: while the trainer has moved the portal's time ahead, every page
   * says so. Without it (or at real time) pages carry no clock banner.
   */
  trainingClock?: { now(): number; offsetMs(): number } | undefined;
  /** Told of every API call from an allowed extension origin (the trainer console shows it). */
  onExtensionCall?: ((origin: string) => void) | undefined;
}

/**
 * The Chrome build's id is fixed by the `key` in manifest.json, so it is pinned exactly. Firefox
 * gives every install its own random moz-extension:// UUID, so any Firefox extension is allowed;
 * pin yours with --extension-origin to narrow it.
 */
export const DEFAULT_EXTENSION_ORIGINS = ['chrome-extension://kfcidpngpllbhdoioicmpefeicmbbige', 'moz-extension://*'];

export const DEFAULT_RATE_LIMITS: RateLimits = { perAddressPerMinute: 600, signInPerAddressPerMinute: 60 };

/**
 * For `npm run bench` only (bench/helper-load.ts): every request of a load test comes from one
 * address, 127.0.0.1, so the defaults would answer nearly all of them 429 within a second. These
 * are high enough never to be reached, yet the limiter still runs and counts every request, so its
 * cost stays in what is measured. It is a constant passed in code, not an environment variable or
 * an option: nothing a trainer types or sets can give it to `npm start`, which always passes
 * DEFAULT_RATE_LIMITS.
 */
export const BENCH_RATE_LIMITS: RateLimits = { perAddressPerMinute: 1_000_000_000, signInPerAddressPerMinute: 1_000_000_000 };
const BODY_LIMIT_BYTES = 16 * 1024;
const require = createRequire(import.meta.url);
const NHSUK_DIST = path.dirname(require.resolve('nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css'));
// From the project folder: npm start runs this module bundled in dist/helper/, not from here.
const PORTAL_CSS = readFileSync(path.join(ROOT, 'helper/http/portal.css'), 'utf8');
const NHSUK_INIT = readFileSync(path.join(ROOT, 'helper/http/assets/nhsuk-init.js'), 'utf8');

/** The helper's security headers: helmet's defaults, with these changes. */
const HELMET_OPTIONS: FastifyHelmetOptions = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      // The help page's video and its captions (a <track> is fetched under media-src too).
      mediaSrc: ["'self'"],
      // The NHS stylesheet names web fonts on assets.nhs.uk; the training portal stays on this
      // computer and falls back to Arial.
      fontSrc: ["'self'"],
      // The extension draws its private panels (QR code, key) in its own frame inside the page.
      frameSrc: ["'self'", 'chrome-extension:', 'moz-extension:'],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
      objectSrc: ["'none'"],
      upgradeInsecureRequests: null,
    },
  },
  // Plain HTTP on loopback: HSTS would only confuse browsers about localhost.
  strictTransportSecurity: false,
  // Not helmet's no-referrer: under it browsers send `Origin: null` even on the portal's own
  // form posts, and the CSRF check needs the real origin.
  referrerPolicy: { policy: 'same-origin' },
};

type HeaderMiddleware = (request: IncomingMessage, response: ServerResponse, next: (error?: Error) => void) => void;
/** helmet itself, as @fastify/helmet loads it: the very version the plugin would run. */
const helmet = createRequire(require.resolve('@fastify/helmet'))('helmet') as (options: FastifyHelmetOptions) => HeaderMiddleware;
const securityHeaders = helmet(HELMET_OPTIONS);

/** The helper's HTTP face: portal pages and the JSON API around the core. Call `listen` on 127.0.0.1. */
export async function buildServer(core: Core, options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ bodyLimit: BODY_LIMIT_BYTES, logger: false, trustProxy: false });
  // Asked on every request (the guard checks the Host): kept once the server listens, when it is
  // known and can no longer change, rather than asked of the socket each time.
  let listeningPort = 0;
  const port = () => {
    if (listeningPort !== 0) return listeningPort;
    const address = app.server.address();
    listeningPort = typeof address === 'object' && address !== null ? address.port : 0;
    return listeningPort;
  };

  const wordsOf = createWordsOf((sessionId) => core.personLanguage(sessionId));
  registerRequestGuard(app, { port, extensionOrigins: options.extensionOrigins, onExtensionCall: options.onExtensionCall, wordsOf });

  // Every HTML answer, pages and refusals alike, gets the training clock's banner (or loses the
  // empty slot) and the language switch back to itself, at the one place all of them pass through.
  app.addHook('onSend', async (request, _reply, payload) => {
    if (typeof payload !== 'string' || !payload.includes(TRAINING_CLOCK_SLOT)) return payload;
    const words = wordsOf(request);
    const banner = options.trainingClock === undefined ? '' : trainingClockBanner(options.trainingClock, words.language);
    return payload
      .replace(TRAINING_CLOCK_SLOT, banner === '' ? '' : banner.value)
      .replace(LANGUAGE_SWITCH_SLOT, languageSwitch(words, switchBackPath(app, request.method, request.url)).value);
  });

  // Security headers on every answer that gets past the guard, set in onRequest as
  // @fastify/helmet sets them, by helmet's middleware built once here: the plugin builds it anew
  // (parsing the CSP directives) for every request. Same helmet, same options, same headers.
  app.addHook('onRequest', (request, reply, done) => { securityHeaders(request.raw, reply.raw, done); });
  await app.register(fastifyCookie);
  await app.register(fastifyFormbody, { bodyLimit: BODY_LIMIT_BYTES });
  await app.register(fastifyRateLimit, {
    global: true,
    max: options.rateLimits.perAddressPerMinute,
    timeWindow: 60_000,
    errorResponseBuilder: (_request, context) => ({ statusCode: 429, code: 'FST_RATE_LIMITED', retryAfterSeconds: Math.ceil(context.ttl / 1000), message: 'rate limited' }),
  });
  await app.register(fastifyStatic, { root: NHSUK_DIST, prefix: '/assets/nhsuk/', index: false, wildcard: true });
  app.get('/assets/portal.css', async (_request, reply) => reply.type('text/css; charset=utf-8').send(PORTAL_CSS));
  app.get(NHSUK_INIT_PATH, async (_request, reply) => reply.type('text/javascript; charset=utf-8').send(NHSUK_INIT));

  const signInRateLimit = { max: options.rateLimits.signInPerAddressPerMinute, timeWindow: 60_000 };
  registerPortalRoutes(app, core, signInRateLimit, wordsOf);
  registerPasswordResetRoutes(app, core, signInRateLimit, wordsOf);
  registerManagerRoutes(app, core, signInRateLimit, wordsOf);
  registerMailboxRoutes(app, core, signInRateLimit, wordsOf);
  registerApiRoutes(app, core, signInRateLimit, wordsOf);
  registerSessionTimeout(app, core, wordsOf);
  registerLanguageRoutes(app, core, wordsOf);
  registerHelpRoutes(app, core, wordsOf);

  app.setNotFoundHandler(async (request, reply) => {
    const words = wordsOf(request);
    if (isApiRequest(request)) return sendApiError(reply, { code: 'not-found' }, words.language);
    return reply.code(404).type('text/html; charset=utf-8').send(problemPage(words, { title: words.problems.notFoundTitle, message: words.shared.errors['not-found'], code: 'not-found' }));
  });

  app.setErrorHandler(async (error: { statusCode?: number; code?: string; retryAfterSeconds?: number }, request, reply) => {
    const code = error.code === 'FST_RATE_LIMITED' ? 'rate-limited' : codeForFrameworkError(error);
    if (code === 'internal') request.log.error(error);
    const words = wordsOf(request);
    if (isApiRequest(request)) {
      return sendApiError(reply, error.retryAfterSeconds === undefined ? { code } : { code, retryAfterSeconds: error.retryAfterSeconds }, words.language);
    }
    const { problems } = words;
    const title = code === 'rate-limited' ? problems.tooManyRequests : code === 'internal' ? problems.internalTitle : problems.badRequestTitle;
    return reply.code(HTTP_STATUS[code]).type('text/html; charset=utf-8').send(problemPage(words, { title, message: code === 'rate-limited' ? problems.waitAMinute : problems.goBack, code }));
  });

  return app;
}
