import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod/mini';
import { durationText } from '../../shared/words/index.js';
import { normaliseOneTimeCode } from '../../shared/totp.js';
import type { Core } from '../core/index.js';
import type { CoreError } from '../core/result.js';
import { HTTP_STATUS } from './errors.js';
import { managerPage, stepUpPage, type HelpdeskOutcome } from './pages/manager-pages.js';
import { problemPage } from './pages/other-pages.js';
import { FormText, htmlReply, parseForm, requestContext } from './replies.js';
import type { WordsOf } from './language.js';
import type { PortalWords } from './pages/words/index.js';
import { codeErrorMessage } from './wording.js';
import { sessionIdFrom } from './session-cookie.js';

const CodeForm = z.object({ code: FormText });
const HelpdeskForm = z.object({ 'helpdesk-username': FormText, 'helpdesk-email': FormText, 'helpdesk-dob': FormText, calledBack: FormText });

/** The manager area and the step-up check in front of it. Who may enter is the core's decision; this only says so. */
export function registerManagerRoutes(app: FastifyInstance, core: Core, signInRateLimit: object, wordsOf: WordsOf): void {
  /** The reply for a request the core turned away from the manager area or its step-up check. */
  function refuse(reply: FastifyReply, error: CoreError, words: PortalWords): FastifyReply {
    if (error.code === 'step-up-required') return reply.redirect('/step-up', 303);
    if (error.code === 'not-privileged') {
      return htmlReply(reply, problemPage(words, { title: words.manager.cannotOpenTitle, message: words.manager.cannotOpenMessage, code: error.code }), 403);
    }
    return reply.redirect('/login', 303);
  }

  app.get('/manager', async (request, reply) => {
    const words = wordsOf(request);
    const area = core.managerArea(sessionIdFrom(request));
    if (!area.ok) return refuse(reply, area.error, words);
    return htmlReply(reply, managerPage(words, { view: area.value, maxAge: durationText(area.value.stepUpLastsSeconds * 1000, words.shared) }));
  });

  app.post('/manager/helpdesk/reset', { config: { rateLimit: signInRateLimit } }, async (request, reply) => {
    const words = wordsOf(request);
    const sessionId = sessionIdFrom(request);
    const area = core.managerArea(sessionId);
    if (!area.ok) return refuse(reply, area.error, words);
    const values = parseForm(HelpdeskForm, request) ?? { 'helpdesk-username': '', 'helpdesk-email': '', 'helpdesk-dob': '', calledBack: '' };
    const input = { username: values['helpdesk-username'], email: values['helpdesk-email'], dateOfBirth: values['helpdesk-dob'] };
    const page = (helpdesk: HelpdeskOutcome, status: number) =>
      htmlReply(reply, managerPage(words, { view: area.value, maxAge: durationText(area.value.stepUpLastsSeconds * 1000, words.shared), helpdesk }), status);
    if (values.calledBack !== 'yes') return page({ kind: 'refused', message: words.manager.helpdesk.tickCalledBack, values: input }, 400);
    const reset = core.helpdeskReset(requestContext(request), sessionId, input);
    if (!reset.ok) {
      const message = reset.error.code === 'mfa-not-on' ? words.manager.helpdesk.nothingToReset : words.shared.errors[reset.error.code];
      return page({ kind: 'refused', message, values: input }, HTTP_STATUS[reset.error.code]);
    }
    return page({ kind: 'done', ...reset.value }, 200);
  });

  app.get('/step-up', async (request, reply) => {
    const words = wordsOf(request);
    const page = core.stepUp.page(requestContext(request), sessionIdFrom(request));
    if (!page.ok) return refuse(reply, page.error, words);
    return htmlReply(reply, stepUpPage(words, { view: page.value }));
  });

  app.post('/step-up', { config: { rateLimit: signInRateLimit } }, async (request, reply) => {
    const words = wordsOf(request);
    const sessionId = sessionIdFrom(request);
    const form = core.stepUp.form(sessionId);
    if (!form.ok) return refuse(reply, form.error, words);
    const code = normaliseOneTimeCode(parseForm(CodeForm, request)?.code ?? '');
    const page = (error: string, status: number) => htmlReply(reply, stepUpPage(words, { view: form.value, error }), status);
    if (code === null) return page(words.stepUp.enterCode, 400);
    const verified = core.stepUp.verify(requestContext(request), sessionId, code);
    if (!verified.ok) return page(codeErrorMessage(verified.error, words.shared), HTTP_STATUS[verified.error.code]);
    return reply.redirect('/manager', 303);
  });

  app.post('/step-up/resend', { config: { rateLimit: signInRateLimit } }, async (request, reply) => {
    const sent = core.stepUp.resend(requestContext(request), sessionIdFrom(request));
    if (!sent.ok) return refuse(reply, sent.error, wordsOf(request));
    return reply.redirect('/step-up', 303);
  });
}
