import type { FastifyInstance } from 'fastify';
import { isLanguage } from '../../shared/words/index.js';
import type { Core } from '../core/index.js';
import { LANGUAGE_COOKIE, LANGUAGE_COOKIE_OPTIONS, safeBackPath, type WordsOf } from './language.js';
import { problemPage } from './pages/other-pages.js';
import { htmlReply } from './replies.js';
import { sessionIdFrom } from './session-cookie.js';

export const LANGUAGE_PATH = '/language';

/**
 * The "Cymraeg" / "English" switch: `GET /language/<cy|en>?back=<path>`. It keeps the choice in a
 * cookie, keeps it for the person signed in (the language of their emails from now on: see
 * docs/welsh.md), and returns to the page it was pressed on. A GET, as a plain link must be: it
 * changes only how words are shown, so a link on another site that sets it does no harm beyond
 * what the person can undo with one click; it never redirects off this portal.
 */
export function registerLanguageRoutes(app: FastifyInstance, core: Core, wordsOf: WordsOf): void {
  app.get(`${LANGUAGE_PATH}/:language`, async (request, reply) => {
    const { language } = request.params as { language: string };
    if (!isLanguage(language)) {
      const words = wordsOf(request);
      return htmlReply(reply, problemPage(words, { title: words.problems.unknownLanguageTitle, message: words.shared.errors['not-found'], code: 'not-found' }), 404);
    }
    core.chooseLanguage(sessionIdFrom(request), language);
    void reply.setCookie(LANGUAGE_COOKIE, language, LANGUAGE_COOKIE_OPTIONS);
    const { back } = request.query as { back?: unknown };
    return reply.header('cache-control', 'no-store').redirect(safeBackPath(back), 303);
  });
}

/**
 * Where the switch on a page returns to: the page itself for a GET; for the page a form post
 * answered with (an error, a confirmation), the nearest address above it that has a page of its
 * own (`/manager/helpdesk/reset` returns to `/manager`), as posting again is not the switch's to do.
 */
export function switchBackPath(app: FastifyInstance, method: string, url: string): string {
  if (method === 'GET' || method === 'HEAD') return url;
  let path = url.split('?')[0] ?? '/';
  while (path.length > 1) {
    if (app.hasRoute({ method: 'GET', url: path })) return path;
    path = path.slice(0, path.lastIndexOf('/')) || '/';
  }
  return '/';
}
