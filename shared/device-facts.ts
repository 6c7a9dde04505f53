/**
 * Plain facts about devices, in a module with no imports, so the content script can read them
 * without the validation library (see ./portal-facts.ts). ./device.ts re-exports them.
 *
 * The extension proves it holds this browser's device key by signing the portal's one-time
 * nonce. Both ends build the signed text with `deviceProofText`, so they cannot drift apart.
 */
export const DEVICE_NONCE_META_NAME = 'esr-mfa-device-nonce';
export const deviceProofText = (nonce: string) => `esr-mfa device proof v1\n${nonce}`;

/** Training only: where the portal pretends a sign-in comes from. The first is everyone's usual place. */
export const DEMO_LOCATIONS = ['Leeds, UK', 'London, UK', 'Lagos, Nigeria'] as const;
export const HOME_LOCATION = DEMO_LOCATIONS[0];

/** How long "Remember this device" lasts. */
export const REMEMBER_DEVICE_DAYS = 30;
