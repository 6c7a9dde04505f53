import type { FastifyInstance } from 'fastify';
import { z } from 'zod/mini';
import { DEMO_LOCATIONS, DeviceProof, HOME_LOCATION } from '../../shared/device.js';
import { COMPLETE_SIGN_IN_PATH } from '../../shared/portal.js';
import { normaliseOneTimeCode } from '../../shared/totp.js';
import type { Core } from '../core/index.js';
import { describeBrowser } from '../core/devices.js';
import type { FieldError } from './pages/layout.js';
import { HTTP_STATUS } from './errors.js';
import { activityPage } from './pages/activity-page.js';
import { homePage } from './pages/home-page.js';
import { loginPage, verifyPage } from './pages/sign-in-pages.js';
import { FormText, htmlReply, parseForm, requestContext } from './replies.js';
import { clearSessionCookie, sessionIdFrom, setSessionCookie } from './session-cookie.js';
import type { WordsOf } from './language.js';
import { codeErrorMessage, passwordErrorMessage } from './wording.js';

const LoginForm = z.object({ username: FormText, password: FormText, demoLocation: FormText, deviceProof: z._default(z.optional(z.string().check(z.maxLength(2048))), '') });
const VerifyForm = z.object({ challenge: FormText, code: FormText, recoveryCode: FormText, replaceAuthenticator: FormText, setupCode: FormText });

/** Portal pages: plain HTML forms that work without JavaScript, and without the extension. */
export function registerPortalRoutes(app: FastifyInstance, core: Core, signInRateLimit: object, wordsOf: WordsOf): void {
  app.get('/', async (request, reply) => reply.redirect(core.signedIn(sessionIdFrom(request)) ? '/portal' : '/login', 303));

  app.get('/login', async (request, reply) => {
    const page = core.loginPage(sessionIdFrom(request));
    if (page.signedIn) return reply.redirect('/portal', 303);
    if (page.signedOutBecause !== undefined) clearSessionCookie(request, reply);
    const words = wordsOf(request);
    return htmlReply(reply, loginPage(words, { demoUsernames: page.demoUsernames, deviceNonce: page.deviceNonce, signedOutBecause: page.signedOutBecause && words.shared.sessionEnded[page.signedOutBecause] }));
  });

  app.post('/login', { config: { rateLimit: signInRateLimit } }, async (request, reply) => {
    const form = parseForm(LoginForm, request) ?? { username: '', password: '', demoLocation: '', deviceProof: '' };
    const location = DEMO_LOCATIONS.find((place) => place === form.demoLocation) ?? HOME_LOCATION;
    const words = wordsOf(request);
    const page = (errors: FieldError[]) => loginPage(words, { ...core.loginForm(), username: form.username, errors, location });
    const missing = [
      ...(form.username.trim() === '' ? [{ field: 'username', message: words.signIn.enterUsername }] : []),
      ...(form.password === '' ? [{ field: 'password', message: words.signIn.enterPassword }] : []),
    ];
    if (missing.length > 0) return htmlReply(reply, page(missing), 400);

    const result = await core.signInWithPassword(requestContext(request), {
      username: form.username,
      password: form.password,
      device: parseDeviceProof(form.deviceProof),
      deviceLabel: describeBrowser(request.headers['user-agent']),
      location,
    });
    if (!result.ok) {
      const message = passwordErrorMessage(result.error, words.shared);
      return htmlReply(reply, page([{ field: 'password', message }]), HTTP_STATUS[result.error.code]);
    }
    setSessionCookie(request, reply, result.value.sessionId);
    return reply.redirect(result.value.next === 'signed-in' ? '/portal' : '/login/verify', 303);
  });

  app.get('/login/verify', async (request, reply) => {
    const page = core.verifyPage(sessionIdFrom(request));
    if (!page.ok) return reply.redirect('/login', 303);
    return htmlReply(reply, verifyPage(wordsOf(request), page.value));
  });

  // The no-JavaScript route: check the code (or a recovery code) and finish signing in, in one step.
  app.post('/login/verify', { config: { rateLimit: signInRateLimit } }, async (request, reply) => {
    const sessionId = sessionIdFrom(request);
    const page = core.verifyPage(sessionId);
    const form = parseForm(VerifyForm, request);
    if (!page.ok || form === undefined) return reply.redirect('/login', 303);
    const usingRecovery = form.recoveryCode.trim() !== '';
    const usingSetupCode = page.value.method === 'setup-code';
    const code = usingRecovery || usingSetupCode ? null : normaliseOneTimeCode(form.code);
    const words = wordsOf(request);
    const showError = (message: string, status: number) =>
      htmlReply(reply, verifyPage(words, { ...page.value, ...(usingRecovery ? { recoveryError: message } : { error: message }) }), status);
    if (usingSetupCode && form.setupCode.trim() === '') return showError(words.setupCode.enterSetupCode, 400);
    if (!usingRecovery && !usingSetupCode && code === null) return showError(words.verify.enterCode, 400);
    const answer = usingSetupCode
      ? { challenge: form.challenge, setupCode: form.setupCode }
      : usingRecovery
        ? { challenge: form.challenge, recoveryCode: form.recoveryCode, replaceAuthenticator: form.replaceAuthenticator === 'yes' }
        : { challenge: form.challenge, code: code ?? '' };
    const completed = core.verifyChallengeAndSignIn(requestContext(request), sessionId, answer);
    if (!completed.ok) {
      if (completed.error.code === 'challenge-expired' || completed.error.code === 'challenge-not-found') return reply.redirect('/login', 303);
      return showError(codeErrorMessage(completed.error, words.shared), HTTP_STATUS[completed.error.code]);
    }
    setSessionCookie(request, reply, completed.value.sessionId);
    return reply.redirect('/portal', 303);
  });

  // Where the extension's prompt sends the page once the helper has accepted its code.
  app.post(COMPLETE_SIGN_IN_PATH, async (request, reply) => {
    const form = parseForm(VerifyForm, request);
    const completed = core.completeSignIn(requestContext(request), sessionIdFrom(request), form?.challenge ?? '');
    if (!completed.ok) return reply.redirect('/login', 303);
    setSessionCookie(request, reply, completed.value.sessionId);
    return reply.redirect('/portal', 303);
  });

  app.get('/portal', async (request, reply) => {
    const home = core.homePage(sessionIdFrom(request));
    if (!home.ok) return reply.redirect('/login', 303);
    return htmlReply(reply, homePage(wordsOf(request), home.value));
  });

  app.get('/account/activity', async (request, reply) => {
    const activity = core.activityPage(sessionIdFrom(request));
    if (!activity.ok) return reply.redirect('/login', 303);
    return htmlReply(reply, activityPage(wordsOf(request), activity.value));
  });

  app.post('/account/devices/forget', async (request, reply) => {
    const form = parseForm(z.object({ thumbprint: z.string().check(z.maxLength(64)) }), request);
    const forgotten = core.forgetDevice(requestContext(request), sessionIdFrom(request), form?.thumbprint ?? '');
    if (!forgotten.ok && forgotten.error.code === 'not-signed-in') return reply.redirect('/login', 303);
    return reply.redirect('/account/activity', 303);
  });

  app.post('/logout', async (request, reply) => {
    core.signOut(requestContext(request), sessionIdFrom(request));
    clearSessionCookie(request, reply);
    return reply.redirect('/signed-out', 303);
  });
}

/** The extension's hidden field; anything else (no extension, or a forged value) means "no proven device". */
function parseDeviceProof(text: string): DeviceProof | null {
  if (text === '') return null;
  try {
    const parsed = DeviceProof.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
