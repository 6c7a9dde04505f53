import { createCipheriv, createDecipheriv, hkdfSync } from 'node:crypto';
import type { Random } from './ports.js';

/**
 * Seals TOTP secrets at rest with AES-256-GCM, so a copied database alone reveals no secret.
 * The key lives in the data directory, apart from the database. Each secret is bound (as GCM's
 * associated data) to the account and purpose it was sealed for, so a sealed value copied onto
 * another account, or from a half-done set-up into a live authenticator, fails to open.
 * Sealed form: `v2.iv.ciphertext.tag`; `v1` (unbound, before binding) is opened only to migrate.
 */
export interface SealContext {
  account: string;
  /** `totp` for an account's authenticator; `pending:<session id hash>` for a set-up in progress. */
  purpose: string;
}

export interface SecretBox {
  seal(plaintext: string, context: SealContext): string;
  open(sealed: string, context: SealContext): string;
  /** True for a value sealed before secrets were bound to their account, which must be sealed again. */
  isUnbound(sealed: string): boolean;
  /** Opens a `v1` value: only to seal it again, bound, at start-up. */
  openUnbound(sealed: string): string;
}

const IV_BYTES = 12;

const associatedData = (context: SealContext) => Buffer.from(`esr-mfa\0${context.purpose}\0${context.account}`, 'utf8');

export function createSecretBox(masterKey: Uint8Array, random: Random): SecretBox {
  const key = Buffer.from(hkdfSync('sha256', masterKey, new Uint8Array(0), 'esr-mfa totp secrets v1', 32));

  function decrypt(sealed: string, version: 'v1' | 'v2', aad: Buffer | null): string {
    const [found, iv, ciphertext, tag] = sealed.split('.');
    if (found !== version || iv === undefined || ciphertext === undefined || tag === undefined) {
      throw new Error(`Sealed secret is not in the ${version} format`);
    }
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    if (aad !== null) decipher.setAAD(aad);
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  }

  return {
    seal(plaintext, context) {
      const iv = Buffer.from(random.bytes(IV_BYTES));
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(associatedData(context));
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return ['v2', iv, ciphertext, cipher.getAuthTag()].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
    },
    open: (sealed, context) => decrypt(sealed, 'v2', associatedData(context)),
    isUnbound: (sealed) => sealed.startsWith('v1.'),
    openUnbound: (sealed) => decrypt(sealed, 'v1', null),
  };
}
