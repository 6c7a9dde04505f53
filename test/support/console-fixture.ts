import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildConsoleServer } from '../../helper/console/server.js';
import { httpRequest, type HttpResponse } from './http-client.js';
import { startTestServer, type ServerFixture } from './server-fixture.js';

export interface ConsoleFixture extends ServerFixture {
  consoleServer: FastifyInstance;
  consolePort: number;
  token: string;
  consoleOrigin: string;
  /** Calls the console as its page does: the token, the console's own Origin on writes, JSON. */
  call(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<HttpResponse>;
}

/**
 * The real helper with its trainer console beside it: the portal and the console each on a free
 * loopback port, one SQLite file, a fake clock underneath the training clock.
 */
export async function startConsoleTestServer(options: { pageDir?: string } = {}): Promise<ConsoleFixture> {
  const fx = await startTestServer();
  const token = randomBytes(32).toString('base64url');
  const consoleServer = await buildConsoleServer(fx.helper.training, {
    token,
    portalOrigin: () => `http://127.0.0.1:${fx.port}`,
    presence: fx.presence,
    // Unless a test builds a page of its own, the console has none, whether or not dist/console exists.
    pageDir: options.pageDir ?? path.join(tmpdir(), 'esr-mfa-console-page-never-built'),
  });
  await consoleServer.listen({ host: '127.0.0.1', port: 0 });
  const address = consoleServer.server.address();
  const consolePort = typeof address === 'object' && address !== null ? address.port : 0;
  const consoleOrigin = `http://127.0.0.1:${consolePort}`;
  const stopPortal = fx.stop.bind(fx);
  return Object.assign(fx, {
    consoleServer,
    consolePort,
    token,
    consoleOrigin,
    call: (method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown) =>
      httpRequest(consolePort, {
        method,
        path,
        headers: {
          authorization: `Bearer ${token}`,
          ...(method === 'GET' ? {} : { origin: consoleOrigin }),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    async stop() {
      await consoleServer.close();
      await stopPortal();
    },
  });
}
