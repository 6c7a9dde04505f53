import { generateSync, verifySync } from 'otplib';
import { NodeCryptoPlugin } from '@otplib/plugin-crypto-node';
import { ScureBase32Plugin } from '@otplib/plugin-base32-scure';
import { describe, expect, it } from 'vitest';
import vectors from '../../test/fixtures/rfc6238-sha1.json' with { type: 'json' };
import { checkTotp, newTotpSecret, otpauthUri, timeStepAt, totpCodeAt } from './totp.js';

const STEP_MS = 30_000;
const sequentialRandom = { bytes: (n: number) => Uint8Array.from({ length: n }, (_, i) => i) };

describe('RFC 6238 SHA-1 test vectors', () => {
  it('the fixture matches the RFC with 8 digits (checks the fixture itself)', () => {
    for (const v of vectors.vectors) {
      const code = generateSync({ secret: vectors.secretBase32, epoch: v.unixSeconds, digits: 8, crypto: new NodeCryptoPlugin(), base32: new ScureBase32Plugin() });
      expect(code).toBe(v.totp8);
    }
  });

  it.each(vectors.vectors)('gives the 6-digit code at $unixSeconds s', (v) => {
    expect(totpCodeAt(vectors.secretBase32, v.unixSeconds * 1000)).toBe(v.totp8.slice(-6));
    expect(timeStepAt(v.unixSeconds * 1000)).toBe(v.timeStep);
  });

  it.each(vectors.vectors)('accepts the 6-digit code at $unixSeconds s in its own time step', (v) => {
    const check = checkTotp({ secret: vectors.secretBase32, code: v.totp8.slice(-6), nowMs: v.unixSeconds * 1000, lastUsedStep: null });
    expect(check).toEqual({ valid: true, timeStep: v.timeStep });
  });
});

describe('look-around window', () => {
  const secret = vectors.secretBase32;
  const step = 41152263;
  const code = totpCodeAt(secret, step * STEP_MS);

  it('accepts a code one step early or late, and reports the step it belongs to', () => {
    for (const offset of [-1, 0, 1]) {
      const nowMs = (step + offset) * STEP_MS + 1;
      expect(checkTotp({ secret, code, nowMs, lastUsedStep: null })).toEqual({ valid: true, timeStep: step });
    }
  });

  it('accepts at the very last millisecond of the next step and refuses one millisecond later', () => {
    expect(checkTotp({ secret, code, nowMs: (step + 2) * STEP_MS - 1, lastUsedStep: null }).valid).toBe(true);
    expect(checkTotp({ secret, code, nowMs: (step + 2) * STEP_MS, lastUsedStep: null })).toEqual({ valid: false, reason: 'wrong-code' });
  });

  it('refuses a code from two steps in the future', () => {
    expect(checkTotp({ secret, code, nowMs: (step - 2) * STEP_MS, lastUsedStep: null })).toEqual({ valid: false, reason: 'wrong-code' });
  });
});

describe('replay', () => {
  const secret = vectors.secretBase32;
  const step = 66666666;
  const code = totpCodeAt(secret, step * STEP_MS);

  it('refuses a code whose step was already used, even inside the window', () => {
    expect(checkTotp({ secret, code, nowMs: step * STEP_MS, lastUsedStep: step })).toEqual({ valid: false, reason: 'replay' });
  });

  it('refuses an older code once a newer one was used', () => {
    const older = totpCodeAt(secret, (step - 1) * STEP_MS);
    expect(checkTotp({ secret, code: older, nowMs: step * STEP_MS, lastUsedStep: step })).toEqual({ valid: false, reason: 'replay' });
  });

  it('accepts the next step after the last used one', () => {
    const next = totpCodeAt(secret, (step + 1) * STEP_MS);
    expect(checkTotp({ secret, code: next, nowMs: (step + 1) * STEP_MS, lastUsedStep: step })).toEqual({ valid: true, timeStep: step + 1 });
  });
});

describe('secrets and URIs', () => {
  it('makes a 20-byte secret as unpadded base32', () => {
    const secret = newTotpSecret(sequentialRandom);
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(new ScureBase32Plugin().decode(secret)).toEqual(sequentialRandom.bytes(20));
  });

  it('issues exactly the parameters Microsoft Authenticator honours, with the issuer in label and parameter', () => {
    const secret = newTotpSecret(sequentialRandom);
    const uri = new URL(otpauthUri('999JSMITH01', secret));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/ESR:999JSMITH01');
    expect(uri.searchParams.get('secret')).toBe(secret);
    expect(uri.searchParams.get('issuer')).toBe('ESR');
    expect(uri.searchParams.get('algorithm') ?? 'SHA1').toBe('SHA1');
    expect(uri.searchParams.get('digits') ?? '6').toBe('6');
    expect(uri.searchParams.get('period') ?? '30').toBe('30');
  });
});

describe('agrees with otplib verifySync', () => {
  const crypto = new NodeCryptoPlugin();
  const base32 = new ScureBase32Plugin();
  const otplibCheck = (secret: string, code: string, nowMs: number, lastUsedStep: number | null) => {
    const result = verifySync({ secret, token: code, epoch: Math.floor(nowMs / 1000), epochTolerance: 30, crypto, base32, algorithm: 'sha1', digits: 6, period: 30 });
    if (!result.valid || !('timeStep' in result)) return { valid: false, reason: 'wrong-code' };
    return lastUsedStep !== null && result.timeStep <= lastUsedStep ? { valid: false, reason: 'replay' } : { valid: true, timeStep: result.timeStep };
  };

  it('on right, nearby, far and random codes, with and without a used step, on random keys and times', () => {
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 100; i++) {
      const secret = newTotpSecret({ bytes: (n) => Uint8Array.from({ length: n }, () => next() % 256) });
      const nowMs = next() * 1000 + (next() % 1000);
      const step = timeStepAt(nowMs);
      const codes = [-2, -1, 0, 1, 2].map((offset) => totpCodeAt(secret, nowMs + offset * STEP_MS)).concat(String(next() % 1_000_000).padStart(6, '0'));
      for (const code of codes) {
        for (const lastUsedStep of [null, step - 2, step - 1, step, step + 1]) {
          expect(checkTotp({ secret, code, nowMs, lastUsedStep })).toEqual(otplibCheck(secret, code, nowMs, lastUsedStep));
        }
      }
    }
  });

  it('near the epoch, where there is no step before the first', () => {
    const secret = vectors.secretBase32;
    for (const nowMs of [0, 1, 29_999, 30_000, 59_999]) {
      for (const offset of [0, 1]) {
        const code = totpCodeAt(secret, nowMs + offset * STEP_MS);
        expect(checkTotp({ secret, code, nowMs, lastUsedStep: null })).toEqual(otplibCheck(secret, code, nowMs, null));
      }
    }
  });

  it('throws as otplib does for a code that is not six digits, or a key too short', () => {
    const secret = vectors.secretBase32;
    for (const code of ['12345', '1234567', 'abcdef', '']) {
      expect(() => otplibCheck(secret, code, 0, null)).toThrow();
      expect(() => checkTotp({ secret, code, nowMs: 0, lastUsedStep: null })).toThrow();
    }
    expect(() => checkTotp({ secret: 'JBSWY3DP', code: '123456', nowMs: 0, lastUsedStep: null })).toThrow();
  });
});
