/**
 * `node --import tsx scripts/console-preview.ts [port]`: serves the built trainer console
 * (dist/console, from `npm run build:console`) with a stub of its JSON API, so the page can be
 * worked on and looked at without the helper. The stub keeps a little state (the clock, the phone's
 * accounts, the people) and answers from the examples in helper/console/page/examples.ts; its codes
 * are made up, not TOTP. It sends a CSP as strict as the console server's (script-src 'self'), so
 * an inline script would show up here first.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { CLOCK_PRESETS, CONSOLE_API_PREFIX, type ClockView, type PersonState, type PhoneAccount } from '../helper/console/contract.js';
import { EXAMPLE_CAMERA, EXAMPLE_EMAILS, EXAMPLE_PEOPLE, EXAMPLE_PHONE, EXAMPLE_SCENARIOS, EXAMPLE_STATUS } from '../helper/console/page/examples.js';

const ROOT = path.resolve(import.meta.dirname, '../dist/console');
const PORT = Number(process.argv[2] ?? 4491);
const TOKEN = 'preview';
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; font-src https://assets.nhs.uk; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

let offsetMs = 0;
let people: PersonState[] = structuredClone(EXAMPLE_PEOPLE);
let accounts = EXAMPLE_PHONE.accounts.map(({ code: _code, secondsLeft: _left, ...rest }) => rest);
let nextId = 10;

const now = () => Date.now() + offsetMs;
const clock = (): ClockView => ({ now: now(), realNow: Date.now(), offsetMs, moved: offsetMs > 0 });

/** A made-up code that changes every 30 seconds of the (moved) clock, like a real one. */
function withCode(account: Omit<PhoneAccount, 'code' | 'secondsLeft'>): PhoneAccount {
  const step = Math.floor(now() / 30_000);
  const code = String((account.id * 7919 + step * 104_729) % 1_000_000).padStart(6, '0');
  return { ...account, code, secondsLeft: 30 - (Math.floor(now() / 1000) % 30) };
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

const refuse = (response: ServerResponse, status: number, code: string, message: string) => { send(response, status, { error: { code, message } }); };

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of request) text += String(chunk);
  const parsed: unknown = text === '' ? {} : JSON.parse(text);
  return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
}

async function api(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
  if (request.headers.authorization !== `Bearer ${TOKEN}`) {
    refuse(response, 401, request.headers.authorization === undefined ? 'token-required' : 'wrong-token', 'Open the console with the address npm start printed.');
    return;
  }
  const route = `${request.method ?? 'GET'} ${url.pathname.slice(CONSOLE_API_PREFIX.length)}`;
  const body = request.method === 'POST' ? await readJson(request) : {};
  let match: RegExpMatchArray | null;
  if (route === 'GET /status') send(response, 200, { ...EXAMPLE_STATUS, clock: clock(), extension: { origin: 'chrome-extension://preview', lastSeenAt: now() - 5_000 } });
  else if (route === 'GET /people') send(response, 200, { people });
  else if (route === 'POST /people/reset') {
    people = structuredClone(EXAMPLE_PEOPLE);
    send(response, 200, { people });
  } else if ((match = /^POST \/people\/([^/]+)\/reset$/.exec(route)) !== null) {
    const username = decodeURIComponent(match[1] ?? '');
    const fresh = EXAMPLE_PEOPLE.find((p) => p.username === username);
    if (fresh === undefined) {
      refuse(response, 404, 'unknown-person', `There is no demo person ${username}.`);
      return;
    }
    people = people.map((p) => (p.username === username ? structuredClone(fresh) : p));
    send(response, 200, fresh);
  } else if (route === 'GET /phone') send(response, 200, { now: now(), accounts: accounts.map(withCode) });
  else if (route === 'POST /phone/accounts') {
    const key = typeof body['key'] === 'string' ? body['key'].replace(/\s/g, '') : '';
    if (key.length < 16) {
      refuse(response, 422, 'invalid-key', 'That key is too short: check you have typed all of it.');
      return;
    }
    const account = { id: nextId++, issuer: 'NHS ESR', accountName: String(body['accountName']), addedAt: now() };
    accounts = [...accounts, account];
    send(response, 200, withCode(account));
  } else if ((match = /^DELETE \/phone\/accounts\/(\d+)$/.exec(route)) !== null) {
    const id = Number(match[1]);
    accounts = accounts.filter((a) => a.id !== id);
    send(response, 200, { removed: true });
  } else if (route === 'GET /phone/camera') send(response, 200, EXAMPLE_CAMERA);
  else if (route === 'POST /phone/scan') {
    const showing = EXAMPLE_CAMERA.showing.find((s) => body['username'] === undefined || s.username === body['username']);
    if (showing === undefined) {
      refuse(response, 409, 'nothing-to-scan', 'No set-up QR code is being shown.');
      return;
    }
    const account = { id: nextId++, issuer: 'NHS ESR', accountName: showing.username, addedAt: now() };
    accounts = [...accounts, account];
    send(response, 200, withCode(account));
  } else if (route === 'GET /clock') send(response, 200, clock());
  else if (route === 'POST /clock/advance') {
    const seconds = Number(body['seconds']);
    if (!CLOCK_PRESETS.some((p) => p.seconds === seconds) && !(Number.isInteger(seconds) && seconds > 0)) {
      refuse(response, 400, 'bad-request', 'Move the clock by a whole number of seconds.');
      return;
    }
    offsetMs += seconds * 1000;
    send(response, 200, clock());
  } else if (route === 'POST /clock/real-time') {
    offsetMs = 0;
    send(response, 200, clock());
  } else if (route === 'GET /outbox') {
    const username = url.searchParams.get('username');
    send(response, 200, { emails: EXAMPLE_EMAILS.filter((e) => username === null || e.username === username) });
  } else if (route === 'GET /scenarios') send(response, 200, { scenarios: EXAMPLE_SCENARIOS });
  else if ((match = /^POST \/scenarios\/([^/]+)$/.exec(route)) !== null) {
    const scenario = EXAMPLE_SCENARIOS.find((s) => s.id === decodeURIComponent(match?.[1] ?? ''));
    if (scenario === undefined) refuse(response, 404, 'unknown-scenario', 'There is no such scenario.');
    else send(response, 200, { done: `${scenario.title}: ready. (The preview's stub changes nothing.)`, people });
  } else refuse(response, 404, 'not-found', 'The console API has no such address.');
}

async function serveFile(response: ServerResponse, pathname: string): Promise<void> {
  const file = path.join(ROOT, pathname === '/' ? 'index.html' : pathname);
  if (!file.startsWith(`${ROOT}${path.sep}`)) {
    response.writeHead(404).end();
    return;
  }
  try {
    const content = await readFile(file);
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'content-security-policy': CSP });
    response.end(content);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end(pathname === '/' ? 'dist/console is missing: run npm run build:console first.' : 'Not found');
  }
}

createServer((request, response) => {
  const url = new URL(request.url ?? '/', `http://127.0.0.1:${PORT}`);
  const handled = url.pathname.startsWith(`${CONSOLE_API_PREFIX}/`) ? api(request, response, url) : serveFile(response, url.pathname);
  handled.catch((error: unknown) => { refuse(response, 400, 'bad-request', String(error)); });
}).listen(PORT, '127.0.0.1', () => {
  console.log(`Trainer console preview (stub API): http://127.0.0.1:${PORT}/#token=${TOKEN}`);
});
