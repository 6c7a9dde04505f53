import { initEnrolment } from '../features/enrolment/index.js';
import { initNotices } from '../features/notices/index.js';
import { initRecoveryWarning } from '../features/recovery-warning/index.js';
import { runFeature } from '../lifecycle.js';
import { runPortalPage, signedInSession } from '../portal.js';

/** The portal home: the invitation or guide, a few-codes-left warning, and security messages. */
export const runOnPortalPage = (stored: Promise<Record<string, unknown>>): void => {
  runPortalPage(stored, async (visit) => {
    const session = await signedInSession(visit);
    if (session === null) return;
    const { context, status } = session;
    const { signal, connector } = visit;
    const guideShown = runFeature('enrolment', () => initEnrolment(signal, connector, { context })) ?? false;
    if (!guideShown && status.mfa.enabled) runFeature('recovery-warning', () => { initRecoveryWarning(signal, connector, { recoveryCodesLeft: status.mfa.recoveryCodesLeft }); });
    runFeature('notices', () => { initNotices(signal, connector, { notices: status.notices }); });
  });
};
