import { render } from 'preact';
import { runtimeConnector } from '../../ui/connector.js';
import { FRAME_HEIGHT_MESSAGE } from '../../ui/extension-pages.js';
import '../page.css';
import './secure-frame.css';
import { SecureFrame } from './secure-frame.js';

// Take the ticket out of the address at once: it is single use and should not linger.
const ticket = location.hash.slice(1);
history.replaceState(null, '', location.pathname);

const app = document.getElementById('app');
if (app !== null) render(<SecureFrame connector={runtimeConnector()} ticket={ticket} />, app);

// The one thing the frame tells its parent: how tall it is, so the panel fits it.
new ResizeObserver(() => {
  parent.postMessage({ type: FRAME_HEIGHT_MESSAGE, height: document.documentElement.scrollHeight }, '*');
}).observe(document.body);
