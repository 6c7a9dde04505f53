import { FEW_RECOVERY_CODES_LEFT } from '../../../messages/guide-steps.js';
import type { Connector } from '../../../ui/connector.js';
import { mountFeature } from '../../mount.js';
import { RegenerateRecoveryCodes } from '../../recovery-codes.js';
import { t } from '../../../ui/i18n.js';
import { countedText } from '../../../ui/words.js';

/** On the portal home: a warning when few recovery codes are left, with a way to make new ones. */
export function initRecoveryWarning(signal: AbortSignal, connector: Connector, page: { recoveryCodesLeft: number | null }): void {
  const left = page.recoveryCodesLeft;
  if (left === null || left > FEW_RECOVERY_CODES_LEFT) return;
  const heading = document.querySelector('main h1');
  if (heading === null) return;
  mountFeature(
    signal,
    (host) => { heading.after(host); },
    <section class="panel panel--warning" aria-labelledby="esr-mfa-recovery-warning-title">
      <h2 id="esr-mfa-recovery-warning-title">{left === 0 ? t('noRecoveryCodesTitle') : countedText(left, 'recoveryCodesLeftOne', 'recoveryCodesLeftMany')}</h2>
      <p>{t('recoveryCodesWhy')} {t(left === 0 ? 'makeASetNow' : 'makeANewSetNow')}</p>
      <RegenerateRecoveryCodes connector={connector} />
    </section>,
  );
}
