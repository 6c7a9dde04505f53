import type { FastifyInstance } from 'fastify';
import { createExtensionPresence, type ExtensionPresence } from '../../helper/console/presence.js';
import { buildServer, type RateLimits } from '../../helper/http/server.js';
import { openTestHelper, type HelperFixture } from './helper-fixture.js';
import { PortalClient } from './http-client.js';

export interface ServerFixture extends HelperFixture {
  server: FastifyInstance;
  port: number;
  /** The extension's last API call, as the trainer console reports it. */
  presence: ExtensionPresence;
  client(): PortalClient;
  /** Closes the server and database and opens both again on the same data dir and port. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** The real helper: Fastify on a free loopback port, SQLite in a temp dir, a fake clock (real time, for the training clock). */
export async function startTestServer(rateLimits: RateLimits = { perAddressPerMinute: 10_000, signInPerAddressPerMinute: 10_000 }): Promise<ServerFixture> {
  const fx = await openTestHelper();
  // Read through the fixture, so a restarted helper's clock is the one shown.
  const trainingClock = { now: () => fx.helper.clock.now(), offsetMs: () => fx.helper.clock.offsetMs() };
  const presence = createExtensionPresence(trainingClock);
  const listen = async (port: number) => {
    const server = await buildServer(fx.helper.core, {
      extensionOrigins: ['chrome-extension://*', 'moz-extension://*'],
      rateLimits,
      trainingClock,
      onExtensionCall: presence.seen,
    });
    await server.listen({ host: '127.0.0.1', port });
    const address = server.server.address();
    return { server, port: typeof address === 'object' && address !== null ? address.port : port };
  };
  const first = await listen(0);
  const fixture: ServerFixture = {
    ...fx,
    get helper() { return fx.helper; },
    server: first.server,
    port: first.port,
    presence,
    client: () => new PortalClient(fixture.port),
    async restart() {
      await fixture.server.close();
      await fx.reopen();
      fixture.server = (await listen(fixture.port)).server;
    },
    async stop() {
      await fixture.server.close();
      fx.cleanup();
    },
  };
  return fixture;
}
