import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Training } from '../core/training/index.js';
import { ROOT } from '../project-root.js';
import { registerConsoleApi } from './api-routes.js';
import { sendConsoleError } from './errors.js';
import { isConsoleApiRequest, registerConsoleGuard } from './guard.js';
import type { ExtensionPresence } from './presence.js';

export interface ConsoleServerOptions {
  /** The Bearer token every /api request must carry. */
  token: string;
  /** The portal's own origin, for the status call. */
  portalOrigin: () => string;
  presence: Pick<ExtensionPresence, 'last'>;
  /** Where the built console page is (`npm run build` writes it); tests point elsewhere. */
  pageDir?: string;
}

/** Where `npm run build` writes the console's page. */
export const CONSOLE_PAGE_DIR = path.join(ROOT, 'dist/console');
const BODY_LIMIT_BYTES = 16 * 1024;

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Trainer console – ESR training portal</title></head>
<body>
  <h1>Trainer console</h1>
  <p>The console page is not built: run <code>npm run build</code>, then open this address again.</p>
  <p>Its JSON API under <code>/api</code> works already; the README describes it.</p>
</body>
</html>
`;

/**
 * The trainer console's server: a Fastify instance of its own, apart from the portal's, on another
 * loopback port (so another origin). It serves the console's page and the JSON API the page (and
 * the test kit) drives the training room with. Call `listen` on 127.0.0.1.
 */
export async function buildConsoleServer(training: Training, options: ConsoleServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ bodyLimit: BODY_LIMIT_BYTES, logger: false, trustProxy: false });
  const port = () => {
    const address = app.server.address();
    return typeof address === 'object' && address !== null ? address.port : 0;
  };

  registerConsoleGuard(app, { port, token: options.token });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: false,
    // The token is in the address's fragment, which browsers never send; no Referer at all besides.
    referrerPolicy: { policy: 'no-referrer' },
  });

  registerConsoleApi(app, training, {
    portalOrigin: options.portalOrigin,
    consoleOrigin: () => `http://127.0.0.1:${port()}`,
    extension: () => options.presence.last(),
  });

  const pageDir = options.pageDir ?? CONSOLE_PAGE_DIR;
  if (existsSync(path.join(pageDir, 'index.html'))) {
    // The page holds no secret: it is served without the token, and asks for it from its own address.
    await app.register(fastifyStatic, { root: pageDir, prefix: '/', index: 'index.html', wildcard: true, cacheControl: false, setHeaders: (res) => { res.setHeader('cache-control', 'no-store'); } });
  } else {
    app.get('/', async (_request, reply) => reply.header('cache-control', 'no-store').type('text/html; charset=utf-8').send(NOT_BUILT_PAGE));
  }

  app.setNotFoundHandler(async (request, reply) => {
    if (isConsoleApiRequest(request)) return sendConsoleError(reply, 'not-found');
    return reply.code(404).type('text/plain; charset=utf-8').send('There is nothing at this address.');
  });

  app.setErrorHandler(async (error: { statusCode?: number }, _request, reply) => {
    const status = error.statusCode ?? 500;
    if (status === 404) return sendConsoleError(reply, 'not-found');
    // Malformed input (bad JSON, an unknown media type, too large) is the client's fault, never a 5xx.
    return sendConsoleError(reply, status >= 400 && status < 500 ? 'bad-request' : 'internal');
  });

  return app;
}
