import { runtimeConnector } from '../ui/connector.js';
import { runWhileShown } from './lifecycle.js';
import { startOnPortalPage } from './start.js';

// Tiny entry (refined-github style): a guard against running twice in one world, then the features
// for as long as the page is shown (see lifecycle.ts).
const LOADED = Symbol.for('esr-mfa.content-script');
if (!(LOADED in globalThis)) {
  Object.defineProperty(globalThis, LOADED, { value: true });
  const connector = runtimeConnector();
  runWhileShown(window, (signal) => startOnPortalPage(signal, connector));
}
