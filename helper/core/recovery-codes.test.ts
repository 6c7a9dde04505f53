import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestHelper, type HelperFixture } from '../../test/support/helper-fixture.js';
import { codeNow, ctx, enrolJane, passwordSignIn, pendingSignIn } from '../../test/support/sign-in.js';
import { DATABASE_FILE } from '../app.js';
import { formatRecoveryCode, newLookupSecret, normaliseRecoveryCode } from './recovery-codes.js';

let fx: HelperFixture;
beforeEach(async () => { fx = await openTestHelper(); });
afterEach(() => { fx.cleanup(); });

describe('recovery codes', () => {
  it('come as ten different codes of 80 bits, four groups of four', async () => {
    const { codes } = await enrolJane(fx);
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$/);
  });

  it('are the RFC 4648 base32 of their 10 random bytes, without padding', () => {
    const fixed = (bytes: Uint8Array) => ({ bytes: (length: number) => { expect(length).toBe(10); return bytes; } });
    // RFC 4648 section 10: BASE32("fooba") = "MZXW6YTB"; five bytes make eight characters, so twice over is 16.
    expect(newLookupSecret(fixed(new TextEncoder().encode('foobafooba')))).toBe('MZXW6YTBMZXW6YTB');
    expect(newLookupSecret(fixed(new Uint8Array(10)))).toBe('AAAAAAAAAAAAAAAA');
    expect(newLookupSecret(fixed(new Uint8Array(10).fill(0xff)))).toBe('7777777777777777');
    // The 32 five-bit values in order spell the whole alphabet: A-Z, then 2-7.
    const hex = (text: string) => Uint8Array.from(text.match(/../g) ?? [], (pair) => parseInt(pair, 16));
    expect(formatRecoveryCode(newLookupSecret(fixed(hex('00443214c74254b635cf'))))).toBe('ABCD-EFGH-IJKL-MNOP');
    expect(formatRecoveryCode(newLookupSecret(fixed(hex('84653a56d7c675be77df'))))).toBe('QRST-UVWX-YZ23-4567');
  });

  it('are stored only as keyed digests', async () => {
    const { codes } = await enrolJane(fx);
    fx.helper.close();
    const bytes = [DATABASE_FILE, `${DATABASE_FILE}-wal`].map((f) => { try { return readFileSync(path.join(fx.dataDir, f)).toString('latin1'); } catch { return ''; } }).join('');
    for (const code of codes) {
      expect(bytes).not.toContain(code);
      expect(bytes).not.toContain(normaliseRecoveryCode(code));
    }
    await fx.reopen();
  });

  it('sign someone in once each, however they are typed, and the user is told', async () => {
    const { codes } = await enrolJane(fx);
    const core = fx.helper.core;
    const first = await pendingSignIn(fx.helper, '999JSMITH01');
    const typed = codes[0]!.toLowerCase().replace(/-/g, ' ');
    expect(core.verifyChallenge(ctx, first.sessionId, { challenge: first.challenge, recoveryCode: typed })).toEqual({ ok: true, value: { verified: true, recoveryCodesLeft: 9 } });
    const second = await pendingSignIn(fx.helper, '999JSMITH01');
    expect(core.verifyChallenge(ctx, second.sessionId, { challenge: second.challenge, recoveryCode: codes[0]! })).toEqual({ ok: false, error: { code: 'invalid-code', attemptsLeft: 4 } });
    const [message] = fx.helper.store.listOutbox({ username: '999JSMITH01', limit: 1 });
    expect(message).toMatchObject({ kind: 'recovery-code-used', subject: 'A recovery code was used on your ESR account' });
    expect(message?.body).toContain('You have 9 recovery codes left');
    expect(core.status((await passwordSignIn(fx.helper, '999SGREEN01')).sessionId).session).toMatchObject({ mfa: { recoveryCodesLeft: null } });
  });

  it('wrong recovery codes count towards the same lockout as wrong app codes', async () => {
    await enrolJane(fx);
    const core = fx.helper.core;
    const { sessionId, challenge } = await pendingSignIn(fx.helper, '999JSMITH01');
    const outcomes = [1, 2, 3, 4, 5].map((i) => core.verifyChallenge(ctx, sessionId, { challenge, recoveryCode: `AAAA-AAAA-AAAA-AAA${'ABCDE'[i - 1] ?? 'A'}` }));
    expect(outcomes.at(-1)).toEqual({ ok: false, error: { code: 'mfa-locked', retryAfterSeconds: 30 } });
    expect(fx.helper.store.listOutbox({ username: '999JSMITH01', limit: 1 })[0]?.kind).toBe('mfa-lockout');
  });

  it('can be made again only with a fresh app code, which voids the old set', async () => {
    const { codes, secret, sessionId } = await enrolJane(fx);
    const core = fx.helper.core;
    expect(core.regenerateRecoveryCodes(ctx, sessionId, '000000')).toEqual({ ok: false, error: { code: 'invalid-code', attemptsLeft: 4 } });
    const renewed = core.regenerateRecoveryCodes(ctx, sessionId, codeNow(secret, fx.clock));
    if (!renewed.ok) throw new Error(renewed.error.code);
    expect(renewed.value.recoveryCodes).toHaveLength(10);
    expect(core.regenerateRecoveryCodes(ctx, sessionId, codeNow(secret, fx.clock))).toEqual({ ok: false, error: { code: 'code-already-used' } });
    const pending = await pendingSignIn(fx.helper, '999JSMITH01');
    expect(core.verifyChallenge(ctx, pending.sessionId, { challenge: pending.challenge, recoveryCode: codes[1]! }).ok).toBe(false);
    expect(core.verifyChallenge(ctx, pending.sessionId, { challenge: pending.challenge, recoveryCode: renewed.value.recoveryCodes[1]! }).ok).toBe(true);
    expect(fx.helper.store.listOutbox({ username: '999JSMITH01', limit: 5 }).map((m) => m.kind)).toContain('recovery-codes-renewed');
  });

  it('cannot be made for someone without MFA, or without a full sign-in', async () => {
    const { sessionId } = await passwordSignIn(fx.helper, '999SGREEN01');
    expect(fx.helper.core.regenerateRecoveryCodes(ctx, sessionId, '123456')).toEqual({ ok: false, error: { code: 'mfa-not-on' } });
    expect(fx.helper.core.regenerateRecoveryCodes(ctx, undefined, '123456')).toEqual({ ok: false, error: { code: 'not-signed-in' } });
  });
});
