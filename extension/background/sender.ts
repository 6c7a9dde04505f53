import { OPTIONS_PAGE_PATH, SECURE_FRAME_PATH } from '../ui/extension-pages.js';

/**
 * Who sent a message. Only the extension's own content script on the configured portal, its
 * secure frame and its options page are answered; anything else is refused.
 */
export interface MessageSender {
  id?: string | undefined;
  url?: string | undefined;
  tab?: { id?: number | undefined } | undefined;
  frameId?: number | undefined;
}

export type SenderKind = { kind: 'portal'; tabId: number } | { kind: 'secure-frame'; tabId: number } | { kind: 'options' } | { kind: 'unknown' };


export function classifySender(
  sender: MessageSender,
  own: { id: string; url: (path: string) => string; helperOrigin: string },
): SenderKind {
  if (sender.id !== own.id || sender.url === undefined) return { kind: 'unknown' };
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return { kind: 'unknown' };
  }
  const pathOf = (path: string) => new URL(own.url(path));
  const isPage = (path: string) => url.origin === pathOf(path).origin && url.pathname === pathOf(path).pathname;
  const tabId = sender.tab?.id;
  if (isPage(SECURE_FRAME_PATH) && tabId !== undefined) return { kind: 'secure-frame', tabId };
  if (isPage(OPTIONS_PAGE_PATH)) return { kind: 'options' };
  if (url.origin === own.helperOrigin && tabId !== undefined && sender.frameId === 0) return { kind: 'portal', tabId };
  return { kind: 'unknown' };
}
