import type { Browser } from 'webextension-polyfill';
import type { ExtensionRequest, ResponseFor } from '../messages/all.js';
import { sendMessage } from './send-message.js';

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

/**
 * The browser's own extension API: Firefox's `browser`, or Chrome's `chrome`. The three calls the
 * connector makes return promises in both under Manifest V3, so the UI does without
 * webextension-polyfill (about 3 KB gzipped in every portal page and extension page). The
 * background keeps the polyfill: it answers messages by returning promises, which only Firefox
 * does natively.
 */
function extensionApi(): Pick<Browser, 'runtime' | 'permissions'> {
  const scope = globalThis as { browser?: Browser; chrome?: Browser };
  const api = scope.browser ?? scope.chrome;
  if (api === undefined) throw new Error('ESR MFA: no extension API here (not an extension page or content script)');
  return api;
}

export function runtimeConnector(): Connector {
  const api = extensionApi();
  return {
    send: (request) => sendMessage((message) => api.runtime.sendMessage(message), request),
    extensionUrl: (path) => api.runtime.getURL(path),
    requestPermission: (permission) => api.permissions.request({ permissions: [permission] }).catch(() => false),
  };
}
