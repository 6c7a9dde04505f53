import type { FastifyReply } from 'fastify';
import type { ErrorBody, ErrorCode } from '../../shared/errors.js';
import { wordsFor, type Language } from '../../shared/words/index.js';
import type { CoreError } from '../core/result.js';

export const HTTP_STATUS: Record<ErrorCode, number> = {
  'bad-request': 400,
  'unsupported-media-type': 415,
  'payload-too-large': 413,
  'not-found': 404,
  'method-not-allowed': 405,
  'forbidden-host': 403,
  'forbidden-origin': 403,
  'rate-limited': 429,
  internal: 500,
  'invalid-credentials': 401,
  'account-locked': 429,
  'password-rules': 422,
  'reset-details-mismatch': 401,
  'reset-expired': 410,
  'second-factor-needed': 403,
  'not-privileged': 403,
  'step-up-code-expired': 410,
  'step-up-required': 403,
  'not-signed-in': 401,
  'session-expired': 401,
  'not-eligible': 403,
  'enrolment-not-started': 409,
  'mfa-not-on': 409,
  'invalid-code': 422,
  'code-already-used': 409,
  'mfa-locked': 429,
  'challenge-not-found': 404,
  'challenge-expired': 410,
};

/** The error as the API answers it, its `message` in the request's language (the code is what programs read). */
export function errorBody(error: CoreError, language: Language): ErrorBody {
  return { error: { message: wordsFor(language).errors[error.code], ...error } };
}

/** Sends the one error shape of the API, with Retry-After where the client must wait. */
export function sendApiError(reply: FastifyReply, error: CoreError, language: Language): FastifyReply {
  if (error.retryAfterSeconds !== undefined) void reply.header('retry-after', String(error.retryAfterSeconds));
  return reply.code(HTTP_STATUS[error.code]).header('cache-control', 'no-store').send(errorBody(error, language));
}

/** Fastify's own request errors, as our typed codes: malformed input is the client's fault, never a 5xx. */
export function codeForFrameworkError(error: { statusCode?: number; code?: string }): ErrorCode {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'payload-too-large';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'unsupported-media-type';
    default:
      break;
  }
  const status = error.statusCode ?? 500;
  if (status === 413) return 'payload-too-large';
  if (status === 415) return 'unsupported-media-type';
  if (status === 429) return 'rate-limited';
  if (status === 405) return 'method-not-allowed';
  if (status === 404) return 'not-found';
  return status >= 400 && status < 500 ? 'bad-request' : 'internal';
}
