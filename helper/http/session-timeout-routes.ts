import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { durationText } from '../../shared/words/index.js';
import type { Core } from '../core/index.js';
import { ROOT } from '../project-root.js';
import { sendApiError } from './errors.js';
import { signedOutPage } from './pages/sign-in-pages.js';
import { SESSION_TIMEOUT_PATHS, SESSION_TIMEOUT_SLOT, sessionTimeoutDialog } from './pages/session-timeout-dialog.js';
import type { WordsOf } from './language.js';
import { htmlReply } from './replies.js';
import { clearSessionCookie, sessionIdFrom } from './session-cookie.js';

// From the project folder, as portal.css is: npm start runs this module bundled in dist/helper/.
// Plain JavaScript, type-checked through JSDoc, so the portal serves it as written, with no build.
const SCRIPT = readFileSync(path.join(ROOT, 'helper/http/assets/session-timeout.js'), 'utf8');

/**
 * The session time-out warning (WCAG 2.2.1): every signed-in page carries the dialog and its
 * script; the script asks the time left (which does not count as activity) and, on "Stay signed
 * in", extends the session. Both answer JSON to the portal's own page script, never the API's
 * extension: the extend POST passes the request guard's Origin check like every portal form.
 */
export function registerSessionTimeout(app: FastifyInstance, core: Core, wordsOf: WordsOf): void {
  app.addHook('onSend', async (request, _reply, payload) => {
    if (typeof payload !== 'string' || !payload.includes(SESSION_TIMEOUT_SLOT)) return payload;
    const left = core.sessionTimeLeft(sessionIdFrom(request));
    return payload.replace(SESSION_TIMEOUT_SLOT, left.ok ? sessionTimeoutDialog(left.value, wordsOf(request).shared).value : '');
  });

  app.get(SESSION_TIMEOUT_PATHS.script, async (_request, reply) => reply.type('text/javascript; charset=utf-8').send(SCRIPT));

  app.get(SESSION_TIMEOUT_PATHS.timeLeft, async (request, reply) => {
    const left = core.sessionTimeLeft(sessionIdFrom(request));
    return left.ok ? reply.header('cache-control', 'no-store').send(left.value) : sendApiError(reply, left.error, wordsOf(request).language);
  });

  app.post(SESSION_TIMEOUT_PATHS.extend, async (request, reply) => {
    const extended = core.extendSession(sessionIdFrom(request));
    return extended.ok ? reply.header('cache-control', 'no-store').send(extended.value) : sendApiError(reply, extended.error, wordsOf(request).language);
  });

  // Where the script sends the page when the helper says the session has timed out. Said only
  // when it has: a live session is sent back to the portal rather than told it was signed out.
  app.get('/signed-out', async (request, reply) => {
    const { reason } = request.query as { reason?: unknown };
    const words = wordsOf(request);
    if (reason !== 'inactive') return htmlReply(reply, signedOutPage(words));
    const sessionId = sessionIdFrom(request);
    if (core.sessionTimeLeft(sessionId).ok) return reply.redirect('/portal', 303);
    if (sessionId !== undefined) clearSessionCookie(request, reply);
    const timeout = words.shared.sessionTimeout;
    return htmlReply(reply, signedOutPage(words, { heading: timeout.signedOutHeading, message: timeout.signedOutBecauseInactive(durationText(core.sessionIdleMs(), words.shared)) }));
  });
}
