import { createCipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestHelper, type HelperFixture } from '../../test/support/helper-fixture.js';
import { codeNow, ctx, passwordSignIn, pendingSignIn, sessionRecord } from '../../test/support/sign-in.js';
import { whySessionEnded } from './sessions.js';
import { DATABASE_FILE, KEY_FILE } from '../app.js';

describe('enrolment', () => {
  let fx: HelperFixture;
  beforeEach(async () => { fx = await openTestHelper(); });
  afterEach(() => { fx.cleanup(); });

  async function startFor(username: string) {
    const { session, sessionId } = await passwordSignIn(fx.helper, username);
    return { session, sessionId, started: fx.helper.core.startEnrolment(ctx, sessionId) };
  }

  it('gives Jane an otpauth URI for her own account, then a right code turns MFA on', async () => {
    const { sessionId, started } = await startFor('999JSMITH01');
    if (!started.ok) throw new Error(started.error.code);
    expect(started.value.otpauthUri).toBe(`otpauth://totp/ESR:999JSMITH01?secret=${started.value.secret}&issuer=ESR`);
    expect(fx.helper.core.confirmEnrolment(ctx, sessionId, codeNow(started.value.secret, fx.clock))).toMatchObject({ ok: true, value: { mfaEnabled: true } });
    expect(fx.helper.core.status(sessionId)).toMatchObject({ session: { state: 'signed-in', mfa: { enabled: true, enrolment: { eligible: false, reason: 'already-enrolled' } } } });
    expect(fx.helper.store.listAudit({ username: '999JSMITH01', limit: 1 })[0]?.event).toBe('mfa-enabled');
  });

  it('a wrong code leaves MFA off and counts towards the lockout', async () => {
    const { sessionId, started } = await startFor('999JSMITH01');
    if (!started.ok) throw new Error(started.error.code);
    expect(fx.helper.core.confirmEnrolment(ctx, sessionId, codeNow(started.value.secret, fx.clock, 4))).toEqual({ ok: false, error: { code: 'invalid-code', attemptsLeft: 4 } });
    expect(fx.helper.store.findAccount('999JSMITH01')?.mfaEnabledAt).toBeNull();
  });

  it('coming back in the same session returns the same secret, so a QR code already scanned still works', async () => {
    const first = await startFor('999JSMITH01');
    fx.clock.advance(20 * 60_000);
    expect(fx.helper.core.startEnrolment(ctx, first.sessionId)).toEqual(first.started);
  });

  it("attacker: a second session of Jane's (someone else with her password) gets its own key, never hers, and cannot confirm hers", async () => {
    const jane = await startFor('999JSMITH01');
    const attacker = await startFor('999JSMITH01');
    if (!jane.started.ok || !attacker.started.ok) throw new Error('start failed');
    expect(attacker.started.value.secret).not.toBe(jane.started.value.secret);
    // A code from Jane's new key does nothing in the attacker's session.
    expect(fx.helper.core.confirmEnrolment(ctx, attacker.sessionId, codeNow(jane.started.value.secret, fx.clock))).toMatchObject({ ok: false, error: { code: 'invalid-code' } });
    expect(fx.helper.store.findAccount('999JSMITH01')?.mfaEnabledAt).toBeNull();
  });

  it("attacker: turning MFA on ends the attacker's password-only session, and tells its holder why", async () => {
    const attacker = await passwordSignIn(fx.helper, '999JSMITH01');
    const jane = await startFor('999JSMITH01');
    if (!jane.started.ok) throw new Error('start failed');
    expect(fx.helper.core.confirmEnrolment(ctx, jane.sessionId, codeNow(jane.started.value.secret, fx.clock)).ok).toBe(true);
    expect(sessionRecord(fx.helper, attacker.sessionId)).toBeUndefined();
    expect(whySessionEnded(fx.helper.deps, { sessionId: attacker.sessionId })).toBe('mfa-enabled');
    // Jane's own session carries on.
    expect(fx.helper.store.findSessionByIdHash(jane.session.idHash)?.state).toBe('signed-in');
  });

  it('a new sign-in starts over with a new secret', async () => {
    const first = await startFor('999JSMITH01');
    if (!first.started.ok) throw new Error('start failed');
    const { sessionId } = await passwordSignIn(fx.helper, '999JSMITH01');
    expect(fx.helper.core.confirmEnrolment(ctx, sessionId, codeNow(first.started.value.secret, fx.clock))).toEqual({ ok: false, error: { code: 'enrolment-not-started' } });
    const again = await startFor('999JSMITH01');
    if (!again.started.ok) throw new Error('start failed');
    expect(again.started.value.secret).not.toBe(first.started.value.secret);
  });

  it('confirming without starting is refused', async () => {
    const { sessionId } = await passwordSignIn(fx.helper, '999SGREEN01');
    expect(fx.helper.core.confirmEnrolment(ctx, sessionId, '123456')).toEqual({ ok: false, error: { code: 'enrolment-not-started' } });
  });

  it.each([
    ['999PJONES01', 'leaver'],
    ['999TBROWN01', 'internet-access-not-approved'],
  ])('refuses %s with the reason %s, and gives no secret', async (username, reason) => {
    const { started, session, sessionId } = await startFor(username);
    expect(started).toEqual({ ok: false, error: { code: 'not-eligible', reason } });
    expect(fx.helper.core.confirmEnrolment(ctx, sessionId, '123456')).toEqual({ ok: false, error: { code: 'not-eligible', reason } });
    expect(fx.helper.store.findSessionByIdHash(session.idHash)?.pendingSecret).toBeNull();
    expect(fx.helper.store.listAudit({ username, limit: 1 })[0]).toMatchObject({ event: 'enrolment-refused', detail: { reason } });
  });

  it('refuses anyone not fully signed in', async () => {
    expect(fx.helper.core.startEnrolment(ctx, undefined)).toEqual({ ok: false, error: { code: 'not-signed-in' } });
    const pending = await fx.helper.core.signInWithPassword(ctx, { username: '999AKHAN01', password: 'Training26' });
    if (!pending.ok) throw new Error('sign-in failed');
    expect(fx.helper.core.startEnrolment(ctx, pending.value.sessionId)).toEqual({ ok: false, error: { code: 'not-signed-in' } });
  });

  it('keeps secrets encrypted at rest: the database file never holds a secret in clear', async () => {
    const { sessionId, started } = await startFor('999JSMITH01');
    if (!started.ok) throw new Error('start failed');
    fx.helper.core.confirmEnrolment(ctx, sessionId, codeNow(started.value.secret, fx.clock));
    const secrets = [started.value.secret, ...fx.helper.demoSecrets().values()];
    fx.helper.close();
    const files = [DATABASE_FILE, `${DATABASE_FILE}-wal`].map((f) => path.join(fx.dataDir, f));
    const bytes = files.map((f) => { try { return readFileSync(f).toString('latin1'); } catch { return ''; } }).join('');
    for (const secret of secrets) expect(bytes).not.toContain(secret);
    await fx.reopen();
  });
});

describe('secrets sealed at rest are bound to their account and purpose', () => {
  let fx: HelperFixture;
  beforeEach(async () => { fx = await openTestHelper(); });
  afterEach(() => { fx.cleanup(); });

  it("a sealed secret copied onto another account's row does not open there: the code check fails, nothing is accepted", async () => {
    const amirsSecret = fx.helper.demoSecrets().get('999AKHAN01') ?? '';
    const amirSealed = fx.helper.store.findAccount('999AKHAN01')?.totpSecretSealed ?? '';
    const ravi = fx.helper.store.findAccount('999RPATEL01');
    expect(fx.helper.store.resealTotpSecret('999RPATEL01', ravi?.totpSecretSealed ?? '', amirSealed)).toBe(true);
    const { session, sessionId, challenge } = await pendingSignIn(fx.helper, '999RPATEL01');
    const amirsCode = codeNow(amirsSecret, fx.clock);
    expect(() => fx.helper.core.verifyChallenge(ctx, sessionId, { challenge, code: amirsCode })).toThrow(/unable to authenticate/i);
    expect(fx.helper.store.findSessionByIdHash(session.idHash)?.state).toBe('mfa-pending');
  });

  it('secrets sealed before binding (v1) are sealed again, bound, at the next start, and still work', async () => {
    const db = new Database(path.join(fx.dataDir, DATABASE_FILE));
    const secret = fx.helper.demoSecrets().get('999AKHAN01') ?? '';
    fx.helper.close();
    // Seal as the earlier version did: the same key, AES-256-GCM, no associated data.
    const key = Buffer.from(hkdfSync('sha256', Buffer.from(readFileSync(path.join(fx.dataDir, KEY_FILE), 'utf8').trim(), 'base64url'), new Uint8Array(0), 'esr-mfa totp secrets v1', 32));
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    const v1 = ['v1', iv, ciphertext, cipher.getAuthTag()].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
    db.prepare("UPDATE accounts SET totp_secret_sealed = ? WHERE username = '999AKHAN01'").run(v1);
    db.close();
    const helper = await fx.reopen();
    expect(helper.store.findAccount('999AKHAN01')?.totpSecretSealed).toMatch(/^v2\./);
    expect(helper.demoSecrets().get('999AKHAN01')).toBe(secret);
  });
});
