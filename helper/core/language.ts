import type { Language } from '../../shared/words/index.js';
import type { CoreDeps } from './deps.js';
import { isExpired, type SessionLookup } from './sessions.js';
import type { SessionRecord } from './store.js';
import { hashToken } from './tokens.js';

/**
 * The language of the person signed in behind a cookie, for their pages when the browser has not
 * chosen one. Read without touching the session: every request may ask, and asking for the
 * page's language is not activity (the time-out warning's polling would keep a session alive).
 */
export function personLanguage(deps: CoreDeps, lookup: SessionLookup): Language | undefined {
  const session = deps.store.findSessionByIdHash(hashToken(lookup.sessionId));
  if (session?.state !== 'signed-in' || isExpired(deps, session, deps.clock.now())) return undefined;
  return deps.store.findAccount(session.username)?.language;
}

/**
 * The language chosen with the portal's switch, kept for the person signed in (if anyone is): it
 * is the language ESR writes their emails in from now on. A pending sign-in (password only) has
 * not shown who it is, so it changes nothing.
 */
export function chooseLanguage(deps: CoreDeps, session: SessionRecord | undefined, language: Language): void {
  if (session?.state !== 'signed-in') return;
  deps.store.setLanguage(session.username, language);
}
