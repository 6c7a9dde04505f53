import { COMPLETE_SIGN_IN_PATH } from '../../../../shared/portal-facts.js';
import type { Connector } from '../../../ui/connector.js';
import { mountFeature } from '../../mount.js';
import { SignInPrompt } from './sign-in-prompt.js';

/** Replaces the portal's plain code form with the extension's prompt. */
export function initSignInPrompt(signal: AbortSignal, connector: Connector, page: { challenge: string }): void {
  const heading = document.querySelector('main h1');
  const fallback = document.getElementById('esr-verify-fallback');
  if (heading === null) return;
  const root = mountFeature(signal, (host) => { heading.after(host); }, <SignInPrompt connector={connector} challenge={page.challenge} onVerified={() => { completeSignIn(page.challenge); }} />);
  fallback?.setAttribute('hidden', '');
  signal.addEventListener('abort', () => { fallback?.removeAttribute('hidden'); }, { once: true });
  root.querySelector('input')?.focus();
}

/**
 * The helper has marked the challenge satisfied; a normal form post from the page (with its own
 * cookie and Origin) asks it to upgrade this browser's session.
 */
function completeSignIn(challenge: string): void {
  const form = document.createElement('form');
  form.method = 'post';
  form.action = COMPLETE_SIGN_IN_PATH;
  form.hidden = true;
  const field = document.createElement('input');
  field.type = 'hidden';
  field.name = 'challenge';
  field.value = challenge;
  form.append(field);
  document.body.append(form);
  form.submit();
}
