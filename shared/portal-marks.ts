/**
 * How the training portal marks its pages so the extension can recognise them. The content script
 * does nothing on a page without `data-esr-portal` on <body>.
 *
 * A module of plain strings with no imports: the content script's entry, which runs on every
 * page of 127.0.0.1, reads the marker with only this, and loads the rest on portal pages alone.
 */
export const PORTAL_MARKER_ATTRIBUTE = 'data-esr-portal';
export const PORTAL_PAGE_ATTRIBUTE = 'data-esr-page';
/** On the verification page: the opaque sign-in challenge. */
export const CHALLENGE_ATTRIBUTE = 'data-esr-challenge';
