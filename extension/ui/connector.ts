import browser from 'webextension-polyfill';
import { MessageResultSchema, type ExtensionRequest, type ResponseFor } from '../../shared/messages.js';

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

export function runtimeConnector(): Connector {
  return {
    async send<R extends ExtensionRequest>(request: R): Promise<ResponseFor<R>> {
      try {
        const parsed = MessageResultSchema.safeParse(await browser.runtime.sendMessage(request));
        // The background answers each request type with its own value type (see ResponseValues).
        return (parsed.success ? parsed.data : { ok: false, error: STOPPED }) as ResponseFor<R>;
      } catch {
        return { ok: false, error: STOPPED };
      }
    },
    extensionUrl: (path) => browser.runtime.getURL(path),
    requestPermission: (permission) => browser.permissions.request({ permissions: [permission] }).catch(() => false),
  };
}
