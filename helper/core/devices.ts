import { deviceText, durationText, wordsFor } from '../../shared/words/index.js';
import { createHash, verify } from 'node:crypto';
import type { RiskReason } from '../../shared/api.js';
import { deviceProofText, HOME_LOCATION, REMEMBER_DEVICE_DAYS, type DeviceProof } from '../../shared/device.js';
import { audit, type RequestContext } from './audit.js';
import type { CoreDeps } from './deps.js';
import { notify } from './notify.js';
import type { AccountRecord, SignInCircumstances } from './store.js';
import { hashToken, newOpaqueToken } from './tokens.js';

/** How long the login page's nonce can be signed and used. */
export const NONCE_LIFETIME_MS = 10 * 60_000;
const DAY_MS = 24 * 60 * 60_000;

/** A one-time nonce for the login page, which the extension signs with the device key. */
export function issueDeviceNonce(deps: CoreDeps): string {
  const nonce = newOpaqueToken(deps.random);
  const now = deps.clock.now();
  deps.store.addDeviceNonce(hashToken(nonce), now + NONCE_LIFETIME_MS, now);
  return nonce;
}

/** RFC 7638 JWK thumbprint: the device's stable name. */
export function deviceThumbprint(key: DeviceProof['publicKey']): string {
  return createHash('sha256').update(JSON.stringify({ crv: key.crv, kty: key.kty, x: key.x, y: key.y })).digest('base64url');
}

/** The device's thumbprint if the proof is a valid signature over a live nonce of ours, else null. */
export function verifyDeviceProof(deps: CoreDeps, proof: DeviceProof | null): string | null {
  if (proof === null || !deps.store.useDeviceNonce(hashToken(proof.nonce), deps.clock.now())) return null;
  try {
    const valid = verify(
      'sha256',
      Buffer.from(deviceProofText(proof.nonce)),
      { key: { ...proof.publicKey }, format: 'jwk', dsaEncoding: 'ieee-p1363' },
      Buffer.from(proof.signature, 'base64url'),
    );
    return valid ? deviceThumbprint(proof.publicKey) : null;
  } catch {
    return null;
  }
}

/**
 * Why a sign-in looks risky: a device this account has not signed in from (or no proven device at
 * all), or a place it has never signed in from. Also whether the device is remembered.
 */
export function assessSignIn(
  deps: CoreDeps,
  account: AccountRecord,
  input: { thumbprint: string | null; deviceLabel: string; location: string },
): { circumstances: SignInCircumstances; remembered: boolean } {
  const device = input.thumbprint === null ? undefined : deps.store.findDevice(account.username, input.thumbprint);
  const risk: RiskReason[] = [];
  if (device === undefined) risk.push('new-device');
  if (input.location !== HOME_LOCATION && !deps.store.hasSignedInFrom(account.username, input.location)) risk.push('unusual-location');
  const remembered = device?.rememberedUntil != null && device.rememberedUntil > deps.clock.now();
  return { circumstances: { deviceThumbprint: input.thumbprint, deviceLabel: input.deviceLabel, location: input.location, risk }, remembered };
}

/** "Remember this device": audited and emailed, as every change to how someone signs in is. */
export function rememberDevice(deps: CoreDeps, context: RequestContext, username: string, device: { thumbprint: string; label: string }): void {
  const now = deps.clock.now();
  deps.store.seeDevice({ username, thumbprint: device.thumbprint, label: device.label, at: now, rememberUntil: now + REMEMBER_DEVICE_DAYS * DAY_MS });
  audit(deps, context, 'device-remembered', username, { device: device.thumbprint.slice(0, 12), days: REMEMBER_DEVICE_DAYS });
  notify(deps, username, 'device-remembered', { device: (words) => deviceText(device.label, words), lasts: (words) => durationText(REMEMBER_DEVICE_DAYS * DAY_MS, words) });
}

/**
 * Trust ends with the factor: a reset authenticator or password means no browser is remembered
 * any more, so a lost phone's browser (or a thief's) must pass the new factor like anyone else.
 */
export function forgetAllDevices(deps: CoreDeps, context: RequestContext, username: string, reason: 'authenticator-reset' | 'password-reset'): void {
  const forgotten = deps.store.forgetAllDevices(username);
  if (forgotten > 0) audit(deps, context, 'devices-forgotten', username, { reason, count: forgotten });
}

/** "Chrome on Linux", from the User-Agent: enough for a person to recognise their own browser. */
export function describeBrowser(userAgent: string | undefined): string {
  const ua = userAgent ?? '';
  // Stored in English; deviceText (shared/words) puts it into each reader's words when shown.
  const named = wordsFor('en').devices;
  const browser = /Edg\//.test(ua) ? 'Edge' : /Firefox\//.test(ua) ? 'Firefox' : /Chrom(e|ium)\//.test(ua) ? 'Chrome' : /Safari\//.test(ua) ? 'Safari' : named.aBrowser;
  const system = /Windows/.test(ua) ? 'Windows' : /Android/.test(ua) ? 'Android' : /iPhone|iPad/.test(ua) ? 'iOS' : /Mac OS X/.test(ua) ? 'macOS' : /Linux/.test(ua) ? 'Linux' : named.anUnknownSystem;
  return named.browserOn(browser, system);
}
