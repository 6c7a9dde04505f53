import { initDeviceProof } from '../features/device-proof/index.js';
import { runFeature } from '../lifecycle.js';
import { runPortalPage } from '../portal.js';

/** The login page: the device proof goes with the password. */
export const runOnPortalPage = (stored: Promise<Record<string, unknown>>): void => {
  runPortalPage(stored, ({ signal, connector }) => { runFeature('device-proof', () => { initDeviceProof(signal, connector); }); });
};
