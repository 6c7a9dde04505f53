import type { Connector } from '../ui/connector.js';
import { initActivityPanel } from './features/activity/index.js';
import { initDeviceProof } from './features/device-proof/index.js';
import { initEnrolment } from './features/enrolment/index.js';
import { initNotices } from './features/notices/index.js';
import { initRecoveryWarning } from './features/recovery-warning/index.js';
import { initSignInPrompt } from './features/sign-in-prompt/index.js';
import { initStepUpPrompt } from './features/step-up-prompt/index.js';
import { runFeature } from './lifecycle.js';
import { removeStalePanels } from './mount.js';
import { readPortalPage } from './portal-page.js';

/**
 * Runs the features a portal page needs, each with `signal` (aborted when the page is left). On
 * any other page it returns at once and touches nothing; on a portal page at an address other than
 * the configured one, the background refuses to answer and nothing is shown either.
 */
export async function startOnPortalPage(signal: AbortSignal, connector: Connector): Promise<void> {
  const page = readPortalPage(document);
  if (page === null) return;
  if (page.page === 'login') {
    runFeature('device-proof', () => { initDeviceProof(signal, connector); });
    return;
  }
  const context = await connector.send({ type: 'page-context' });
  if (!context.ok || signal.aborted) return;
  removeStalePanels();
  const { status } = context.value;
  if (page.page === 'mfa-verify' && status.state === 'mfa-pending' && page.challenge !== null) {
    const challenge = page.challenge;
    runFeature('sign-in-prompt', () => { initSignInPrompt(signal, connector, { challenge }); });
  } else if (page.page === 'step-up' && status.state === 'signed-in') {
    runFeature('step-up-prompt', () => { initStepUpPrompt(signal, connector); });
  } else if (page.page === 'home' && status.state === 'signed-in') {
    const guideShown = runFeature('enrolment', () => initEnrolment(signal, connector, { context: context.value })) ?? false;
    if (!guideShown && status.mfa.enabled) runFeature('recovery-warning', () => { initRecoveryWarning(signal, connector, { recoveryCodesLeft: status.mfa.recoveryCodesLeft }); });
    runFeature('notices', () => { initNotices(signal, connector, { notices: status.notices }); });
  } else if (page.page === 'activity' && status.state === 'signed-in') {
    runFeature('activity', () => { initActivityPanel(signal, connector, { mfaOn: status.mfa.enabled }); });
  }
}
