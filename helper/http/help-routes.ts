import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import type { Core } from '../core/index.js';
import { GUIDE_FOLDER, GUIDE_PREFIX, guideLinks, guidePagePolicy, isGuideFile } from './guide-files.js';
import type { WordsOf } from './language.js';
import { helpPage } from './pages/help-page.js';
import { HELP_PATH } from '../../shared/portal-facts.js';
import { htmlReply } from './replies.js';
import { sessionIdFrom } from './session-cookie.js';

/**
 * The MFA help page, as ESR has one, and the generated guide and video it links, served from
 * docs/guide. Open to everyone, signed in or not: people look for help before they can sign in.
 */
export function registerHelpRoutes(app: FastifyInstance, core: Core, wordsOf: WordsOf, folder = GUIDE_FOLDER): void {
  app.get(HELP_PATH, async (request, reply) => {
    const words = wordsOf(request);
    const home = core.homePage(sessionIdFrom(request));
    return htmlReply(reply, helpPage(words, { links: guideLinks(words.language, folder), signedInAs: home.ok ? home.value.username : undefined }));
  });

  // @fastify/static for ranges (a video's seek bar asks for them), content types and ETags; the
  // allow-list decides which names it may open, and anything else is the portal's "not found".
  // Not awaited: awaiting would load it, and build every route registered so far, before the
  // server sets its error handler, and those routes would answer bad input with Fastify's own.
  void app.register(fastifyStatic, {
    root: folder,
    prefix: GUIDE_PREFIX,
    decorateReply: false,
    index: false,
    dotfiles: 'deny',
    allowedPath: (pathname) => isGuideFile(pathname),
    setHeaders: (response, file) => {
      if (file.endsWith('.html')) response.setHeader('content-security-policy', guidePagePolicy(file));
    },
  });
}
