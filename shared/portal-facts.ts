/**
 * Plain facts about the training portal's pages, in a module with no imports: the content script
 * reads these on every page, and importing them from ./portal.ts would bring the validation
 * library with them (a schema built at a module's top level is kept by the bundler, used or not).
 * ./portal.ts re-exports them beside its schemas.
 *
 * How the portal marks its pages so the extension can recognise them: the content script does
 * nothing on a page without `data-esr-portal` on <body>.
 */
export const PORTAL_MARKER_ATTRIBUTE = 'data-esr-portal';
export const PORTAL_PAGE_ATTRIBUTE = 'data-esr-page';
/** On the verification page: the opaque sign-in challenge. */
export const CHALLENGE_ATTRIBUTE = 'data-esr-challenge';
/** On the step-up page: how the check is made, `app` or `email`. */
export const STEP_UP_METHOD_ATTRIBUTE = 'data-esr-step-up-method';

export const PORTAL_PAGES = ['login', 'mfa-verify', 'home', 'forgotten-password', 'signed-out', 'mailbox', 'step-up', 'manager', 'activity', 'help', 'problem'] as const;
export type PortalPage = (typeof PORTAL_PAGES)[number];

/**
 * The portal's MFA help page, with the generated video and step-by-step guide: linked from the
 * portal's home page and footer, the extension's first guide step and the trainer console.
 */
export const HELP_PATH = '/help/mfa';

/** Form the verification page posts to finish a sign-in once its challenge is satisfied. */
export const COMPLETE_SIGN_IN_PATH = '/login/complete';

/** What a sign-in challenge, a session's CSRF token and other opaque tokens look like: 32 random bytes, base64url. */
export const OPAQUE_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
