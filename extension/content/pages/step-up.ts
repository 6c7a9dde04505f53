import { initStepUpPrompt } from '../features/step-up-prompt/index.js';
import { runFeature } from '../lifecycle.js';
import { drawThenConfirm, runPortalPage } from '../portal.js';

/** The step-up page in front of the manager area: its code prompt, drawn at once. */
export const runOnPortalPage = (stored: Promise<Record<string, unknown>>): void => {
  runPortalPage(stored, (visit) => {
    drawThenConfirm(visit, 'signed-in', (shown) => { runFeature('step-up-prompt', () => { initStepUpPrompt(shown, visit.connector); }); });
  });
};
