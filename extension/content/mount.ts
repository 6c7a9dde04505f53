import { render, type ComponentChild } from 'preact';
import { currentLanguage } from '../ui/i18n.js';
import panelCss from './panel.css?inline';

export const PANEL_TAG = 'esr-mfa-panel';

/**
 * Mounts a feature's view in a host element with its own shadow root, styled by the panel sheet,
 * and takes both down when `signal` aborts: the view is unmounted first (so its effects clean up,
 * such as the secure frame's tamper guard), then the host leaves the page.
 *
 * The shadow root is open on purpose: it holds nothing secret (the QR code and key live in an
 * extension-origin frame the page cannot read), the portal that serves the page already receives
 * every code typed here, and an open root lets test authors reach the controls with puppeteer's
 * `>>>` selectors.
 */
export function mountFeature(signal: AbortSignal, place: (host: HTMLElement) => void, view: ComponentChild): ShadowRoot {
  const host = document.createElement(PANEL_TAG);
  // The panel may speak another language than the page around it (see ../ui/language.ts).
  host.lang = currentLanguage();
  const root = host.attachShadow({ mode: 'open' });
  // An aborted signal fires no more events, so a page already left gets nothing to take down.
  if (signal.aborted) return root;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(panelCss);
  root.adoptedStyleSheets = [sheet];
  place(host);
  render(view, root);
  signal.addEventListener('abort', () => {
    render(null, root);
    host.remove();
  }, { once: true });
  return root;
}

/** Removes panels left behind by an earlier copy of the extension (for example, after an update). */
export function removeStalePanels(): void {
  document.querySelectorAll(PANEL_TAG).forEach((panel) => { panel.remove(); });
}
