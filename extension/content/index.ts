import { PORTAL_MARKER_ATTRIBUTE } from '../../shared/portal-facts.js';

// The entry, run on every page of 127.0.0.1 (the manifest cannot tell the portal's port from any
// other). It is kept to a few hundred bytes: on a page that is not the portal it reads one
// attribute and stops, having drawn, stored and sent nothing. On a portal page it loads the rest
// (./portal.ts and the features) from the extension. A guard stops a second run in one world
// (refined-github's pattern), as when the extension is reloaded into an open page.
const LOADED = Symbol.for('esr-mfa.content-script');
// (A page with no <body>, such as an XML document, is not the portal either.)
const body = document.body as HTMLElement | null;
if (!(LOADED in globalThis) && body?.getAttribute(PORTAL_MARKER_ATTRIBUTE) === '1') {
  Object.defineProperty(globalThis, LOADED, { value: true });
  import('./portal.js')
    .then(({ runOnPortalPage }) => { runOnPortalPage(); })
    .catch((error: unknown) => { console.error('ESR MFA: the content script failed to load.', error); });
}
