import { Confirmation } from '../../../ui/confirmation.js';
import type { IneligibilityReason } from '../../../../shared/errors.js';
import { t } from '../../../ui/i18n.js';
import { countOf } from '../../../ui/words.js';

export function Invitation({ risky, onSetUp, onNotNow }: { risky: boolean; onSetUp: () => void; onNotNow: () => void }) {
  return (
    <section class="panel" aria-labelledby="esr-mfa-invitation-title">
      <h2 id="esr-mfa-invitation-title">{t('addExtraSecurityTitle')}</h2>
      {risky && <p><strong>{t('invitationRiskyLead')}</strong> {t('invitationRiskyRest')}</p>}
      <p>{t('invitationBody')}</p>
      <div class="actions">
        <button class="button" type="button" onClick={onSetUp}>{t('setUpNow')}</button>
        <button class="button button--secondary" type="button" onClick={onNotNow}>{t('notNow')}</button>
      </div>
    </section>
  );
}

export function Snoozed({ days }: { days: number }) {
  return (
    <Confirmation>
      {t('snoozed', countOf(days, 'day'))}
    </Confirmation>
  );
}

/** For people who cannot turn extra security on: why, and what they can do about it. */
export function IneligibleNotice({ reason, onClose }: { reason: Exclude<IneligibilityReason, 'already-enrolled'>; onClose: () => void }) {
  return (
    <section class="panel panel--warning" aria-labelledby="esr-mfa-ineligible-title">
      <h2 id="esr-mfa-ineligible-title">{t('ineligibleTitle')}</h2>
      <IneligibleReason reason={reason} />
      <div class="actions">
        <button class="button button--secondary" type="button" onClick={onClose}>{t('close')}</button>
      </div>
    </section>
  );
}

function IneligibleReason({ reason }: { reason: Exclude<IneligibilityReason, 'already-enrolled'> }) {
  switch (reason) {
    case 'leaver':
      return (
        <>
          <p>{t('ineligibleLeaver')}</p>
          <p>{t('ineligibleLeaverNext')}</p>
        </>
      );
    case 'internet-access-requested':
      return (
        <>
          <p>{t('ineligibleRequested')}</p>
          <p>{t('ineligibleRequestedNext')}</p>
        </>
      );
    case 'internet-access-rejected':
      return (
        <>
          <p>{t('ineligibleRejected')}</p>
          <p>{t('ineligibleRejectedNext')}</p>
        </>
      );
    case 'internet-access-not-approved':
      return (
        <>
          <p>{t('ineligibleNotApproved')}</p>
          <p>{t('ineligibleNotApprovedNext')}</p>
        </>
      );
  }
}
