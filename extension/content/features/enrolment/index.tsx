import type { PageContext } from '../../../messages/content.js';
import type { Connector } from '../../../ui/connector.js';
import { mountFeature } from '../../mount.js';
import { EnrolmentPanel, initialView } from './enrolment-panel.js';

/** On the portal home: the invitation, the set-up guide, or why set-up is not available. */
export function initEnrolment(signal: AbortSignal, connector: Connector, page: { context: PageContext }): boolean {
  if (initialView(page.context, Date.now()).kind === 'closed') return false;
  const heading = document.querySelector('main h1');
  if (heading === null) return false;
  // After the page's own heading, so the page still reads in order: who you are, then the offer.
  mountFeature(
    signal,
    (host) => { heading.after(host); },
    <EnrolmentPanel
      connector={connector}
      context={page.context}
      now={Date.now()}
      // The portal's own summary says MFA is off until the page is loaded again.
      onFinish={() => { location.reload(); }}
    />,
  );
  return true;
}
