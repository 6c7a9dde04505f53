import type { SessionStatus } from '../../shared/api.js';
import type { PageContext } from '../messages/content.js';
import type { MessageResult } from '../messages/result.js';
import type { Connector } from '../ui/connector.js';
import { runFeature } from './lifecycle.js';
import { removeStalePanels } from './mount.js';
import { readPortalPage } from './portal-page.js';

/**
 * Each feature is a chunk of its own, loaded only on the page that shows it (refined-github
 * lazy-loads its features the same way): a portal page loads the code of its own panels and no
 * other, which keeps what runs in the page small (see the size budget in docs/performance.md).
 */
const loadDeviceProof = () => import('./features/device-proof/index.js');
const loadSignInPrompt = () => import('./features/sign-in-prompt/index.js');
const loadStepUpPrompt = () => import('./features/step-up-prompt/index.js');
const loadHomePanels = () => import('./features/home.js');
const loadActivity = () => import('./features/activity/index.js');

/**
 * Runs the features a portal page needs, each with `signal` (aborted when the page is left). On
 * any other page it returns at once and touches nothing; on a portal page at an address other than
 * the configured one, the background refuses to answer and nothing is shown either.
 *
 * A page's feature code is loaded while the background is asked about the session, not after.
 */
export async function startOnPortalPage(signal: AbortSignal, connector: Connector): Promise<void> {
  const page = readPortalPage(document);
  if (page === null) return;
  if (page.page === 'login') {
    const { initDeviceProof } = await loadDeviceProof();
    if (!signal.aborted) runFeature('device-proof', () => { initDeviceProof(signal, connector); });
    return;
  }
  const asking = connector.send({ type: 'page-context' });
  if (page.page === 'mfa-verify' && page.challenge !== null) {
    const challenge = page.challenge;
    const { initSignInPrompt } = await loadSignInPrompt();
    drawThenConfirm(signal, asking, 'mfa-pending', (shown) => { runFeature('sign-in-prompt', () => { initSignInPrompt(shown, connector, { challenge }); }); });
  } else if (page.page === 'step-up') {
    const { initStepUpPrompt } = await loadStepUpPrompt();
    drawThenConfirm(signal, asking, 'signed-in', (shown) => { runFeature('step-up-prompt', () => { initStepUpPrompt(shown, connector); }); });
  } else if (page.page === 'home') {
    const [context, { initEnrolment, initRecoveryWarning, initNotices }] = await Promise.all([asking, loadHomePanels()]);
    if (!context.ok || signal.aborted) return;
    const { status } = context.value;
    if (status.state !== 'signed-in') return;
    removeStalePanels();
    const guideShown = runFeature('enrolment', () => initEnrolment(signal, connector, { context: context.value })) ?? false;
    if (!guideShown && status.mfa.enabled) runFeature('recovery-warning', () => { initRecoveryWarning(signal, connector, { recoveryCodesLeft: status.mfa.recoveryCodesLeft }); });
    runFeature('notices', () => { initNotices(signal, connector, { notices: status.notices }); });
  } else if (page.page === 'activity') {
    const [context, { initActivityPanel }] = await Promise.all([asking, loadActivity()]);
    if (!context.ok || signal.aborted) return;
    const { status } = context.value;
    if (status.state !== 'signed-in') return;
    removeStalePanels();
    runFeature('activity', () => { initActivityPanel(signal, connector, { mfaOn: status.mfa.enabled }); });
  } else {
    // Other portal pages show no panel, but their page-context still tells the background whose
    // session the tab holds (and raises notifications of new security messages).
    await asking;
  }
}

/**
 * Draws a prompt at once, from what the page says (a person is waiting to type a code), while the
 * background is still being asked; takes it down again (the portal's own form shows once more) if
 * the answer is a refusal (say, a portal at an address the extension is not set to) or another
 * session state than the page claimed.
 */
function drawThenConfirm(signal: AbortSignal, asking: Promise<MessageResult<PageContext>>, expected: SessionStatus['state'], draw: (shown: AbortSignal) => void): void {
  if (signal.aborted) return;
  const shown = new AbortController();
  signal.addEventListener('abort', () => { shown.abort(); }, { once: true });
  removeStalePanels();
  draw(shown.signal);
  void asking.then((context) => {
    if (!context.ok || context.value.status.state !== expected) shown.abort();
  });
}
