import { Confirmation } from '../../../ui/confirmation.js';
import type { IneligibilityReason } from '../../../../shared/errors.js';

export function Invitation({ risky, onSetUp, onNotNow }: { risky: boolean; onSetUp: () => void; onNotNow: () => void }) {
  return (
    <section class="panel" aria-labelledby="esr-mfa-invitation-title">
      <h2 id="esr-mfa-invitation-title">Add extra security to your ESR account</h2>
      {risky && <p><strong>This sign-in came from a device or place we have not seen for your account before.</strong> With extra security, a password alone would not be enough for someone else to get in.</p>}
      <p>Use a code from an app on your phone as well as your password when you sign in. It takes about 5 minutes to set up.</p>
      <div class="actions">
        <button class="button" type="button" onClick={onSetUp}>Set up now</button>
        <button class="button button--secondary" type="button" onClick={onNotNow}>Not now</button>
      </div>
    </section>
  );
}

export function Snoozed({ days }: { days: number }) {
  return (
    <Confirmation>
      We will ask you again in {days} {days === 1 ? 'day' : 'days'}.
    </Confirmation>
  );
}

/** For people who cannot turn extra security on: why, and what they can do about it. */
export function IneligibleNotice({ reason, onClose }: { reason: Exclude<IneligibilityReason, 'already-enrolled'>; onClose: () => void }) {
  return (
    <section class="panel panel--warning" aria-labelledby="esr-mfa-ineligible-title">
      <h2 id="esr-mfa-ineligible-title">Extra security is not available for your account</h2>
      <IneligibleReason reason={reason} />
      <div class="actions">
        <button class="button button--secondary" type="button" onClick={onClose}>Close</button>
      </div>
    </section>
  );
}

function IneligibleReason({ reason }: { reason: Exclude<IneligibilityReason, 'already-enrolled'> }) {
  switch (reason) {
    case 'leaver':
      return (
        <>
          <p>Your ESR record shows that you have left the trust, so you cannot set up extra security.</p>
          <p>If you still work for the trust, ask your HR team to check your record.</p>
        </>
      );
    case 'internet-access-requested':
      return (
        <>
          <p>You need internet access to ESR before you can set up extra security. Your request for it is waiting to be approved.</p>
          <p>You do not need to do anything now. When it is approved, sign in again to set up extra security.</p>
        </>
      );
    case 'internet-access-rejected':
      return (
        <>
          <p>You need internet access to ESR before you can set up extra security. Your request for it was not approved.</p>
          <p>If you need ESR away from work, ask your line manager why, and whether to ask again.</p>
        </>
      );
    case 'internet-access-not-approved':
      return (
        <>
          <p>You need internet access to ESR before you can set up extra security. Your ESR record shows this has not been approved.</p>
          <p>Ask your line manager or your ESR administrator to request internet access for you. When it is approved, sign in again to set up extra security.</p>
        </>
      );
  }
}
