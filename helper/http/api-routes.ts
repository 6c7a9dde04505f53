import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod/mini';
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
import { sendApiError } from './errors.js';
import type { WordsOf } from './language.js';
import { requestContext } from './replies.js';
import { sessionIdFrom } from './session-cookie.js';

/**
 * The JSON API the extension uses. It answers only the extension's own Origin (see guard.ts), which
 * no page script can send, and the session is the browser's HttpOnly cookie, which no page script
 * can read: a script in the portal page can neither call these routes nor lift a credential for
 * them. Every call is a POST: browsers send no Origin header with an extension's GET requests.
 */
export function registerApiRoutes(app: FastifyInstance, core: Core, signInRateLimit: object, wordsOf: WordsOf): void {
  function route<S extends z.ZodMiniType, T>(path: string, schema: S, handle: (request: FastifyRequest, body: z.infer<S>) => Result<T>, rateLimit?: object) {
    app.post(path, { config: rateLimit === undefined ? {} : { rateLimit } }, async (request, reply: FastifyReply) => {
      const parsed = schema.safeParse(request.body ?? {});
      if (!parsed.success) return sendApiError(reply, { code: 'bad-request' }, wordsOf(request).language);
      const result = handle(request, parsed.data);
      if (!result.ok) return sendApiError(reply, result.error, wordsOf(request).language);
      return reply.header('cache-control', 'no-store').send(result.value);
    });
  }

  route(API_PATHS.status, EmptyRequest, (request) => ({ ok: true, value: core.status(sessionIdFrom(request)) }));
  route(API_PATHS.enrolmentStart, EmptyRequest, (request) => core.startEnrolment(requestContext(request), sessionIdFrom(request)));
  route(API_PATHS.enrolmentConfirm, EnrolmentConfirmRequest, (request, body) => core.confirmEnrolment(requestContext(request), sessionIdFrom(request), body.code), signInRateLimit);
  route(API_PATHS.challengeVerify, ChallengeVerifyRequest, (request, body) => core.verifyChallenge(requestContext(request), sessionIdFrom(request), body), signInRateLimit);
  route(API_PATHS.noticesSeen, EmptyRequest, (request) => core.markNoticesSeen(sessionIdFrom(request)));
  route(API_PATHS.stepUpVerify, StepUpVerifyRequest, (request, body) => core.stepUp.verify(requestContext(request), sessionIdFrom(request), body.code), signInRateLimit);
  route(API_PATHS.recoveryCodesRegenerate, RecoveryCodesRegenerateRequest, (request, body) => core.regenerateRecoveryCodes(requestContext(request), sessionIdFrom(request), body.code, { signOutOthers: body.signOutOthers }), signInRateLimit);
}
