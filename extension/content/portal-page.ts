import { CHALLENGE_ATTRIBUTE, OPAQUE_TOKEN_PATTERN, PORTAL_MARKER_ATTRIBUTE, PORTAL_PAGE_ATTRIBUTE, PORTAL_PAGES, type PortalPage } from '../../shared/portal-facts.js';

export interface PortalPageInfo {
  page: PortalPage;
  challenge: string | null;
}

const isPortalPage = (value: string | null): value is PortalPage => (PORTAL_PAGES as readonly (string | null)[]).includes(value);

/**
 * Reads what a portal page says about itself; null on any page that is not the ESR portal.
 * Nothing here is a credential: the background reaches the helper with the browser's HttpOnly
 * session cookie, which no page script can read. What the page says is checked against the same
 * facts the helper's schemas use (shared/portal-facts.ts), without the validation library, which
 * the content script does not load (see ../ui/send-message.ts).
 */
export function readPortalPage(doc: Document): PortalPageInfo | null {
  const body = doc.body as HTMLElement | null;
  if (body?.getAttribute(PORTAL_MARKER_ATTRIBUTE) !== '1') return null;
  const page = body.getAttribute(PORTAL_PAGE_ATTRIBUTE);
  if (!isPortalPage(page)) return null;
  const challenge = body.getAttribute(CHALLENGE_ATTRIBUTE);
  return { page, challenge: challenge !== null && OPAQUE_TOKEN_PATTERN.test(challenge) ? challenge : null };
}
