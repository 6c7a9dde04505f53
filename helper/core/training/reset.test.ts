import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestHelper, type HelperFixture } from '../../../test/support/helper-fixture.js';
import { codeNow, ctx, enrolJane, passwordSignIn, pendingSignIn } from '../../../test/support/sign-in.js';
import { DATABASE_FILE } from '../../app.js';
import { DEMO_PASSWORD, TRAINING_SETUP } from '../../personas.js';
import type { PersonState } from '../../console/contract.js';
import { resetPersona } from './reset.js';

const AMIR = '999AKHAN01';
const JANE = '999JSMITH01';

let fx: HelperFixture;
beforeEach(async () => { fx = await openTestHelper(); });
afterEach(() => { fx.cleanup(); });

function personOf(username: string): PersonState {
  const found = fx.helper.training.person(username);
  if (!found.ok) throw new Error(found.error.code);
  return found.value;
}

function reset(username: string, newKeys = false) {
  const result = fx.helper.training.resetPerson(ctx, username, { newKeys });
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

describe('resetting one person', () => {
  it('turns Jane\'s MFA off again and drops everything her lesson made, keeping the audit trail', async () => {
    const { sessionId } = await enrolJane(fx);
    fx.helper.core.stepUp.page(ctx, sessionId);
    expect(fx.helper.core.startPasswordReset(ctx, { username: JANE, email: 'jane.smith@example.nhs.uk' }).ok).toBe(true);
    await fx.helper.core.signInWithPassword(ctx, { username: JANE, password: 'Wrong1password' });
    const auditBefore = fx.helper.store.listAudit({ username: JANE, limit: 1000 }).length;
    expect(personOf(JANE)).toMatchObject({ mfa: { on: true }, recoveryCodes: { left: 10 }, liveSessions: 1 });

    const after = reset(JANE);
    expect(after).toMatchObject({ mfa: { on: false, enabledAt: null, newAuthenticatorDue: false }, recoveryCodes: { left: null, knownUnused: [] }, liveSessions: 0, demoKey: null });
    const account = fx.helper.store.findAccount(JANE)!;
    expect(account).toMatchObject({ mfaEnabledAt: null, totpSecretSealed: null, lastTotpStep: null, reenrolmentRequiredAt: null, setupCode: null });
    expect(fx.helper.core.homePage(sessionId).ok).toBe(false);
    expect(fx.helper.store.listOutbox({ username: JANE, limit: 10 })).toEqual([]);
    expect(fx.helper.store.listSignInEvents(JANE, 10)).toEqual([]);
    expect(fx.helper.store.getGuessState(JANE, 'password')).toBeUndefined();
    expect(fx.helper.store.countRecoveryCodesLeft(JANE)).toBe(0);
    // The audit trail keeps everything, and says what happened.
    const audit = fx.helper.store.listAudit({ username: JANE, limit: 1000 });
    expect(audit).toHaveLength(auditBefore + 1);
    expect(audit[0]).toMatchObject({ event: 'training-reset', detail: { newKeys: false } });
    // And she can sign in with the demo password, and set up MFA afresh.
    const signIn = await passwordSignIn(fx.helper, JANE);
    expect(signIn.next).toBe('signed-in');
    expect(fx.helper.core.startEnrolment(ctx, signIn.sessionId).ok).toBe(true);
  });

  it('gives the demo password back after a password reset', async () => {
    const seed = fx.helper.store.findPersonaSeed(JANE)!;
    fx.helper.store.setPasswordHash(JANE, 'scrypt$1024$8$1$AAAA$BBBB');
    expect((await fx.helper.core.signInWithPassword(ctx, { username: JANE, password: DEMO_PASSWORD })).ok).toBe(false);
    reset(JANE);
    expect(fx.helper.store.findAccount(JANE)?.passwordHash).toBe(seed.passwordHash);
    expect((await fx.helper.core.signInWithPassword(ctx, { username: JANE, password: DEMO_PASSWORD })).ok).toBe(true);
  });

  it('keeps Amir\'s demo key and demo recovery codes, putting back used codes and a reset authenticator', async () => {
    const key = fx.helper.demoSecrets().get(AMIR)!;
    const before = personOf(AMIR);
    expect(before.demoKey).toBe(key);
    expect(before.recoveryCodes.knownUnused).toHaveLength(10);
    const [first] = before.recoveryCodes.knownUnused;
    // Amir uses a recovery code with "I have lost my phone": his key stops working.
    const pending = await pendingSignIn(fx.helper, AMIR);
    expect(fx.helper.core.verifyChallenge(ctx, pending.sessionId, { challenge: pending.challenge, recoveryCode: first!, replaceAuthenticator: true }).ok).toBe(true);
    expect(personOf(AMIR)).toMatchObject({ demoKey: null, mfa: { newAuthenticatorDue: true }, recoveryCodes: { left: 9 } });
    expect(personOf(AMIR).recoveryCodes.knownUnused).not.toContain(first);

    const after = reset(AMIR);
    expect(after).toMatchObject({ demoKey: key, mfa: { on: true, newAuthenticatorDue: false }, recoveryCodes: { left: 10, knownUnused: before.recoveryCodes.knownUnused } });
    expect(fx.helper.demoSecrets().get(AMIR)).toBe(key);
    // The key works again, and so does the code used before.
    const again = await pendingSignIn(fx.helper, AMIR);
    expect(fx.helper.core.verifyChallenge(ctx, again.sessionId, { challenge: again.challenge, code: codeNow(key, fx.clock) }).ok).toBe(true);
    const withCode = await pendingSignIn(fx.helper, AMIR);
    expect(fx.helper.core.verifyChallenge(ctx, withCode.sessionId, { challenge: withCode.challenge, recoveryCode: first! }).ok).toBe(true);
  });

  it('with new keys, gives Amir a new demo key and codes; the old key and codes stop working; the training phone follows', async () => {
    const oldKey = fx.helper.demoSecrets().get(AMIR)!;
    const oldCodes = personOf(AMIR).recoveryCodes.knownUnused;
    const after = reset(AMIR, true);
    expect(after.demoKey).not.toBe(oldKey);
    expect(after.demoKey).toBe(fx.helper.demoSecrets().get(AMIR));
    expect(after.recoveryCodes.knownUnused).toHaveLength(10);
    expect(after.recoveryCodes.knownUnused.some((code) => oldCodes.includes(code))).toBe(false);
    const phone = fx.helper.training.phone.view().accounts.filter((account) => account.accountName === AMIR);
    expect(phone).toHaveLength(1);
    expect(phone[0]?.code).toBe(codeNow(after.demoKey!, fx.clock));

    const old = await pendingSignIn(fx.helper, AMIR);
    expect(fx.helper.core.verifyChallenge(ctx, old.sessionId, { challenge: old.challenge, code: codeNow(oldKey, fx.clock) })).toMatchObject({ ok: false, error: { code: 'invalid-code' } });
    expect(fx.helper.core.verifyChallenge(ctx, old.sessionId, { challenge: old.challenge, recoveryCode: oldCodes[0]! })).toMatchObject({ ok: false, error: { code: 'invalid-code' } });
    expect(fx.helper.core.verifyChallenge(ctx, old.sessionId, { challenge: old.challenge, code: codeNow(after.demoKey!, fx.clock) }).ok).toBe(true);
    // And the next restart keeps the new ones.
    expect((await fx.reopen()).demoSecrets().get(AMIR)).toBe(after.demoKey);
  });

  it('resets everyone at once', async () => {
    await enrolJane(fx);
    const people = fx.helper.training.resetEveryone(ctx, { newKeys: false });
    expect(people.map((p) => p.username)).toEqual(TRAINING_SETUP.personas.map((p) => p.username));
    expect(people.filter((p) => p.mfa.on).map((p) => p.username)).toEqual(['999AKHAN01', '999RPATEL01']);
  });

  it('refuses someone who is not a demo account', () => {
    expect(fx.helper.training.resetPerson(ctx, '999NOBODY01', { newKeys: false })).toMatchObject({ ok: false, error: { code: 'unknown-person' } });
  });
});

describe('the one way past "MFA cannot be turned off" (attacker\'s tests)', () => {
  const withDatabase = (work: (db: Database.Database) => void) => {
    const db = new Database(path.join(fx.dataDir, DATABASE_FILE));
    try {
      work(db);
    } finally {
      db.close();
    }
  };

  it('outside a reset, the database still refuses to turn MFA off, delete or replace an enrolled account', () => {
    withDatabase((db) => {
      expect(() => db.prepare(`UPDATE accounts SET mfa_enabled_at = NULL, totp_secret_sealed = NULL WHERE username = '${AMIR}'`).run()).toThrow(/MFA cannot be turned off/);
      db.pragma('foreign_keys = OFF');
      expect(() => db.prepare(`DELETE FROM accounts WHERE username = '${AMIR}'`).run()).toThrow(/MFA cannot be turned off/);
      expect(() => db.prepare(`REPLACE INTO accounts (username, display_name, job_title, privilege, employment, internet_access, email, date_of_birth, password_hash)
        VALUES ('${AMIR}', 'A', 'B', 'staff', 'active', 'approved', 'e', 'd', 'h')`).run()).toThrow(/MFA cannot be turned off/);
    });
    expect(fx.helper.store.findAccount(AMIR)?.mfaEnabledAt).not.toBeNull();
  });

  it('a reset of one account opens nobody else\'s, and never deletes or replaces an account', () => {
    withDatabase((db) => {
      const attempt = db.transaction(() => {
        db.prepare(`INSERT INTO training_reset_in_progress (username) VALUES ('${JANE}')`).run();
        db.prepare(`UPDATE accounts SET mfa_enabled_at = NULL, totp_secret_sealed = NULL WHERE username = '${AMIR}'`).run();
      });
      expect(() => { attempt(); }).toThrow(/MFA cannot be turned off/);
      db.pragma('foreign_keys = OFF');
      const deleting = db.transaction(() => {
        db.prepare(`INSERT INTO training_reset_in_progress (username) VALUES ('${AMIR}')`).run();
        db.prepare(`DELETE FROM accounts WHERE username = '${AMIR}'`).run();
      });
      expect(() => { deleting(); }).toThrow(/MFA cannot be turned off/);
      // Rolled back: no marker is left behind.
      expect(db.prepare('SELECT count(*) AS n FROM training_reset_in_progress').get()).toEqual({ n: 0 });
    });
    expect(fx.helper.store.findAccount(AMIR)?.mfaEnabledAt).not.toBeNull();
  });

  it('leaves no marker after a reset, nor after one that fails half-way', async () => {
    await enrolJane(fx);
    reset(JANE);
    withDatabase((db) => { expect(db.prepare('SELECT count(*) AS n FROM training_reset_in_progress').get()).toEqual({ n: 0 }); });
    await enrolJane(fx);
    expect(() => fx.helper.store.transaction(() => {
      resetPersona(fx.helper.deps, TRAINING_SETUP, ctx, JANE, { newKeys: false });
      throw new Error('power cut');
    })).toThrow('power cut');
    // Nothing of the reset happened, marker included: Jane's MFA is still on and still cannot be turned off.
    expect(fx.helper.store.findAccount(JANE)?.mfaEnabledAt).not.toBeNull();
    withDatabase((db) => {
      expect(db.prepare('SELECT count(*) AS n FROM training_reset_in_progress').get()).toEqual({ n: 0 });
      expect(() => db.prepare(`UPDATE accounts SET mfa_enabled_at = NULL, totp_secret_sealed = NULL WHERE username = '${JANE}'`).run()).toThrow(/MFA cannot be turned off/);
    });
  });

  it('a marker left in the file (a crash, a bug) is cleared when the helper opens it', async () => {
    fx.helper.close();
    withDatabase((db) => { db.prepare(`INSERT INTO training_reset_in_progress (username) VALUES ('${AMIR}')`).run(); });
    await fx.reopen();
    withDatabase((db) => {
      expect(() => db.prepare(`UPDATE accounts SET mfa_enabled_at = NULL, totp_secret_sealed = NULL WHERE username = '${AMIR}'`).run()).toThrow(/MFA cannot be turned off/);
    });
  });
});
