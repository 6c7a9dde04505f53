import { FEW_RECOVERY_CODES_LEFT } from '../../../messages/guide-steps.js';
import type { Connector } from '../../../ui/connector.js';
import { mountFeature } from '../../mount.js';
import { RegenerateRecoveryCodes } from '../../recovery-codes.js';

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
      <h2 id="esr-mfa-recovery-warning-title">{left === 0 ? 'You have no recovery codes' : `You have ${left} recovery ${left === 1 ? 'code' : 'codes'} left`}</h2>
      <p>Recovery codes let you sign in if you lose your phone. {left === 0 ? 'Make a set now.' : 'Make a new set now, before you run out.'}</p>
      <RegenerateRecoveryCodes connector={connector} />
    </section>,
  );
}
