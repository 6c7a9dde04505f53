import { createCipheriv, createDecipheriv, hkdfSync } from 'node:crypto';
import type { Random } from './ports.js';

/**
 * Seals TOTP secrets at rest with AES-256-GCM, so a copied database alone reveals no secret.
 * The key lives in the data directory, apart from the database. Sealed form: `v1.iv.ciphertext.tag`.
 */
export interface SecretBox {
  seal(plaintext: string): string;
  open(sealed: string): string;
}

const IV_BYTES = 12;

export function createSecretBox(masterKey: Uint8Array, random: Random): SecretBox {
  const key = Buffer.from(hkdfSync('sha256', masterKey, new Uint8Array(0), 'esr-mfa totp secrets v1', 32));
  return {
    seal(plaintext) {
      const iv = Buffer.from(random.bytes(IV_BYTES));
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return ['v1', iv, ciphertext, cipher.getAuthTag()].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
    },
    open(sealed) {
      const [version, iv, ciphertext, tag] = sealed.split('.');
      if (version !== 'v1' || iv === undefined || ciphertext === undefined || tag === undefined) {
        throw new Error('Sealed secret is not in the v1 format');
      }
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
    },
  };
}
