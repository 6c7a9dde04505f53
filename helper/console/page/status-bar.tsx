import type { ConsoleStatus } from '../contract.js';
import { clockStateText, extensionText, portalHelpAddress, portalLoginAddress } from './status-text.js';
import { useWords } from './words/index.js';

export interface StatusBarProps {
  status: ConsoleStatus | null;
  /** The helper's time now, ticking between polls. */
  helperNow: number | null;
}

/** Where the portal and its MFA help page are, whether the extension has been seen, and whether the clock is moved. */
export function StatusBar({ status, helperNow }: StatusBarProps) {
  const words = useWords();
  const say = words.status;
  if (status === null) return <p class="nhsuk-body esr-status-bar">{say.asking}</p>;
  const login = portalLoginAddress(status.portalOrigin);
  const help = portalHelpAddress(status.portalOrigin);
  return (
    <dl class="esr-status-bar" aria-label={say.label}>
      <div class="esr-status-bar__item">
        <dt>{say.portal}</dt>
        <dd><a class="nhsuk-link" href={login} target="_blank" rel="noopener noreferrer">{login}<span class="nhsuk-u-visually-hidden">{say.opensInNewTab}</span></a></dd>
      </div>
      <div class="esr-status-bar__item">
        <dt>{say.guide}</dt>
        <dd><a class="nhsuk-link" href={help} target="_blank" rel="noopener noreferrer" data-esr-console-help>{say.guideLink}<span class="nhsuk-u-visually-hidden">{say.opensInNewTab}</span></a></dd>
      </div>
      <div class="esr-status-bar__item">
        <dt>{say.extension}</dt>
        <dd class={status.extension === null ? 'esr-status-bar__warn' : ''}>{extensionText(status.extension, helperNow ?? status.clock.now, words)}</dd>
      </div>
      <div class="esr-status-bar__item">
        <dt>{say.clock}</dt>
        <dd class={status.clock.moved ? 'esr-status-bar__warn' : ''}>{clockStateText(status.clock, words)}</dd>
      </div>
    </dl>
  );
}
