import { DEVICE_NONCE_META_NAME } from '../../../../shared/device-facts.js';
import type { Connector } from '../../../ui/connector.js';

/** Longest the login form waits for the device proof before it goes without one. */
const PROOF_WAIT_MS = 3_000;

/**
 * On the login page: signs the page's nonce with this browser's device key and adds the proof to
 * the sign-in form, so the helper can tell a known device from a new one. Without it the sign-in
 * still works; it just counts as a new device.
 */
export function initDeviceProof(signal: AbortSignal, connector: Connector): void {
  const nonce = document.querySelector(`meta[name="${DEVICE_NONCE_META_NAME}"]`)?.getAttribute('content');
  const form = document.querySelector<HTMLFormElement>('form[action="/login"]');
  if (nonce == null || form === null) return;
  const field = document.createElement('input');
  field.type = 'hidden';
  field.name = 'deviceProof';
  let answered = false;
  const proof = connector.send({ type: 'device-proof', nonce }).then((result) => {
    answered = true;
    if (result.ok && !signal.aborted) {
      field.value = JSON.stringify(result.value);
      form.append(field);
    }
  });
  let waited = false;
  form.addEventListener('submit', (event) => {
    // Proof added, or refused already (say, on a portal the extension is not set to): send as is.
    if (waited || answered) return;
    // Submitted before the proof was ready: hold the form a moment, then send it either way.
    event.preventDefault();
    waited = true;
    void Promise.race([proof, new Promise((resolve) => setTimeout(resolve, PROOF_WAIT_MS))]).then(() => {
      // In a task of its own: a form asked to submit while its submit event is still being
      // dispatched (a promise settled in between two listeners) ignores the request, and the
      // sign-in would hang.
      setTimeout(() => { form.requestSubmit(); }, 0);
    });
  }, { signal });
  // Back from the back/forward cache, the feature starts again and adds a fresh field.
  signal.addEventListener('abort', () => { field.remove(); }, { once: true });
}
