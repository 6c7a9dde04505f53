import { z } from 'zod/mini';

export { DEMO_LOCATIONS, DEVICE_NONCE_META_NAME, deviceProofText, HOME_LOCATION, REMEMBER_DEVICE_DAYS } from './device-facts.js';


/**
 * A P-256 public key as JWK, only the members that define it (RFC 7638 thumbprint input): z.object
 * strips any other member, so an exported key's `ext` and `key_ops` are dropped.
 */
export const DevicePublicKey = z.object({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/)),
  y: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/)),
});
export type DevicePublicKey = z.infer<typeof DevicePublicKey>;

export const DeviceProof = z.object({
  publicKey: DevicePublicKey,
  nonce: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/)),
  /** ECDSA P-256 / SHA-256 signature, IEEE P1363 (r || s), base64url: what WebCrypto produces. */
  signature: z.string().check(z.regex(/^[A-Za-z0-9_-]{86}$/)),
});
export type DeviceProof = z.infer<typeof DeviceProof>;
