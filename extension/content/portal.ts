import type { SessionStatus } from '../../shared/api.js';
import type { PageContext } from '../messages/content.js';
import type { MessageResult } from '../messages/result.js';
import { runtimeConnector, type Connector } from '../ui/connector.js';
import { speakOnPortalPage } from '../ui/language.js';
import { runWhileShown } from './lifecycle.js';
import { removeStalePanels } from './mount.js';
import { readPortalPage, type PortalPageInfo } from './portal-page.js';

/** What a portal page's chunk is given each time the page is shown. */
export interface PortalVisit {
  /** Aborted when the page is left (see lifecycle.ts). */
  signal: AbortSignal;
  connector: Connector;
  page: PortalPageInfo;
  /** The background's answer about this tab's session, asked as the page's chunk starts. */
  asking: Promise<MessageResult<PageContext>>;
}

/**
 * The part every portal page's chunk shares (./pages/*.ts): for as long as the page is shown,
 * asks the background about the session and, at the same time, runs the page's own panels. On a
 * portal page at an address other than the configured one, the background refuses to answer and
 * the panels show nothing (or take down what they drew at once).
 */
export function runPortalPage(stored: Promise<Record<string, unknown>>, show: (visit: PortalVisit) => Promise<void> | void): void {
  const connector = runtimeConnector();
  runWhileShown(window, async (signal) => {
    const page = readPortalPage(document);
    if (page === null) return;
    // The login page asks nothing: nobody is signed in yet. Other pages ask at once, while the
    // browser may still be reading the page; the panels wait for the page to be read.
    const asking = page.page === 'login' ? Promise.resolve(NOT_ASKED) : connector.send({ type: 'page-context' });
    // The language choice was asked for as the portal was seen (../index.ts): it is in long before
    // the page is read. 'auto' follows the page's own <html lang>.
    const [words] = await Promise.all([stored, pageRead()]);
    speakOnPortalPage(words, document.documentElement.lang);
    await show({ signal, connector, page, asking });
  });
}

/** Resolves once the whole page has been read (DOMContentLoaded): the panels go next to what is on it. */
function pageRead(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => { document.addEventListener('DOMContentLoaded', () => { resolve(); }, { once: true }); });
}

const NOT_ASKED: MessageResult<PageContext> = { ok: false, error: { code: 'not-signed-in', message: 'Not asked on the login page.' } };

/** The session, once the background has answered, if it is signed in and the page is still shown. */
export async function signedInSession(visit: PortalVisit): Promise<{ context: PageContext; status: Extract<SessionStatus, { state: 'signed-in' }> } | null> {
  const context = await visit.asking;
  if (!context.ok || visit.signal.aborted || context.value.status.state !== 'signed-in') return null;
  removeStalePanels();
  return { context: context.value, status: context.value.status };
}

/**
 * Draws a prompt at once, from what the page says (a person is waiting to type a code), while the
 * background is still being asked; takes it down again (the portal's own form shows once more) if
 * the answer is a refusal (say, a portal at an address the extension is not set to) or another
 * session state than the page claimed.
 */
export function drawThenConfirm(visit: PortalVisit, expected: SessionStatus['state'], draw: (shown: AbortSignal) => void): void {
  if (visit.signal.aborted) return;
  const shown = new AbortController();
  visit.signal.addEventListener('abort', () => { shown.abort(); }, { once: true });
  removeStalePanels();
  draw(shown.signal);
  void visit.asking.then((context) => {
    if (!context.ok || context.value.status.state !== expected) shown.abort();
  });
}
