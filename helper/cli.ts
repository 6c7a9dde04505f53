import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_HELPER_PORT } from '../shared/portal.js';
import { groupSecretForReading } from '../shared/totp.js';
import type { FastifyInstance } from 'fastify';
import { openHelper, wipeDataDir } from './app.js';
import { createExtensionPresence } from './console/presence.js';
import { buildConsoleServer } from './console/server.js';
import { consoleToken } from './console/token.js';
import { buildServer, DEFAULT_EXTENSION_ORIGINS, DEFAULT_RATE_LIMITS } from './http/server.js';
import { buildConsolePageIfStale, launchClassroom, planLaunch } from './launcher/index.js';
import { LAUNCHER_ARGS, LAUNCHER_USAGE, parseLauncherOptions } from './launcher/options.js';
import { DEMO_MAILBOX_PASSWORD, DEMO_PASSWORD, PERSONAS } from './personas.js';
import { FIXED_DEMO_ARGS, FIXED_DEMO_USAGE, parseFixedDemo } from './fixed-demo.js';
import { closeWhenAsked } from './shutdown.js';

const USAGE = `Usage: npm start -- [--port N] [--console-port N] [--data DIR] [--reset] [--browser NAME]

  --port N     port on 127.0.0.1 (env ESR_MFA_PORT, default ${DEFAULT_HELPER_PORT})
  --console-port N   the trainer console's port on 127.0.0.1 (env ESR_MFA_CONSOLE_PORT; default
               the portal's port + 1, or any free port if that one is taken; 0: any free port)
  --data DIR   where the database and its key live (env ESR_MFA_DATA, default ./.data)
  --reset      wipe the data directory's database, key and console token, then seed the demo
               accounts again
  --step-up-max-age SECONDS   how long a step-up check opens the manager area for
               (env ESR_MFA_STEP_UP_MAX_AGE, default 900: 15 minutes)
  --extension-origin ORIGIN   also allow this extension origin to call the API (repeatable;
               env ESR_MFA_EXTENSION_ORIGINS, comma-separated)
${LAUNCHER_USAGE}
${FIXED_DEMO_USAGE}`;

function parseOptions() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'console-port': { type: 'string' },
      data: { type: 'string' },
      reset: { type: 'boolean', default: false },
      'step-up-max-age': { type: 'string' },
      'extension-origin': { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h', default: false },
      ...LAUNCHER_ARGS,
      ...FIXED_DEMO_ARGS,
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const portText = values.port ?? process.env['ESR_MFA_PORT'] ?? String(DEFAULT_HELPER_PORT);
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a whole number from 0 to 65535, not "${portText}"`);
  const consolePortText = values['console-port'] ?? process.env['ESR_MFA_CONSOLE_PORT'];
  const consolePort = consolePortText === undefined || consolePortText === '' ? undefined : Number(consolePortText);
  if (consolePort !== undefined && (!Number.isInteger(consolePort) || consolePort < 0 || consolePort > 65535)) {
    throw new Error(`--console-port must be a whole number from 0 to 65535, not "${consolePortText ?? ''}"`);
  }
  const stepUpText = values['step-up-max-age'] ?? process.env['ESR_MFA_STEP_UP_MAX_AGE'] ?? '900';
  const stepUpSeconds = Number(stepUpText);
  if (!Number.isInteger(stepUpSeconds) || stepUpSeconds < 1 || stepUpSeconds > 86_400) throw new Error(`--step-up-max-age must be a whole number of seconds from 1 to 86400, not "${stepUpText}"`);
  const envOrigins = process.env['ESR_MFA_EXTENSION_ORIGINS']?.split(',').map((o) => o.trim()).filter(Boolean);
  return {
    port,
    consolePort,
    dataDir: path.resolve(values.data ?? process.env['ESR_MFA_DATA'] ?? '.data'),
    reset: values.reset,
    stepUpMaxAgeMs: stepUpSeconds * 1000,
    extensionOrigins: values['extension-origin'] ?? envOrigins ?? DEFAULT_EXTENSION_ORIGINS,
    fixedDemo: parseFixedDemo(values),
    // Which browser to open, found now: one that is not there stops npm start before anything starts.
    launch: planLaunch(parseLauncherOptions(values, process.env)),
  };
}

async function main(): Promise<void> {
  let options;
  try {
    options = parseOptions();
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exit(2);
  }
  if (options.reset) wipeDataDir(options.dataDir);
  const helper = await openHelper({ dataDir: options.dataDir, config: { stepUpMaxAgeMs: options.stepUpMaxAgeMs }, ...options.fixedDemo });
  const token = consoleToken(options.dataDir, process.env['ESR_MFA_CONSOLE_TOKEN']);
  const presence = createExtensionPresence(helper.clock);
  const server = await buildServer(helper.core, {
    extensionOrigins: options.extensionOrigins,
    rateLimits: DEFAULT_RATE_LIMITS,
    trainingClock: helper.clock,
    onExtensionCall: presence.seen,
  });
  await server.listen({ host: '127.0.0.1', port: options.port });
  const port = listeningPort(server);
  const portal = `http://127.0.0.1:${port}`;

  await buildConsolePageIfStale();
  const consoleServer = await buildConsoleServer(helper.training, { token, portalOrigin: () => portal, presence });
  // Closed with the portal from here on, whatever happens to the console's own start.
  const shutdown = closeWhenAsked([server, consoleServer], helper);
  await listenForConsole(consoleServer, options.consolePort, port);
  const consolePort = listeningPort(consoleServer);

  const secrets = helper.demoSecrets();
  const knownCodes = new Map(helper.training.people().map((person) => [person.username, person.recoveryCodes.knownUnused]));
  const rows = PERSONAS.map((p) => {
    const secret = secrets.get(p.username);
    const codes = knownCodes.get(p.username) ?? [];
    // The e2e kit reads the line after each persona for its demo key: the key stays right under it.
    return `  ${p.username.padEnd(12)} ${`${p.displayName}, ${p.jobTitle}`.padEnd(34)} ${p.note}${secret === undefined ? '' : `\n  ${''.padEnd(12)} demo key for the authenticator app: ${groupSecretForReading(secret)}`}${codes.length === 0 ? '' : `\n  ${''.padEnd(12)} demo recovery codes: ${codes.slice(0, 5).join(' ')}${codes.length > 5 ? `\n  ${''.padEnd(12)}                      ${codes.slice(5).join(' ')}` : ''}`}`;
  });
  console.log(`ESR MFA training portal: ${portal}/login
Data: ${options.dataDir}

Demo accounts (password for all: ${DEMO_PASSWORD})
${rows.join('\n')}

Demo mailboxes, the emails ESR would send to each person: ${portal}/demo/mailbox
(mailbox password for all: ${DEMO_MAILBOX_PASSWORD}; it stands for their email account, not ESR)

Trainer console: http://127.0.0.1:${consolePort}/#token=${token}
(the training clock, the training phone, resets and demo scenarios; keep the address to yourself)

Press Ctrl-C to stop.`);

  await launchClassroom(options.launch, { portalOrigin: portal, dataDir: options.dataDir, reset: options.reset, shutdown });
}

function listeningPort(server: FastifyInstance): number {
  const address = server.server.address();
  return typeof address === 'object' && address !== null ? address.port : 0;
}

/**
 * The console listens where it was told; without being told, on the port after the portal's, or on
 * any free port if that one is taken (a second portal on the next port, say): the address printed
 * is always the one to open.
 */
async function listenForConsole(consoleServer: FastifyInstance, given: number | undefined, portalPort: number): Promise<void> {
  if (given !== undefined) {
    await consoleServer.listen({ host: '127.0.0.1', port: given });
    return;
  }
  const next = portalPort + 1;
  if (portalPort !== 0 && next <= 65535) {
    try {
      await consoleServer.listen({ host: '127.0.0.1', port: next });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
      console.log(`Port ${next} is taken, so the trainer console is on another port (below).`);
    }
  }
  await consoleServer.listen({ host: '127.0.0.1', port: 0 });
}

await main();
