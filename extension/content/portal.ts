import { runtimeConnector } from '../ui/connector.js';
import { runWhileShown } from './lifecycle.js';
import { startOnPortalPage } from './start.js';

/** The content script proper, loaded by ./index.ts on portal pages only: the features for as long as the page is shown (see lifecycle.ts). */
export function runOnPortalPage(): void {
  const connector = runtimeConnector();
  runWhileShown(window, (signal) => startOnPortalPage(signal, connector));
}
