import browser from 'webextension-polyfill';
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

export function runtimeConnector(): Connector {
  return {
    send: (request) => sendMessage((message) => browser.runtime.sendMessage(message), request),
    extensionUrl: (path) => browser.runtime.getURL(path),
    requestPermission: (permission) => browser.permissions.request({ permissions: [permission] }).catch(() => false),
  };
}
