import type { FastifyReply } from 'fastify';
import type { ConsoleError, ConsoleErrorCode } from './contract.js';

export const CONSOLE_HTTP_STATUS: Record<ConsoleErrorCode, number> = {
  'token-required': 401,
  'wrong-token': 401,
  'origin-not-allowed': 403,
  'host-not-allowed': 403,
  'bad-request': 400,
  'not-found': 404,
  'unknown-person': 404,
  'unknown-scenario': 404,
  'invalid-key': 422,
  'nothing-to-scan': 409,
  'choose-who-to-scan': 409,
  'scenario-not-possible': 409,
  internal: 500,
};

/** The plain words for refusals that carry none of their own. */
export const CONSOLE_MESSAGES: Partial<Record<ConsoleErrorCode, string>> = {
  'token-required': 'The trainer console needs its token. Open the console from the address npm start printed.',
  'wrong-token': 'That is not the console token. Open the console from the address npm start printed most recently.',
  'origin-not-allowed': 'The trainer console answers only its own page.',
  'host-not-allowed': 'The trainer console answers only requests addressed to 127.0.0.1 or localhost on its own port.',
  'bad-request': 'The request was not in the expected form.',
  'not-found': 'There is nothing at this address.',
  internal: 'Something went wrong in the helper. Try again.',
};

/** The console's one error shape, never cached. */
export function sendConsoleError(reply: FastifyReply, code: ConsoleErrorCode, message?: string): FastifyReply {
  const body: ConsoleError = { error: { code, message: message ?? CONSOLE_MESSAGES[code] ?? code } };
  if (code === 'token-required' || code === 'wrong-token') void reply.header('www-authenticate', 'Bearer realm="ESR MFA trainer console"');
  return reply.code(CONSOLE_HTTP_STATUS[code]).header('cache-control', 'no-store').send(body);
}
