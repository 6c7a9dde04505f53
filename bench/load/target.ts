/**
 * The server under load, in a process of its own (bench/helper-load.ts forks it):
 *
 * - `bare`: Fastify with one JSON POST route and nothing else, the yardstick the helper's figures
 *   are divided by;
 * - `helper`: the real helper as the integration tests run it (test/support/server-fixture.ts):
 *   every plugin and hook `npm start` has, SQLite in WAL on a file in a temp folder, and a fixed
 *   training clock, so a code made while preparing is still right when it is sent. Only the rate
 *   limits differ: BENCH_RATE_LIMITS, since every request comes from 127.0.0.1.
 *
 * It says `{ ready, port }` once it listens, then answers the calls in protocol.ts.
 */
import Fastify from 'fastify';
import { DEFAULT_SCRYPT_COST } from '../../helper/core/password-hash.js';
import { totpCodeAt } from '../../helper/core/totp.js';
import { BENCH_RATE_LIMITS } from '../../helper/http/server.js';
import { DEMO_PASSWORD } from '../../helper/personas.js';
import { startTestServer, type ServerFixture } from '../../test/support/server-fixture.js';
import { BENCH_PASSWORD, seedBenchAccounts } from './accounts.js';
import type { CallMessage, CallName, PendingCodeCheck, ReadyMessage, ReplyMessage, TargetCalls, TargetRole } from './protocol.js';

/**
 * The accounts that wait for a code only need their password checked once, while preparing, never
 * while measuring: the cheapest scrypt keeps preparing thousands of them to a second or two.
 */
const PREPARING_COST = { N: 16, r: 1, p: 1 };
const CONTEXT = { ip: '127.0.0.1' };

type Handlers = { [K in CallName]: (input: TargetCalls[K]['input']) => Promise<TargetCalls[K]['output']> };

function send(message: ReadyMessage | ReplyMessage): void {
  if (process.send === undefined) throw new Error('target.ts runs as a child of bench/helper-load.ts, with an IPC channel');
  process.send(message);
}

async function startBare(): Promise<{ port: number; stop: () => Promise<void> }> {
  const app = Fastify({ logger: false });
  // The plainest Fastify JSON route: an async handler returning an object for Fastify to serialise.
  // eslint-disable-next-line @typescript-eslint/require-await
  app.post('/bare', async () => ({ ok: true }));
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  return { port: typeof address === 'object' && address !== null ? address.port : 0, stop: () => app.close() };
}

function helperHandlers(fx: ServerFixture): Handlers {
  const { helper } = fx;
  const cookieName = `esr_session_${fx.port}`;
  let accounts = helper.store.listAccounts().length;
  let nextIndex = 1;

  const signIn = async (username: string, password: string) => {
    const result = await helper.core.signInWithPassword(CONTEXT, { username, password });
    if (!result.ok) throw new Error(`${username} could not sign in: ${result.error.code}`);
    return result.value;
  };

  return {
    signedInCookie: async () => ({ cookie: `${cookieName}=${(await signIn('999JSMITH01', DEMO_PASSWORD)).sessionId}` }),

    pendingCodeChecks: async ({ count }) => {
      const seeded = await seedBenchAccounts(helper, { from: nextIndex, count, cost: PREPARING_COST, mfaOn: true });
      nextIndex += count;
      accounts += count;
      const now = helper.clock.now();
      const checks: PendingCodeCheck[] = [];
      // The real password step, through the core: it makes the session and the challenge.
      for (const username of seeded.usernames) {
        const signedIn = await signIn(username, BENCH_PASSWORD);
        if (signedIn.next !== 'mfa-required') throw new Error(`${username} should need a code`);
        checks.push({ cookie: `${cookieName}=${signedIn.sessionId}`, challenge: signedIn.challenge, code: totpCodeAt(seeded.secrets.get(username) ?? '', now) });
      }
      return { checks };
    },

    growAccounts: async ({ total }) => {
      const started = performance.now();
      const count = Math.max(0, total - accounts);
      const firstIndex = nextIndex;
      await seedBenchAccounts(helper, { from: firstIndex, count, cost: DEFAULT_SCRYPT_COST, mfaOn: false });
      nextIndex += count;
      accounts += count;
      return { accounts, firstIndex, endIndex: nextIndex, seconds: (performance.now() - started) / 1000 };
    },
  };
}

async function main(role: TargetRole): Promise<void> {
  const handlers: Partial<Handlers> = {};
  let stop: () => Promise<void>;
  let port: number;
  if (role === 'bare') {
    ({ port, stop } = await startBare());
  } else {
    const fx = await startTestServer(BENCH_RATE_LIMITS);
    Object.assign(handlers, helperHandlers(fx));
    port = fx.port;
    stop = () => fx.stop();
  }

  process.on('message', (message: CallMessage) => {
    const handle = handlers[message.call] as ((input: unknown) => Promise<unknown>) | undefined;
    const reply = handle === undefined ? Promise.reject(new Error(`a ${role} target has no ${message.call}`)) : handle(message.input);
    reply.then(
      (output) => { send({ id: message.id, ok: true, output }); },
      (error: unknown) => { send({ id: message.id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }); },
    );
  });
  // The parent closing the channel is the signal to stop: the temp folder goes with the helper.
  process.on('disconnect', () => { void stop().then(() => process.exit(0)); });
  send({ ready: true, port });
}

const role = process.argv[2];
if (role !== 'bare' && role !== 'helper') throw new Error(`usage: target.ts bare|helper, not ${String(role)}`);
await main(role);
