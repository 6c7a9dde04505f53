import browser from 'webextension-polyfill';
import { EXTENSION_MESSAGES, type ExtensionMessages, type ExtensionRequest, type ResponseFor } from '../messages/all.js';
import { parseResponse } from '../messages/table.js';

/**
 * The one way UI code reaches the rest of the extension (after Dark Reader's connector): views take
 * a Connector, so they can be driven in tests by a fake without a browser.
 */
export interface Connector {
  send<R extends ExtensionRequest>(request: R): Promise<ResponseFor<R>>;
  /** The address of one of the extension's own pages. */
  extensionUrl(path: string): string;
  /** Asks the browser for an optional permission (from a click); true if granted. */
  requestPermission(permission: 'notifications'): Promise<boolean>;
}

const STOPPED = { code: 'helper-unreachable', message: 'ESR MFA stopped responding. Reload the page and try again.' } as const;

/**
 * Sends a request and reads the answer with that type's response schema: an answer that does not
 * fit (or none at all) reads as the extension having stopped.
 */
export async function sendThrough<R extends ExtensionRequest>(sendMessage: (request: R) => Promise<unknown>, request: R): Promise<ResponseFor<R>> {
  try {
    // The types are spelled out: inferred, K would widen to every type and lose the link to R.
    return parseResponse<ExtensionMessages, R['type']>(EXTENSION_MESSAGES, request.type, await sendMessage(request)) ?? { ok: false, error: STOPPED };
  } catch {
    return { ok: false, error: STOPPED };
  }
}

export function runtimeConnector(): Connector {
  return {
    send: (request) => sendThrough((message) => browser.runtime.sendMessage(message), request),
    extensionUrl: (path) => browser.runtime.getURL(path),
    requestPermission: (permission) => browser.permissions.request({ permissions: [permission] }).catch(() => false),
  };
}
