import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import path from 'node:path';
import { openTestHelper, type HelperFixture } from '../../test/support/helper-fixture.js';
import { codeNow, ctx, sessionRecord } from '../../test/support/sign-in.js';
import { DATABASE_FILE } from '../app.js';

/**
 * "Once on, MFA cannot be turned off": whatever anyone does through the core, an account with MFA
 * on keeps it, and the database itself refuses a write that would turn it off.
 */
describe('no path turns MFA off', () => {
  let fx: HelperFixture;
  beforeAll(async () => { fx = await openTestHelper(); });
  afterAll(() => { fx.cleanup(); });

  const action = fc.oneof(
    fc.record({ kind: fc.constant('password' as const), username: fc.constantFrom('999AKHAN01', '999RPATEL01', '999JSMITH01'), right: fc.boolean() }),
    fc.record({ kind: fc.constant('code' as const), right: fc.boolean(), offsetSteps: fc.integer({ min: -3, max: 3 }) }),
    fc.record({ kind: fc.constant('complete' as const) }),
    fc.record({ kind: fc.constant('enrol-start' as const) }),
    fc.record({ kind: fc.constant('enrol-confirm' as const), code: fc.stringMatching(/^\d{6}$/) }),
    fc.record({ kind: fc.constant('sign-out' as const) }),
    fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 10 * 60_000 }) }),
  );

  it('holds for any sequence of sign-ins, codes, enrolment attempts, sign-outs and waits', async () => {
    const core = fx.helper.core;
    const secrets = fx.helper.demoSecrets();
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 25 }), async (actions) => {
        let current: { sessionId: string; challenge?: string } | undefined;
        const session = () => current?.sessionId;
        for (const a of actions) {
          if (a.kind === 'password') {
            const result = await core.signInWithPassword(ctx, { username: a.username, password: a.right ? 'Training26' : 'Wrong1pass' });
            if (result.ok) current = result.value;
          } else if (a.kind === 'code' && current?.challenge !== undefined) {
            const username = sessionRecord(fx.helper, current.sessionId)?.username ?? '999AKHAN01';
            const code = a.right ? codeNow(secrets.get(username) ?? 'AAAAAAAA', fx.clock, a.offsetSteps) : '000000';
            core.verifyChallenge(ctx, session(), { challenge: current.challenge, code });
          } else if (a.kind === 'complete' && current?.challenge !== undefined) {
            const done = core.completeSignIn(ctx, session(), current.challenge);
            if (done.ok) current = done.value;
          } else if (a.kind === 'enrol-start') {
            core.startEnrolment(ctx, session());
          } else if (a.kind === 'enrol-confirm') {
            core.confirmEnrolment(ctx, session(), a.code);
          } else if (a.kind === 'sign-out') {
            core.signOut(ctx, session());
            current = undefined;
          } else if (a.kind === 'wait') {
            fx.clock.advance(a.ms);
          }
          for (const username of ['999AKHAN01', '999RPATEL01']) {
            expect(fx.helper.store.findAccount(username)?.mfaEnabledAt).not.toBeNull();
            expect(core.status(session()).session).not.toMatchObject({ user: { username }, mfa: { enabled: false } });
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('the database refuses to turn MFA off or drop the secret, even by direct SQL', () => {
    const db = new Database(path.join(fx.dataDir, DATABASE_FILE));
    try {
      expect(() => db.prepare("UPDATE accounts SET mfa_enabled_at = NULL, totp_secret_sealed = NULL WHERE username = '999AKHAN01'").run()).toThrow(/MFA cannot be turned off/);
      expect(() => db.prepare("UPDATE accounts SET totp_secret_sealed = NULL WHERE username = '999AKHAN01'").run()).toThrow(/MFA cannot be turned off/);
      // Nor by deleting the row, or replacing it with one that has MFA off.
      db.pragma('foreign_keys = OFF');
      expect(() => db.prepare("DELETE FROM accounts WHERE username = '999AKHAN01'").run()).toThrow(/MFA cannot be turned off/);
      expect(() => db.prepare(`INSERT OR REPLACE INTO accounts (username, display_name, job_title, privilege, employment, internet_access, email, date_of_birth, password_hash)
        SELECT username, display_name, job_title, privilege, employment, internet_access, email, date_of_birth, password_hash FROM accounts WHERE username = '999AKHAN01'`).run()).toThrow(/MFA cannot be turned off/);
      expect(() => db.prepare("UPDATE OR REPLACE accounts SET username = '999AKHAN01' WHERE username = '999JSMITH01'").run()).toThrow(/usernames do not change/);
      expect(() => db.prepare("REPLACE INTO accounts (username, display_name, job_title, privilege, employment, internet_access, email, date_of_birth, password_hash) VALUES ('999AKHAN01', 'A', 'B', 'staff', 'active', 'approved', 'e', 'd', 'h')").run()).toThrow(/MFA cannot be turned off/);
    } finally {
      db.close();
    }
    expect(fx.helper.store.findAccount('999AKHAN01')?.mfaEnabledAt).not.toBeNull();
  });

  it('a successful enrolment is permanent too', async () => {
    const core = fx.helper.core;
    const signIn = await core.signInWithPassword(ctx, { username: '999SGREEN01', password: 'Training26' });
    if (!signIn.ok) throw new Error('sign-in failed');
    const session = signIn.value.sessionId;
    const started = core.startEnrolment(ctx, session);
    if (!started.ok) throw new Error('start failed');
    expect(core.confirmEnrolment(ctx, session, codeNow(started.value.secret, fx.clock)).ok).toBe(true);
    expect(core.startEnrolment(ctx, session)).toEqual({ ok: false, error: { code: 'not-eligible', reason: 'already-enrolled' } });
    expect(fx.helper.store.findAccount('999SGREEN01')?.mfaEnabledAt).not.toBeNull();
  });
});
