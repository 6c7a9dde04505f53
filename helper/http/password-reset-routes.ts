import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ERROR_MESSAGES } from '../../shared/errors.js';
import { normaliseOneTimeCode } from '../../shared/totp.js';
import type { Core } from '../core/index.js';
import { PASSWORD_RULE_TEXT } from '../core/password-rules.js';
import type { CoreError } from '../core/result.js';
import { HTTP_STATUS } from './errors.js';
import { newPasswordPage, passwordChangedPage, resetDetailsPage, resetSecondFactorPage } from './pages/password-reset-pages.js';
import { FormText, htmlReply, parseForm, requestContext } from './replies.js';
import { codeErrorMessage, minutesText } from './wording.js';

const RESET_COOKIE = 'esr_reset';
const DetailsForm = z.object({ username: FormText, email: FormText, dateOfBirth: FormText });
const SecondFactorForm = z.object({ code: FormText, recoveryCode: FormText });
const NewPasswordForm = z.object({ newPassword: FormText, confirmPassword: FormText });
const RULES = ['too-short', 'needs-letter', 'needs-number', 'repeated-characters', 'sequential-characters', 'contains-username'] as const;

/** The forgotten-password route, as plain forms. */
export function registerPasswordResetRoutes(app: FastifyInstance, core: Core, signInRateLimit: object): void {
  const resetId = (request: FastifyRequest) => request.cookies[RESET_COOKIE];
  const startAgain = (reply: FastifyReply) => htmlReply(reply, resetDetailsPage({ errors: [{ field: 'username', message: ERROR_MESSAGES['reset-expired'] }] }), 410);

  app.get('/forgotten-password', async (_request, reply) => htmlReply(reply, resetDetailsPage({})));

  app.post('/forgotten-password', { config: { rateLimit: signInRateLimit } }, async (request, reply) => {
    const values = parseForm(DetailsForm, request) ?? { username: '', email: '', dateOfBirth: '' };
    const missing = [
      ...(values.username.trim() === '' ? [{ field: 'username', message: 'Enter your username' }] : []),
      ...(values.email.trim() === '' ? [{ field: 'email', message: 'Enter your email address' }] : []),
      ...(values.dateOfBirth.trim() === '' ? [{ field: 'dateOfBirth', message: 'Enter your date of birth' }] : []),
    ];
    if (missing.length > 0) return htmlReply(reply, resetDetailsPage({ errors: missing, values }), 400);
    const started = core.startPasswordReset(requestContext(request), values);
    if (!started.ok) {
      const message = started.error.code === 'account-locked' ? `Too many attempts. Try again in ${minutesText(started.error.retryAfterSeconds ?? 60)}.` : ERROR_MESSAGES[started.error.code];
      return htmlReply(reply, resetDetailsPage({ errors: [{ field: 'username', message }], values }), HTTP_STATUS[started.error.code]);
    }
    void reply.setCookie(RESET_COOKIE, started.value.resetId, { httpOnly: true, sameSite: 'lax', path: '/forgotten-password' });
    return reply.redirect(started.value.needsSecondFactor ? '/forgotten-password/verify' : '/forgotten-password/new', 303);
  });

  app.get('/forgotten-password/verify', async (request, reply) => {
    const reset = core.findLiveReset(resetId(request));
    if (!reset.ok) return startAgain(reply);
    if (!reset.value.needsSecondFactor) return reply.redirect('/forgotten-password/new', 303);
    return htmlReply(reply, resetSecondFactorPage({}));
  });

  app.post('/forgotten-password/verify', { config: { rateLimit: signInRateLimit } }, async (request, reply) => {
    const values = parseForm(SecondFactorForm, request) ?? { code: '', recoveryCode: '' };
    const usingRecovery = values.recoveryCode.trim() !== '';
    const field = usingRecovery ? 'recoveryCode' : 'code';
    const code = normaliseOneTimeCode(values.code);
    if (!usingRecovery && code === null) return htmlReply(reply, resetSecondFactorPage({ errors: [{ field, message: 'Enter the 6-digit code from your app' }] }), 400);
    const verified = core.verifyResetSecondFactor(requestContext(request), resetId(request), usingRecovery ? { recoveryCode: values.recoveryCode } : { code: code ?? '' });
    if (!verified.ok) {
      if (verified.error.code === 'reset-expired') return startAgain(reply);
      return htmlReply(reply, resetSecondFactorPage({ errors: [{ field, message: codeErrorMessage(verified.error) }] }), HTTP_STATUS[verified.error.code]);
    }
    return reply.redirect('/forgotten-password/new', 303);
  });

  app.get('/forgotten-password/new', async (request, reply) => {
    const reset = core.findLiveReset(resetId(request));
    if (!reset.ok) return startAgain(reply);
    if (reset.value.needsSecondFactor) return reply.redirect('/forgotten-password/verify', 303);
    return htmlReply(reply, newPasswordPage({ rules: RULES.map((rule) => PASSWORD_RULE_TEXT[rule]) }));
  });

  app.post('/forgotten-password/new', async (request, reply) => {
    const values = parseForm(NewPasswordForm, request) ?? { newPassword: '', confirmPassword: '' };
    const rules = RULES.map((rule) => PASSWORD_RULE_TEXT[rule]);
    if (values.newPassword !== values.confirmPassword) {
      return htmlReply(reply, newPasswordPage({ rules, errors: [{ field: 'confirmPassword', message: 'The passwords do not match' }] }), 400);
    }
    const done = await core.completePasswordReset(requestContext(request), resetId(request), values.newPassword);
    if (!done.ok) {
      if ('breaches' in done) return htmlReply(reply, newPasswordPage({ rules, errors: done.breaches.map((b) => ({ field: 'newPassword', message: PASSWORD_RULE_TEXT[b] })) }), 422);
      const error: CoreError = done.error;
      if (error.code === 'second-factor-needed') return reply.redirect('/forgotten-password/verify', 303);
      return startAgain(reply);
    }
    void reply.clearCookie(RESET_COOKIE, { path: '/forgotten-password' });
    return htmlReply(reply, passwordChangedPage());
  });
}
