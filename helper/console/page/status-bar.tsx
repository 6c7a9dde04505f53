import type { ConsoleStatus } from '../contract.js';
import { clockStateText, extensionText, portalLoginAddress } from './status-text.js';

export interface StatusBarProps {
  status: ConsoleStatus | null;
  /** The helper's time now, ticking between polls. */
  helperNow: number | null;
}

/** Where the portal is, whether the extension has been seen, and whether the clock is moved. */
export function StatusBar({ status, helperNow }: StatusBarProps) {
  if (status === null) return <p class="nhsuk-body esr-status-bar">Asking the helper how things are…</p>;
  const login = portalLoginAddress(status.portalOrigin);
  return (
    <dl class="esr-status-bar" aria-label="Status">
      <div class="esr-status-bar__item">
        <dt>Portal</dt>
        <dd><a class="nhsuk-link" href={login} target="_blank" rel="noopener noreferrer">{login}<span class="nhsuk-u-visually-hidden"> (opens in a new tab)</span></a></dd>
      </div>
      <div class="esr-status-bar__item">
        <dt>Extension</dt>
        <dd class={status.extension === null ? 'esr-status-bar__warn' : ''}>{extensionText(status.extension, helperNow ?? status.clock.now)}</dd>
      </div>
      <div class="esr-status-bar__item">
        <dt>Training clock</dt>
        <dd class={status.clock.moved ? 'esr-status-bar__warn' : ''}>{clockStateText(status.clock)}</dd>
      </div>
    </dl>
  );
}
