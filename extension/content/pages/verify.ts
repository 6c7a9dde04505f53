import { initSignInPrompt } from '../features/sign-in-prompt/index.js';
import { runFeature } from '../lifecycle.js';
import { drawThenConfirm, runPortalPage } from '../portal.js';

/** "Verification needed": the code prompt, drawn at once from the page's challenge. */
export const runOnPortalPage = (stored: Promise<Record<string, unknown>>): void => {
  runPortalPage(stored, (visit) => {
    const challenge = visit.page.challenge;
    if (challenge === null) return;
    drawThenConfirm(visit, 'mfa-pending', (shown) => { runFeature('sign-in-prompt', () => { initSignInPrompt(shown, visit.connector, { challenge }); }); });
  });
};
