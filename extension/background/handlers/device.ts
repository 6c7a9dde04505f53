import { deviceProofText, DevicePublicKey } from '../../../shared/device.js';
import { toBase64Url } from '../base64url.js';
import type { ContentHandler } from '../context.js';

/**
 * Signs the login page's one-time nonce with this browser's device key, so the helper can tell a
 * device it has seen from a new one. Only the background ever touches the key.
 */
export const deviceProof: ContentHandler<'device-proof'> = async (context, request) => {
  const { keyPair } = await context.storage.deviceIdentity();
  const publicKey = DevicePublicKey.parse(await crypto.subtle.exportKey('jwk', keyPair.publicKey));
  const signature = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, keyPair.privateKey, new TextEncoder().encode(deviceProofText(request.nonce)));
  return { ok: true, value: { publicKey, nonce: request.nonce, signature: toBase64Url(new Uint8Array(signature)) } };
};
