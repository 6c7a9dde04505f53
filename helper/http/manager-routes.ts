import { durationText, wordsFor } from '../../shared/words/index.js';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { normaliseOneTimeCode } from '../../shared/totp.js';
import type { Core } from '../core/index.js';
import { HTTP_STATUS } from './errors.js';
import { managerPage, stepUpPage, type HelpdeskOutcome } from './pages/manager-pages.js';
import { problemPage } from './pages/other-pages.js';
import { FormText, htmlReply, parseForm, requestContext } from './replies.js';
import { codeErrorMessage } from './wording.js';
import { sessionFromCookie } from './session-cookie.js';

const CodeForm = z.object({ code: FormText });
const HelpdeskForm = z.object({ 'helpdesk-username': FormText, 'helpdesk-email': FormText, 'helpdesk-dob': FormText, calledBack: FormText });

/** The manager area and the step-up check in front of it. */
export function registerManagerRoutes(app: FastifyInstance, core: Core, signInRateLimit: object): void {

  const maxAge = () => durationText(core.deps.config.stepUpMaxAgeMs);

  /** The signed-in manager or core user behind this request, or the reply that turns them away. */
  function privileged(request: FastifyRequest, reply: FastifyReply) {
    const found = sessionFromCookie(core, request);
    const account = found?.session.state === 'signed-in' ? core.deps.store.findAccount(found.session.username) : undefined;
    if (found === undefined || account === undefined) return { refused: reply.redirect('/login', 303) };
    if (!core.stepUp.canEnter(account)) {
      return { refused: htmlReply(reply, problemPage({ title: 'You cannot open the manager area', message: 'Only managers and core users can open it. If you need access, ask your ESR administrator.' }), 403) };
    }
    return { ...found, account };
  }

  app.get('/manager', async (request, reply) => {
    const who = privileged(request, reply);
    if ('refused' in who) return who.refused;
    if (!core.stepUp.isSteppedUp(who.session) || who.session.steppedUpAt === null) return reply.redirect('/step-up', 303);
    return htmlReply(reply, managerPage({ account: who.account, steppedUpAt: who.session.steppedUpAt, maxAge: maxAge() }));
  });

  app.post('/manager/helpdesk/reset', { config: { rateLimit: signInRateLimit } }, async (request, reply) => {
    const who = privileged(request, reply);
    if ('refused' in who) return who.refused;
    if (!core.stepUp.isSteppedUp(who.session) || who.session.steppedUpAt === null) return reply.redirect('/step-up', 303);
    const values = parseForm(HelpdeskForm, request) ?? { 'helpdesk-username': '', 'helpdesk-email': '', 'helpdesk-dob': '', calledBack: '' };
    const input = { username: values['helpdesk-username'], email: values['helpdesk-email'], dateOfBirth: values['helpdesk-dob'] };
    const page = (helpdesk: HelpdeskOutcome, status: number) =>
      htmlReply(reply, managerPage({ account: who.account, steppedUpAt: who.session.steppedUpAt ?? 0, maxAge: maxAge(), helpdesk }), status);
    if (values.calledBack !== 'yes') return page({ kind: 'refused', message: 'Call them back on the number in their record, then tick the box', values: input }, 400);
    const reset = core.helpdeskReset(requestContext(request), who.session, input);
    if (!reset.ok) {
      const message = reset.error.code === 'mfa-not-on' ? 'This person does not have extra security on, so there is nothing to reset.' : wordsFor().errors[reset.error.code];
      return page({ kind: 'refused', message, values: input }, HTTP_STATUS[reset.error.code]);
    }
    return page({ kind: 'done', username: reset.value.username }, 200);
  });

  app.get('/step-up', async (request, reply) => {
    const who = privileged(request, reply);
    if ('refused' in who) return who.refused;
    core.stepUp.sendCode(requestContext(request), who.session);
    return htmlReply(reply, stepUpPage({ account: who.account, method: core.stepUp.method(who.account) }));
  });

  app.post('/step-up', { config: { rateLimit: signInRateLimit } }, async (request, reply) => {
    const who = privileged(request, reply);
    if ('refused' in who) return who.refused;
    const code = normaliseOneTimeCode(parseForm(CodeForm, request)?.code ?? '');
    const page = (error: string, status: number) => htmlReply(reply, stepUpPage({ account: who.account, method: core.stepUp.method(who.account), error }), status);
    if (code === null) return page('Enter the 6-digit code', 400);
    const verified = core.stepUp.verify(requestContext(request), who.session, code);
    if (!verified.ok) return page(codeErrorMessage(verified.error), HTTP_STATUS[verified.error.code]);
    return reply.redirect('/manager', 303);
  });

  app.post('/step-up/resend', { config: { rateLimit: signInRateLimit } }, async (request, reply) => {
    const who = privileged(request, reply);
    if ('refused' in who) return who.refused;
    core.stepUp.sendCode(requestContext(request), who.session, { force: true });
    return reply.redirect('/step-up', 303);
  });
}
