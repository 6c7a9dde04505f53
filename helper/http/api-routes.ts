import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import {
  API_PATHS,
  ChallengeVerifyRequest,
  EmptyRequest,
  EnrolmentConfirmRequest,
  RecoveryCodesRegenerateRequest,
  StepUpVerifyRequest,
} from '../../shared/api.js';
import type { Core } from '../core/index.js';
import type { Result } from '../core/result.js';
import type { SessionRecord } from '../core/store.js';
import { sendApiError } from './errors.js';
import { requestContext } from './replies.js';

/**
 * The JSON API the extension uses. Every call is a POST: browsers send no Origin header with an
 * extension's GET requests, and the API refuses any request without a trusted Origin.
 * The session is named by a bearer token from the page (never by the cookie), so no other site
 * can make a browser call the API on its user's behalf.
 */
export function registerApiRoutes(app: FastifyInstance, core: Core, signInRateLimit: object): void {
  const session = (request: FastifyRequest): SessionRecord | undefined => {
    const match = /^Bearer ([A-Za-z0-9_-]{43})$/.exec(request.headers.authorization ?? '');
    return match?.[1] === undefined ? undefined : core.resolveSession({ apiToken: match[1] });
  };

  function route<S extends z.ZodType, T>(path: string, schema: S, handle: (request: FastifyRequest, body: z.infer<S>) => Result<T>, rateLimit?: object) {
    app.post(path, { config: rateLimit === undefined ? {} : { rateLimit } }, async (request, reply: FastifyReply) => {
      const parsed = schema.safeParse(request.body ?? {});
      if (!parsed.success) return sendApiError(reply, { code: 'bad-request' });
      const result = handle(request, parsed.data);
      if (!result.ok) return sendApiError(reply, result.error);
      return reply.header('cache-control', 'no-store').send(result.value);
    });
  }

  route(API_PATHS.status, EmptyRequest, (request) => ({ ok: true, value: core.status(session(request)) }));
  route(API_PATHS.enrolmentStart, EmptyRequest, (request) => core.startEnrolment(requestContext(request), session(request)));
  route(API_PATHS.enrolmentConfirm, EnrolmentConfirmRequest, (request, body) => core.confirmEnrolment(requestContext(request), session(request), body.code), signInRateLimit);
  route(API_PATHS.challengeVerify, ChallengeVerifyRequest, (request, body) => core.verifyChallenge(requestContext(request), session(request), body), signInRateLimit);
  route(API_PATHS.noticesSeen, EmptyRequest, (request) => core.markNoticesSeen(session(request)));
  route(API_PATHS.stepUpVerify, StepUpVerifyRequest, (request, body) => core.stepUp.verify(requestContext(request), session(request), body.code), signInRateLimit);
  route(API_PATHS.recoveryCodesRegenerate, RecoveryCodesRegenerateRequest, (request, body) => core.regenerateRecoveryCodes(requestContext(request), session(request), body.code), signInRateLimit);
}
