import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_HELPER_PORT } from '../shared/portal.js';
import { groupSecretForReading } from '../shared/totp.js';
import { openHelper, wipeDataDir } from './app.js';
import { buildServer, DEFAULT_EXTENSION_ORIGINS, DEFAULT_RATE_LIMITS } from './http/server.js';
import { launchClassroom, planLaunch } from './launcher/index.js';
import { LAUNCHER_ARGS, LAUNCHER_USAGE, parseLauncherOptions } from './launcher/options.js';
import { DEMO_MAILBOX_PASSWORD, DEMO_PASSWORD, PERSONAS } from './personas.js';
import { closeWhenAsked } from './shutdown.js';

const USAGE = `Usage: npm start -- [--port N] [--data DIR] [--reset] [--browser NAME]

  --port N     port on 127.0.0.1 (env ESR_MFA_PORT, default ${DEFAULT_HELPER_PORT})
  --data DIR   where the database and its key live (env ESR_MFA_DATA, default ./.data)
  --reset      wipe the data directory's database and key, then seed the demo accounts again
  --step-up-max-age SECONDS   how long a step-up check opens the manager area for
               (env ESR_MFA_STEP_UP_MAX_AGE, default 900: 15 minutes)
  --extension-origin ORIGIN   also allow this extension origin to call the API (repeatable;
               env ESR_MFA_EXTENSION_ORIGINS, comma-separated)
${LAUNCHER_USAGE}`;

function parseOptions() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      data: { type: 'string' },
      reset: { type: 'boolean', default: false },
      'step-up-max-age': { type: 'string' },
      'extension-origin': { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h', default: false },
      ...LAUNCHER_ARGS,
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
  const stepUpText = values['step-up-max-age'] ?? process.env['ESR_MFA_STEP_UP_MAX_AGE'] ?? '900';
  const stepUpSeconds = Number(stepUpText);
  if (!Number.isInteger(stepUpSeconds) || stepUpSeconds < 1 || stepUpSeconds > 86_400) throw new Error(`--step-up-max-age must be a whole number of seconds from 1 to 86400, not "${stepUpText}"`);
  const envOrigins = process.env['ESR_MFA_EXTENSION_ORIGINS']?.split(',').map((o) => o.trim()).filter(Boolean);
  return {
    port,
    dataDir: path.resolve(values.data ?? process.env['ESR_MFA_DATA'] ?? '.data'),
    reset: values.reset,
    stepUpMaxAgeMs: stepUpSeconds * 1000,
    extensionOrigins: values['extension-origin'] ?? envOrigins ?? DEFAULT_EXTENSION_ORIGINS,
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
  const helper = await openHelper({ dataDir: options.dataDir, config: { stepUpMaxAgeMs: options.stepUpMaxAgeMs } });
  const server = await buildServer(helper.core, { extensionOrigins: options.extensionOrigins, rateLimits: DEFAULT_RATE_LIMITS });
  await server.listen({ host: '127.0.0.1', port: options.port });
  const address = server.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;

  const shutdown = closeWhenAsked(server, helper);

  const secrets = helper.demoSecrets();
  const rows = PERSONAS.map((p) => {
    const secret = secrets.get(p.username);
    return `  ${p.username.padEnd(12)} ${`${p.displayName}, ${p.jobTitle}`.padEnd(34)} ${p.note}${secret === undefined ? '' : `\n  ${''.padEnd(12)} demo key for the authenticator app: ${groupSecretForReading(secret)}`}`;
  });
  console.log(`ESR MFA training portal: http://127.0.0.1:${port}/login
Data: ${options.dataDir}

Demo accounts (password for all: ${DEMO_PASSWORD})
${rows.join('\n')}

Demo mailboxes, the emails ESR would send to each person: http://127.0.0.1:${port}/demo/mailbox
(mailbox password for all: ${DEMO_MAILBOX_PASSWORD}; it stands for their email account, not ESR)

Press Ctrl-C to stop.`);

  await launchClassroom(options.launch, { portalOrigin: `http://127.0.0.1:${port}`, dataDir: options.dataDir, reset: options.reset, shutdown });
}

await main();
