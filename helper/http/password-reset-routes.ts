import { waitText, type Words } from '../../shared/words/index.js';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod/mini';
import { normaliseOneTimeCode } from '../../shared/totp.js';
import type { Core } from '../core/index.js';
import type { ResetStep } from '../core/views.js';
import type { CoreError } from '../core/result.js';
import { HTTP_STATUS } from './errors.js';
import { newPasswordPage, passwordChangedPage, resetDateOfBirthPage, resetDetailsPage, resetEmailCodePage, resetSecondFactorPage } from './pages/password-reset-pages.js';
import { FormText, htmlReply, parseForm, requestContext } from './replies.js';
import { portCookieName } from './session-cookie.js';
import type { WordsOf } from './language.js';
import { codeErrorMessage } from './wording.js';

const DetailsForm = z.object({ username: FormText, email: FormText });
const EmailCodeForm = z.object({ code: FormText });
const SecondFactorForm = z.object({ code: FormText, recoveryCode: FormText, dateOfBirth: FormText });
const NewPasswordForm = z.object({ newPassword: FormText, confirmPassword: FormText });

/** Where each step of a reset lives. */
const STEP_PATHS: Record<ResetStep, string> = {
  'email-code': '/forgotten-password/email-code',
  'second-factor': '/forgotten-password/verify',
  'date-of-birth': '/forgotten-password/verify',
  'new-password': '/forgotten-password/new',
};

/** The forgotten-password route, as plain forms: details, emailed code, second factor, new password. */
export function registerPasswordResetRoutes(app: FastifyInstance, core: Core, signInRateLimit: object, wordsOf: WordsOf): void {
  const resetId = (request: FastifyRequest) => request.cookies[portCookieName(request, 'esr_reset')];
  const startAgain = (request: FastifyRequest, reply: FastifyReply) => {
    const words = wordsOf(request);
    return htmlReply(reply, resetDetailsPage(words, { errors: [{ field: 'username', message: words.shared.errors['reset-expired'] }] }), 410);
  };
  /** The live reset if it is at `step`; otherwise the reply that sends the person where they are. */
  const atStep = (request: FastifyRequest, reply: FastifyReply, steps: readonly ResetStep[]) => {
    const reset = core.resetProgress(resetId(request));
    if (!reset.ok) return { reply: startAgain(request, reply) };
    if (!steps.includes(reset.value.next)) return { reply: reply.redirect(STEP_PATHS[reset.value.next], 303) };
    return { next: reset.value.next };
  };
  const lockedText = (retryAfterSeconds: number | undefined, words: Words) => words.refusals.tooManyFailedAttempts(waitText(retryAfterSeconds, words));

  app.get('/forgotten-password', async (request, reply) => htmlReply(reply, resetDetailsPage(wordsOf(request), {})));

  app.post('/forgotten-password', { config: { rateLimit: signInRateLimit } }, async (request, reply) => {
    const words = wordsOf(request);
    const values = parseForm(DetailsForm, request) ?? { username: '', email: '' };
    const missing = [
      ...(values.username.trim() === '' ? [{ field: 'username', message: words.reset.enterUsername }] : []),
      ...(values.email.trim() === '' ? [{ field: 'email', message: words.reset.enterEmail }] : []),
    ];
    if (missing.length > 0) return htmlReply(reply, resetDetailsPage(words, { errors: missing, values }), 400);
    const started = core.startPasswordReset(requestContext(request), values);
    if (!started.ok) {
      const waiting = started.error.code === 'account-locked' || started.error.code === 'rate-limited';
      const message = waiting ? lockedText(started.error.retryAfterSeconds, words.shared) : words.shared.errors[started.error.code];
      return htmlReply(reply, resetDetailsPage(words, { errors: [{ field: 'username', message }], values }), HTTP_STATUS[started.error.code]);
    }
    void reply.setCookie(portCookieName(request, 'esr_reset'), started.value.resetId, { httpOnly: true, sameSite: 'lax', path: '/forgotten-password' });
    return reply.redirect(STEP_PATHS['email-code'], 303);
  });

  app.get('/forgotten-password/email-code', async (request, reply) => {
    const words = wordsOf(request);
    const here = atStep(request, reply, ['email-code']);
    return 'reply' in here ? here.reply : htmlReply(reply, resetEmailCodePage(words, {}));
  });

  app.post('/forgotten-password/email-code', { config: { rateLimit: signInRateLimit } }, async (request, reply) => {
    const words = wordsOf(request);
    const here = atStep(request, reply, ['email-code']);
    if ('reply' in here) return here.reply;
    const code = normaliseOneTimeCode(parseForm(EmailCodeForm, request)?.code ?? '');
    if (code === null) return htmlReply(reply, resetEmailCodePage(words, { errors: [{ field: 'code', message: words.reset.enterEmailCode }] }), 400);
    const verified = core.verifyResetEmailCode(requestContext(request), resetId(request), code);
    if (!verified.ok) {
      if (verified.error.code === 'reset-expired') return startAgain(request, reply);
      return htmlReply(reply, resetEmailCodePage(words, { errors: [{ field: 'code', message: codeErrorMessage(verified.error, words.shared) }] }), HTTP_STATUS[verified.error.code]);
    }
    return reply.redirect(STEP_PATHS[verified.value.next], 303);
  });

  app.get('/forgotten-password/verify', async (request, reply) => {
    const words = wordsOf(request);
    const here = atStep(request, reply, ['second-factor', 'date-of-birth']);
    if ('reply' in here) return here.reply;
    return htmlReply(reply, here.next === 'second-factor' ? resetSecondFactorPage(words, {}) : resetDateOfBirthPage(words, {}));
  });

  app.post('/forgotten-password/verify', { config: { rateLimit: signInRateLimit } }, async (request, reply) => {
    const words = wordsOf(request);
    const here = atStep(request, reply, ['second-factor', 'date-of-birth']);
    if ('reply' in here) return here.reply;
    const values = parseForm(SecondFactorForm, request) ?? { code: '', recoveryCode: '', dateOfBirth: '' };
    if (here.next === 'date-of-birth') {
      const page = (message: string, status: number) => htmlReply(reply, resetDateOfBirthPage(words, { errors: [{ field: 'dateOfBirth', message }] }), status);
      if (values.dateOfBirth.trim() === '') return page(words.reset.enterDateOfBirth, 400);
      const verified = core.verifyResetSecondFactor(requestContext(request), resetId(request), { dateOfBirth: values.dateOfBirth });
      if (!verified.ok) {
        if (verified.error.code === 'reset-expired') return startAgain(request, reply);
        return page(verified.error.code === 'account-locked' ? lockedText(verified.error.retryAfterSeconds, words.shared) : words.shared.errors[verified.error.code], HTTP_STATUS[verified.error.code]);
      }
      return reply.redirect(STEP_PATHS['new-password'], 303);
    }
    const usingRecovery = values.recoveryCode.trim() !== '';
    const field = usingRecovery ? 'recoveryCode' : 'code';
    const code = normaliseOneTimeCode(values.code);
    if (!usingRecovery && code === null) return htmlReply(reply, resetSecondFactorPage(words, { errors: [{ field, message: words.reset.enterAppCode }] }), 400);
    const verified = core.verifyResetSecondFactor(requestContext(request), resetId(request), usingRecovery ? { recoveryCode: values.recoveryCode } : { code: code ?? '' });
    if (!verified.ok) {
      if (verified.error.code === 'reset-expired') return startAgain(request, reply);
      return htmlReply(reply, resetSecondFactorPage(words, { errors: [{ field, message: codeErrorMessage(verified.error, words.shared) }] }), HTTP_STATUS[verified.error.code]);
    }
    return reply.redirect(STEP_PATHS['new-password'], 303);
  });

  app.get('/forgotten-password/new', async (request, reply) => {
    const words = wordsOf(request);
    const here = atStep(request, reply, ['new-password']);
    if ('reply' in here) return here.reply;
    return htmlReply(reply, newPasswordPage(words, {}));
  });

  app.post('/forgotten-password/new', async (request, reply) => {
    const words = wordsOf(request);
    const here = atStep(request, reply, ['new-password']);
    if ('reply' in here) return here.reply;
    const values = parseForm(NewPasswordForm, request) ?? { newPassword: '', confirmPassword: '' };
    if (values.newPassword !== values.confirmPassword) {
      return htmlReply(reply, newPasswordPage(words, { errors: [{ field: 'confirmPassword', message: words.reset.passwordsDoNotMatch }] }), 400);
    }
    const done = await core.completePasswordReset(requestContext(request), resetId(request), values.newPassword);
    if (!done.ok) {
      if ('breaches' in done) return htmlReply(reply, newPasswordPage(words, { errors: done.breaches.map((b) => ({ field: 'newPassword', message: words.reset.rules[b] })) }), 422);
      const error: CoreError = done.error;
      if (error.code === 'second-factor-needed') return reply.redirect(STEP_PATHS['second-factor'], 303);
      return startAgain(request, reply);
    }
    void reply.clearCookie(portCookieName(request, 'esr_reset'), { path: '/forgotten-password' });
    return htmlReply(reply, passwordChangedPage(words));
  });
}
