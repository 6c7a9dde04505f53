import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod/mini';
import type { Core } from '../core/index.js';
import { HTTP_STATUS } from './errors.js';
import { mailboxPage, mailboxSignInPage } from './pages/mailbox-pages.js';
import { FormText, htmlReply, parseForm, requestContext } from './replies.js';
import { portCookieName } from './session-cookie.js';
import type { WordsOf } from './language.js';
import { passwordErrorMessage } from './wording.js';

const MAILBOX_PATH = '/demo/mailbox';
const MailboxForm = z.object({ username: FormText, password: FormText });

/**
 * Its own cookie, apart from the ESR session: a browser signed in to ESR is not signed in to any
 * mailbox. HttpOnly and sent only to the mailbox's own addresses; SameSite=Strict, as nothing
 * outside the portal has a reason to open someone's mailbox.
 */
const COOKIE_OPTIONS = { httpOnly: true, sameSite: 'strict', path: MAILBOX_PATH } as const;

/**
 * The demo mailbox: each person's emails (step-up codes, security notices), behind that person's
 * mailbox password. The old every-person outbox address now leads here.
 */
export function registerMailboxRoutes(app: FastifyInstance, core: Core, signInRateLimit: object, wordsOf: WordsOf): void {
  const tokenOf = (request: FastifyRequest) => {
    const token = request.cookies[portCookieName(request, 'esr_mailbox')];
    return token !== undefined && token.length <= 64 ? token : undefined;
  };
  const signOut = (request: FastifyRequest, reply: FastifyReply) => {
    core.mailbox.close(tokenOf(request));
    void reply.clearCookie(portCookieName(request, 'esr_mailbox'), COOKIE_OPTIONS);
  };

  app.get('/demo/outbox', async (_request, reply) => reply.redirect(MAILBOX_PATH, 303));

  app.get(MAILBOX_PATH, async (request, reply) => {
    const words = wordsOf(request);
    const mailbox = core.mailbox.read(tokenOf(request));
    if (mailbox.ok) return htmlReply(reply, mailboxPage(words, mailbox.value));
    if (request.cookies[portCookieName(request, 'esr_mailbox')] === undefined) return htmlReply(reply, mailboxSignInPage(words, {}));
    signOut(request, reply);
    return htmlReply(reply, mailboxSignInPage(words, { notice: words.mailbox.signedOutNotice }));
  });

  app.post(MAILBOX_PATH, { config: { rateLimit: signInRateLimit } }, async (request, reply) => {
    const words = wordsOf(request);
    const form = parseForm(MailboxForm, request) ?? { username: '', password: '' };
    const missing = [
      ...(form.username.trim() === '' ? [{ field: 'username', message: words.mailbox.enterUsername }] : []),
      ...(form.password === '' ? [{ field: 'password', message: words.mailbox.enterPassword }] : []),
    ];
    if (missing.length > 0) return htmlReply(reply, mailboxSignInPage(words, { errors: missing, username: form.username }), 400);
    const opened = await core.mailbox.open(requestContext(request), form);
    if (!opened.ok) {
      // One message for a wrong password and an unknown name alike: the page does not say which accounts exist.
      const message = opened.error.code === 'invalid-credentials' ? words.mailbox.wrongDetails : passwordErrorMessage(opened.error, words.shared);
      return htmlReply(reply, mailboxSignInPage(words, { errors: [{ field: 'password', message }], username: form.username }), HTTP_STATUS[opened.error.code]);
    }
    // One mailbox at a time in a browser: whichever was open before is closed for good.
    core.mailbox.close(tokenOf(request));
    void reply.setCookie(portCookieName(request, 'esr_mailbox'), opened.value.token, COOKIE_OPTIONS);
    // Post, then redirect: reloading the mailbox must not send the password again.
    return reply.redirect(MAILBOX_PATH, 303);
  });

  app.post(`${MAILBOX_PATH}/close`, async (request, reply) => {
    signOut(request, reply);
    return reply.redirect(MAILBOX_PATH, 303);
  });
}
