import panelCss from './panel.css?inline';

export const PANEL_TAG = 'esr-mfa-panel';

/**
 * A host element with a shadow root, styled by the panel sheet and removed when `signal` aborts.
 *
 * The shadow root is open on purpose: it holds nothing secret (the QR code and key live in an
 * extension-origin frame the page cannot read), the portal that serves the page already receives
 * every code typed here, and an open root lets test authors reach the controls with puppeteer's
 * `>>>` selectors.
 */
export function mountPanel(place: (host: HTMLElement) => void, signal: AbortSignal): ShadowRoot {
  const host = document.createElement(PANEL_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(panelCss);
  root.adoptedStyleSheets = [sheet];
  place(host);
  signal.addEventListener('abort', () => { host.remove(); }, { once: true });
  return root;
}

/** Removes panels left behind by an earlier copy of the extension (for example, after an update). */
export function removeStalePanels(): void {
  document.querySelectorAll(PANEL_TAG).forEach((panel) => { panel.remove(); });
}
