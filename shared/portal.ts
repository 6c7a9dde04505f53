import { z } from 'zod/mini';
import { PORTAL_PAGES } from './portal-facts.js';

export { CHALLENGE_ATTRIBUTE, COMPLETE_SIGN_IN_PATH, HELP_PATH, PORTAL_MARKER_ATTRIBUTE, PORTAL_PAGE_ATTRIBUTE, PORTAL_PAGES, STEP_UP_METHOD_ATTRIBUTE } from './portal-facts.js';

export const PortalPage = z.enum(PORTAL_PAGES);
export type PortalPage = z.infer<typeof PortalPage>;

export const DEFAULT_HELPER_PORT = 4400;
export const DEFAULT_HELPER_ORIGIN = `http://127.0.0.1:${DEFAULT_HELPER_PORT}`;
