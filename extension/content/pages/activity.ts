import { initActivityPanel } from '../features/activity/index.js';
import { runFeature } from '../lifecycle.js';
import { runPortalPage, signedInSession } from '../portal.js';

/** Account activity: "Make new recovery codes" and the remembered devices. */
export const runOnPortalPage = (stored: Promise<Record<string, unknown>>): void => {
  runPortalPage(stored, async (visit) => {
    const session = await signedInSession(visit);
    if (session === null) return;
    runFeature('activity', () => { initActivityPanel(visit.signal, visit.connector, { mfaOn: session.status.mfa.enabled }); });
  });
};
