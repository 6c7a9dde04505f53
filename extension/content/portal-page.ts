import { CHALLENGE_ATTRIBUTE, PORTAL_MARKER_ATTRIBUTE, PORTAL_PAGE_ATTRIBUTE, PortalPage } from '../../shared/portal.js';
import { OpaqueToken } from '../../shared/api.js';

export interface PortalPageInfo {
  page: PortalPage;
  challenge: string | null;
}

/**
 * Reads what a portal page says about itself; null on any page that is not the ESR portal.
 * Nothing here is a credential: the background reaches the helper with the browser's HttpOnly
 * session cookie, which no page script can read.
 */
export function readPortalPage(doc: Document): PortalPageInfo | null {
  const body = doc.body as HTMLElement | null;
  if (body?.getAttribute(PORTAL_MARKER_ATTRIBUTE) !== '1') return null;
  const page = PortalPage.safeParse(body.getAttribute(PORTAL_PAGE_ATTRIBUTE));
  if (!page.success) return null;
  const challenge = OpaqueToken.safeParse(body.getAttribute(CHALLENGE_ATTRIBUTE));
  return { page: page.data, challenge: challenge.success ? challenge.data : null };
}
