import { z } from 'zod/mini';

export { CHALLENGE_ATTRIBUTE, PORTAL_MARKER_ATTRIBUTE, PORTAL_PAGE_ATTRIBUTE } from './portal-marks.js';

export const PORTAL_PAGES = ['login', 'mfa-verify', 'home', 'forgotten-password', 'signed-out', 'mailbox', 'step-up', 'manager', 'activity', 'problem'] as const;
/** On the step-up page: how the check is made, `app` or `email`. */
export const STEP_UP_METHOD_ATTRIBUTE = 'data-esr-step-up-method';
export const PortalPage = z.enum(PORTAL_PAGES);
export type PortalPage = z.infer<typeof PortalPage>;

/** Form the verification page posts to finish a sign-in once its challenge is satisfied. */
export const COMPLETE_SIGN_IN_PATH = '/login/complete';

export const DEFAULT_HELPER_PORT = 4400;
export const DEFAULT_HELPER_ORIGIN = `http://127.0.0.1:${DEFAULT_HELPER_PORT}`;
