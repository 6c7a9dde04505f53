import fastifyCookie from '@fastify/cookie';
import type { FastifyRequest } from 'fastify';
import { isLanguage, type Language } from '../../shared/words/index.js';
import { portalWordsFor, type PortalWords } from './pages/words/index.js';
import { sessionIdFrom } from './session-cookie.js';

/**
 * The cookie that keeps the language chosen with the switch. One name for every port, unlike the
 * session's: a choice of language is the person's, not one portal's, and carries no authority.
 */
export const LANGUAGE_COOKIE = 'esr_language';
const YEAR_SECONDS = 365 * 24 * 60 * 60;
export const LANGUAGE_COOKIE_OPTIONS = { path: '/', sameSite: 'lax', httpOnly: true, maxAge: YEAR_SECONDS } as const;

/** Longer than any browser sends; anything beyond is not read (a header is attacker-chosen). */
const MAX_HEADER_LENGTH = 1024;

/**
 * The language a browser's Accept-Language asks for first, among the portal's: tags in order of
 * their q-values (equal ones in the order sent), `cy` and `cy-GB` counting as Welsh and `en-*` as
 * English. Tags the portal has no words for are passed over; a malformed entry is skipped, never
 * thrown on.
 */
export function languageFromAcceptLanguage(header: string | undefined): Language | undefined {
  if (header === undefined || header === '') return undefined;
  const ranked = header
    .slice(0, MAX_HEADER_LENGTH)
    .split(',')
    .flatMap((entry, order) => {
      const [rawTag = '', ...parameters] = entry.split(';');
      const tag = rawTag.trim().toLowerCase();
      if (!/^[a-z]{1,8}(-[a-z0-9]{1,8})*$/.test(tag)) return [];
      let quality = 1;
      for (const parameter of parameters) {
        const match = /^\s*q\s*=\s*(0(\.\d{0,3})?|1(\.0{0,3})?)\s*$/i.exec(parameter);
        if (match === null) return [];
        quality = Number(match[1]);
      }
      return quality > 0 ? [{ language: tag.split('-')[0] ?? '', quality, order }] : [];
    })
    .sort((a, b) => b.quality - a.quality || a.order - b.order);
  return ranked.find((entry) => isLanguage(entry.language))?.language as Language | undefined;
}

/** The language the switch chose, from the raw Cookie header: read even before the cookie plugin has run (the guard's refusals). */
export function languageFromCookie(header: string | undefined): Language | undefined {
  if (header === undefined || header.length > 8 * MAX_HEADER_LENGTH) return undefined;
  try {
    const value = fastifyCookie.parse(header)[LANGUAGE_COOKIE];
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export type WordsOf = (request: FastifyRequest) => PortalWords;

/**
 * The language of a portal request: the switch's cookie; else, for a signed-in person, the
 * language they chose before; else the browser's Accept-Language; else English. Worked out once
 * per request, and only as far as needed (the person's language is a database read).
 */
export function createWordsOf(personLanguage: (sessionId: string | undefined) => Language | undefined): WordsOf {
  const known = new WeakMap<FastifyRequest, PortalWords>();
  return (request) => {
    const already = known.get(request);
    if (already !== undefined) return already;
    const language =
      languageFromCookie(request.headers.cookie) ??
      chosenLanguage(personLanguage(cookiesParsed(request) ? sessionIdFrom(request) : undefined)) ??
      languageFromAcceptLanguage(request.headers['accept-language']) ??
      'en';
    const words = portalWordsFor(language);
    known.set(request, words);
    return words;
  };
}

/**
 * A person's stored language, if it says more than the default. Every account starts in English,
 * so an English one cannot tell a choice from no choice: it must not outrank a browser that asks
 * for Welsh (Jane, on a Welsh computer, reads Welsh). A stored Welsh is always a choice (Gwen's, or
 * made with the switch), and follows the person to any browser.
 */
const chosenLanguage = (stored: Language | undefined): Language | undefined => (stored === 'en' ? undefined : stored);

/** Whether the cookie plugin has run for this request (the guard refuses before it does, when `cookies` is still null). */
const cookiesParsed = (request: FastifyRequest) => (request.cookies as FastifyRequest['cookies'] | null | undefined) != null;

/**
 * Where the switch may send the browser back to: a path on this portal only. One leading "/",
 * not "//" or "/\" (which browsers read as another host), nothing but printable ASCII (browsers
 * drop tabs and newlines, so "/\t/evil.example" would become "//evil.example"), and no backslash
 * anywhere. Anything else goes to the portal's start.
 */
export function safeBackPath(back: unknown): string {
  if (typeof back !== 'string' || back.length > 2048) return '/';
  if (!/^\/(?![/\\])[\x21-\x7e]*$/.test(back) || back.includes('\\')) return '/';
  return back;
}
