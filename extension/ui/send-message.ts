import { EXTENSION_MESSAGES, type ExtensionMessages, type ExtensionRequest, type ResponseFor } from '../messages/all.js';
import { parseResponse } from '../messages/table.js';

const STOPPED = { code: 'helper-unreachable', message: 'ESR MFA stopped responding. Reload the page and try again.' } as const;

/**
 * Sends a request and reads the answer with that type's response schema: an answer that does not
 * fit (or none at all) reads as the extension having stopped. Apart from the connector so it tests
 * without a browser (webextension-polyfill refuses to load outside one).
 */
export async function sendMessage<R extends ExtensionRequest>(send: (request: R) => Promise<unknown>, request: R): Promise<ResponseFor<R>> {
  try {
    // The types are spelled out: inferred, the type would widen to every type and lose the link to R.
    return parseResponse<ExtensionMessages, R['type']>(EXTENSION_MESSAGES, request.type, await send(request)) ?? { ok: false, error: STOPPED };
  } catch {
    return { ok: false, error: STOPPED };
  }
}
