import { runPortalPage } from '../portal.js';

/**
 * Every other portal page shows no panel, but its page-context still tells the background whose
 * session the tab holds (and raises notifications of new security messages).
 */
export const runOnPortalPage = (stored: Promise<Record<string, unknown>>): void => {
  runPortalPage(stored, async ({ asking }) => { await asking; });
};
