import { webcrypto } from 'node:crypto';
import { deviceProofText, type DeviceProof } from '../../shared/device.js';

/** A device key as the extension makes it (P-256, private half not extractable), for tests. */
export async function makeDeviceKey() {
  const pair = await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
  const jwk = await webcrypto.subtle.exportKey('jwk', pair.publicKey);
  const publicKey = { kty: 'EC' as const, crv: 'P-256' as const, x: jwk.x ?? '', y: jwk.y ?? '' };
  return {
    async prove(nonce: string): Promise<DeviceProof> {
      const signature = await webcrypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, pair.privateKey, new TextEncoder().encode(deviceProofText(nonce)));
      return { publicKey, nonce, signature: Buffer.from(signature).toString('base64url') };
    },
  };
}
