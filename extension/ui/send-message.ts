import type { ExtensionRequest, ResponseFor } from '../messages/all.js';

// The message is a fallback for test authors; the UI shows its code's words (ui/error-text.ts).
const STOPPED = { code: 'extension-stopped', message: 'ESR MFA stopped responding. Reload the page and try again.' } as const;

/**
 * Sends a request to the background and reads the answer: an answer that is not a result (or none
 * at all) reads as the extension having stopped. Apart from the connector so it tests without a
 * browser.
 *
 * Only the envelope is checked here, by hand. The value inside was parsed against the message
 * type's response schema by the background as it left (extension/background/dispatch.ts), and the
 * background is the only one that can answer `runtime.sendMessage`: no web page can. Parsing it
 * again here would cost every portal page the validation library (about 11 KB gzipped, more than
 * half of the content script's budget, docs/performance.md) to check what was just checked.
 */
export async function sendMessage<R extends ExtensionRequest>(send: (request: R) => Promise<unknown>, request: R): Promise<ResponseFor<R>> {
  try {
    const answer = await send(request);
    return isResult(answer) ? (answer as ResponseFor<R>) : { ok: false, error: STOPPED };
  } catch {
    return { ok: false, error: STOPPED };
  }
}

function isResult(answer: unknown): boolean {
  if (typeof answer !== 'object' || answer === null || !('ok' in answer)) return false;
  if (answer.ok === true) return 'value' in answer;
  if (answer.ok !== false || !('error' in answer) || typeof answer.error !== 'object' || answer.error === null) return false;
  const error = answer.error as Record<string, unknown>;
  return typeof error['code'] === 'string' && typeof error['message'] === 'string';
}
