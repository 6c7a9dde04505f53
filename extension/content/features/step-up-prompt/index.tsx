import { STEP_UP_METHOD_ATTRIBUTE } from '../../../../shared/portal-facts.js';
import type { Connector } from '../../../ui/connector.js';
import { mountFeature } from '../../mount.js';
import { StepUpPrompt } from './step-up-prompt.js';

/** Replaces the portal's plain step-up form with the extension's prompt. */
export function initStepUpPrompt(signal: AbortSignal, connector: Connector): void {
  const fallback = document.getElementById('esr-step-up-fallback');
  const method = document.body.getAttribute(STEP_UP_METHOD_ATTRIBUTE);
  if (fallback === null || (method !== 'app' && method !== 'email')) return;
  const root = mountFeature(signal, (host) => { fallback.before(host); }, <StepUpPrompt connector={connector} method={method} onSteppedUp={() => { location.assign('/manager'); }} />);
  fallback.setAttribute('hidden', '');
  signal.addEventListener('abort', () => { fallback.removeAttribute('hidden'); }, { once: true });
  root.querySelector('input')?.focus();
}
