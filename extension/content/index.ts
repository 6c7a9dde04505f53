import { runtimeConnector } from '../ui/connector.js';
import { startOnPortalPage } from './start.js';

// Tiny entry (refined-github style): a guard against running twice in one world, then one
// AbortController that every feature hangs its teardown on.
const LOADED = Symbol.for('esr-mfa.content-script');
if (!(LOADED in globalThis)) {
  Object.defineProperty(globalThis, LOADED, { value: true });
  void startOnPortalPage(new AbortController().signal, runtimeConnector());
}
