import { createHash, createHmac, hkdfSync } from 'node:crypto';
import type { Random } from './ports.js';

/** 32 random bytes, base64url: session ids and other one-time values. */
export function newOpaqueToken(random: Random): string {
  return Buffer.from(random.bytes(32)).toString('base64url');
}

/** Tokens are stored only as SHA-256 hashes, so a read of the database cannot hijack a session. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Tokens derived from a session id with a keyed MAC. The portal can render them without storing
 * them, they reveal nothing about the cookie, and they die with it.
 * - challenge: the opaque sign-in challenge of a pending session (single use: the session it
 *   derives from is replaced when the challenge is consumed).
 * Also the keyed digest recovery codes are stored under: the codes carry 80 random bits, so a
 * fast keyed hash is enough (a slow one adds nothing against guessing 2^80), and without the key
 * a copy of the database cannot even test a guess.
 */
export interface SessionTokens {
  challengeFor(sessionId: string): string;
  recoveryCodeDigest(normalisedCode: string): string;
  /**
   * Emailed codes (step-up, password reset) are kept the same way, bound to what they were sent
   * for (a session, a reset), so a code works only there.
   */
  emailedCodeDigest(boundTo: string, code: string): string;
}

export function createSessionTokens(masterKey: Uint8Array): SessionTokens {
  const key = Buffer.from(hkdfSync('sha256', masterKey, new Uint8Array(0), 'esr-mfa session tokens v1', 32));
  const derive = (purpose: string, sessionId: string) => createHmac('sha256', key).update(`${purpose}\0${sessionId}`).digest('base64url');
  return {
    challengeFor: (sessionId) => derive('challenge', sessionId),
    recoveryCodeDigest: (code) => derive('recovery-code', code),
    emailedCodeDigest: (boundTo, code) => derive('emailed-code', `${boundTo}\0${code}`),
  };
}
