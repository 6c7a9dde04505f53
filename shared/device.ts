import { z } from 'zod/mini';

/**
 * The extension proves it holds this browser's device key by signing the portal's one-time
 * nonce. Both ends build the signed text with `deviceProofText`, so they cannot drift apart.
 */
export const DEVICE_NONCE_META_NAME = 'esr-mfa-device-nonce';
export const deviceProofText = (nonce: string) => `esr-mfa device proof v1\n${nonce}`;

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

/** Training only: where the portal pretends a sign-in comes from. The first is everyone's usual place. */
export const DEMO_LOCATIONS = ['Leeds, UK', 'London, UK', 'Lagos, Nigeria'] as const;
export const HOME_LOCATION = DEMO_LOCATIONS[0];

/** How long "Remember this device" lasts. */
export const REMEMBER_DEVICE_DAYS = 30;
