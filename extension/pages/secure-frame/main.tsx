import { render } from 'preact';
import { runtimeConnector } from '../../ui/connector.js';
import { FRAME_HEIGHT_MESSAGE, FRAME_LANGUAGE_PARAMETER } from '../../ui/extension-pages.js';
import { languageOfTag, t } from '../../ui/i18n.js';
import { speakOnExtensionPage } from '../../ui/language.js';
import '../page.css';
import './secure-frame.css';
import { SecureFrame } from './secure-frame.js';

// Take the ticket out of the address at once: it is single use and should not linger. The
// language beside it is the panel's that framed this page (see content/secure-frame-embed.tsx).
const ticket = location.hash.slice(1);
const language = languageOfTag(new URLSearchParams(location.search).get(FRAME_LANGUAGE_PARAMETER));
history.replaceState(null, '', location.pathname);

void speakOnExtensionPage(language).then(() => {
  document.title = t('secureFrameDocumentTitle');
  const app = document.getElementById('app');
  if (app !== null) render(<SecureFrame connector={runtimeConnector()} ticket={ticket} />, app);
});

// The one thing the frame tells its parent: how tall it is, so the panel fits it.
new ResizeObserver(() => {
  parent.postMessage({ type: FRAME_HEIGHT_MESSAGE, height: document.documentElement.scrollHeight }, '*');
}).observe(document.body);
