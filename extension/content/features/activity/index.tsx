import type { Connector } from '../../../ui/connector.js';
import { mountFeature } from '../../mount.js';
import { RegenerateRecoveryCodes } from '../../recovery-codes.js';
import { t } from '../../../ui/i18n.js';

/** On the account activity page: make a new set of recovery codes (shown in the secure frame). */
export function initActivityPanel(signal: AbortSignal, connector: Connector, page: { mfaOn: boolean }): void {
  const slot = document.getElementById('esr-activity-extension');
  if (slot === null || !page.mfaOn) return;
  mountFeature(
    signal,
    (host) => { slot.append(host); },
    <section class="panel" aria-labelledby="esr-mfa-recovery-title">
      <h2 id="esr-mfa-recovery-title">{t('recoveryCodesTitle')}</h2>
      <p>{t('newSetStopsOldCodes')}</p>
      <RegenerateRecoveryCodes connector={connector} />
    </section>,
  );
}
