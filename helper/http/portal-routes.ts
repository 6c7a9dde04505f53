import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { DEMO_LOCATIONS, DeviceProof, HOME_LOCATION } from '../../shared/device.js';
import { COMPLETE_SIGN_IN_PATH } from '../../shared/portal.js';
import { normaliseOneTimeCode } from '../../shared/totp.js';
import type { Core } from '../core/index.js';
import { describeBrowser } from '../core/devices.js';
import type { SessionRecord } from '../core/store.js';
import type { FieldError } from './pages/layout.js';
import { HTTP_STATUS } from './errors.js';
import { activityPage } from './pages/activity-page.js';
import { homePage } from './pages/home-page.js';
import { loginPage, signedOutPage, verifyPage } from './pages/sign-in-pages.js';
import { FormText, htmlReply, parseForm, requestContext } from './replies.js';
import { clearSessionCookie, endedSessionReason, sessionFromCookie, setSessionCookie } from './session-cookie.js';
import { codeErrorMessage, passwordErrorMessage, SESSION_ENDED_MESSAGES } from './wording.js';

const LoginForm = z.object({ username: FormText, password: FormText, demoLocation: FormText, deviceProof: z.string().max(2048).optional().default('') });
const VerifyForm = z.object({ challenge: FormText, code: FormText, recoveryCode: FormText, replaceAuthenticator: FormText, setupCode: FormText });

/** Portal pages: plain HTML forms that work without JavaScript, and without the extension. */
export function registerPortalRoutes(app: FastifyInstance, core: Core, signInRateLimit: object): void {
  const demoUsernames = () => core.deps.store.listAccounts().map((a) => a.username);

  app.get('/', async (request, reply) => reply.redirect(signedIn(request) ? '/portal' : '/login', 303));

  app.get('/login', async (request, reply) => {
    if (signedIn(request)) return reply.redirect('/portal', 303);
    const ended = endedSessionReason(core, request);
    if (ended !== undefined) clearSessionCookie(request, reply);
    return htmlReply(reply, loginPage({ demoUsernames: demoUsernames(), deviceNonce: core.issueDeviceNonce(), signedOutBecause: ended && SESSION_ENDED_MESSAGES[ended] }));
  });

  app.post('/login', { config: { rateLimit: signInRateLimit } }, async (request, reply) => {
    const form = parseForm(LoginForm, request) ?? { username: '', password: '', demoLocation: '', deviceProof: '' };
    const location = DEMO_LOCATIONS.find((place) => place === form.demoLocation) ?? HOME_LOCATION;
    const page = (errors: FieldError[]) => loginPage({ username: form.username, errors, demoUsernames: demoUsernames(), deviceNonce: core.issueDeviceNonce(), location });
    const missing = [
      ...(form.username.trim() === '' ? [{ field: 'username', message: 'Enter your username' }] : []),
      ...(form.password === '' ? [{ field: 'password', message: 'Enter your password' }] : []),
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
      const message = passwordErrorMessage(result.error);
      return htmlReply(reply, page([{ field: 'password', message }]), HTTP_STATUS[result.error.code]);
    }
    setSessionCookie(request, reply, result.value.sessionId);
    return reply.redirect(result.value.next === 'signed-in' ? '/portal' : '/login/verify', 303);
  });

  app.get('/login/verify', async (request, reply) => {
    const found = sessionFromCookie(core, request);
    if (found?.session.state !== 'mfa-pending') return reply.redirect('/login', 303);
    return htmlReply(reply, verifyPageFor(found.sessionId, found.session));
  });

  // The no-JavaScript route: check the code (or a recovery code) and finish signing in, in one step.
  app.post('/login/verify', { config: { rateLimit: signInRateLimit } }, async (request, reply) => {
    const found = sessionFromCookie(core, request);
    const form = parseForm(VerifyForm, request);
    if (found === undefined || form === undefined) return reply.redirect('/login', 303);
    const usingRecovery = form.recoveryCode.trim() !== '';
    const usingSetupCode = core.verificationMethod(found.session) === 'setup-code';
    const code = usingRecovery || usingSetupCode ? null : normaliseOneTimeCode(form.code);
    const showError = (message: string, status: number) =>
      htmlReply(reply, verifyPageFor(found.sessionId, found.session, usingRecovery ? { recoveryError: message } : { error: message }), status);
    if (usingSetupCode && form.setupCode.trim() === '') return showError('Enter the set-up code from the email', 400);
    if (!usingRecovery && !usingSetupCode && code === null) return showError('Enter the 6-digit code from your app', 400);
    const answer = usingSetupCode
      ? { challenge: form.challenge, setupCode: form.setupCode }
      : usingRecovery
        ? { challenge: form.challenge, recoveryCode: form.recoveryCode, replaceAuthenticator: form.replaceAuthenticator === 'yes' }
        : { challenge: form.challenge, code: code ?? '' };
    const verified = core.verifyChallenge(requestContext(request), found.session, answer);
    const completed = verified.ok ? core.completeSignIn(requestContext(request), found.session, form.challenge) : verified;
    if (!completed.ok) {
      if (completed.error.code === 'challenge-expired' || completed.error.code === 'challenge-not-found') return reply.redirect('/login', 303);
      return showError(codeErrorMessage(completed.error), HTTP_STATUS[completed.error.code]);
    }
    setSessionCookie(request, reply, completed.value.sessionId);
    return reply.redirect('/portal', 303);
  });

  // Where the extension's prompt sends the page once the helper has accepted its code.
  app.post(COMPLETE_SIGN_IN_PATH, async (request, reply) => {
    const found = sessionFromCookie(core, request);
    const form = parseForm(VerifyForm, request);
    const completed = core.completeSignIn(requestContext(request), found?.session, form?.challenge ?? '');
    if (!completed.ok) return reply.redirect('/login', 303);
    setSessionCookie(request, reply, completed.value.sessionId);
    return reply.redirect('/portal', 303);
  });

  app.get('/portal', async (request, reply) => {
    const found = sessionFromCookie(core, request);
    const account = found?.session.state === 'signed-in' ? core.deps.store.findAccount(found.session.username) : undefined;
    if (found === undefined || account === undefined) return reply.redirect('/login', 303);
    return htmlReply(reply, homePage({ account }));
  });

  app.get('/account/activity', async (request, reply) => {
    const found = sessionFromCookie(core, request);
    const account = found?.session.state === 'signed-in' ? core.deps.store.findAccount(found.session.username) : undefined;
    const activity = core.activity(found?.session);
    if (found === undefined || account === undefined || !activity.ok) return reply.redirect('/login', 303);
    return htmlReply(reply, activityPage({ account, activity: activity.value }));
  });

  app.post('/account/devices/forget', async (request, reply) => {
    const found = sessionFromCookie(core, request);
    const form = parseForm(z.object({ thumbprint: z.string().max(64) }), request);
    if (found === undefined) return reply.redirect('/login', 303);
    core.forgetDevice(requestContext(request), found.session, form?.thumbprint ?? '');
    return reply.redirect('/account/activity', 303);
  });

  app.post('/logout', async (request, reply) => {
    const found = sessionFromCookie(core, request);
    if (found !== undefined) core.signOut(requestContext(request), found.session);
    clearSessionCookie(request, reply);
    return reply.redirect('/signed-out', 303);
  });

  app.get('/signed-out', async (_request, reply) => htmlReply(reply, signedOutPage()));

  function signedIn(request: FastifyRequest): boolean {
    return sessionFromCookie(core, request)?.session.state === 'signed-in';
  }

  function verifyPageFor(sessionId: string, session: SessionRecord, errors: { error?: string; recoveryError?: string } = {}): string {
    return verifyPage({ challenge: core.tokens.challengeFor(sessionId), username: session.username, method: core.verificationMethod(session), ...errors });
  }
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
