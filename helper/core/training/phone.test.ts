import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestHelper, type HelperFixture } from '../../../test/support/helper-fixture.js';
import { codeNow, ctx, passwordSignIn } from '../../../test/support/sign-in.js';
import { totpCodeAt } from '../totp.js';

const KEY = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

let fx: HelperFixture;
beforeEach(async () => { fx = await openTestHelper(); });
afterEach(() => { fx.cleanup(); });

const phone = () => fx.helper.training.phone;

describe('the training phone', () => {
  it('starts with Amir\'s and Ravi\'s demo accounts, showing the codes their demo keys make now', () => {
    const view = phone().view();
    expect(view.now).toBe(fx.clock.now());
    expect(view.accounts.map((a) => [a.issuer, a.accountName])).toEqual([['ESR', '999AKHAN01'], ['ESR', '999RPATEL01']]);
    for (const account of view.accounts) expect(account.code).toBe(codeNow(fx.helper.demoSecrets().get(account.accountName)!, fx.clock));
  });

  it('adds a typed key, spaces and case ignored, and works its code out on the training clock', () => {
    const added = phone().addTypedKey({ key: ' jbsw y3dp ehpk 3pxp JBSW Y3DP EHPK 3PXP ', accountName: 'Jane at work' });
    expect(added).toMatchObject({ ok: true, value: { issuer: 'ESR', accountName: 'Jane at work', code: totpCodeAt(KEY, fx.clock.now()), secondsLeft: 30 } });
    fx.clock.advance(12_000);
    expect(phone().view().accounts.find((a) => a.accountName === 'Jane at work')).toMatchObject({ secondsLeft: 18 });
    fx.helper.training.clock.advance(ctx, 3600);
    expect(phone().view().accounts.find((a) => a.accountName === 'Jane at work')?.code).toBe(totpCodeAt(KEY, fx.clock.now() + 3_600_000));
  });

  it('refuses a key no authenticator could use', () => {
    for (const key of ['not a key!', 'JBSWY3DPEHPK3PXP', 'JBSWY3DPEHPK3PX1JBSWY3DPEHPK3PXP', '====']) {
      expect(phone().addTypedKey({ key, accountName: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid-key' } });
    }
    expect(phone().view().accounts).toHaveLength(2);
  });

  it('adding the same account again replaces its key rather than showing two', () => {
    const first = phone().addTypedKey({ key: KEY, accountName: 'Jane' });
    const second = phone().addTypedKey({ key: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', accountName: 'Jane' });
    expect(first.ok && second.ok && first.value.id === second.value.id).toBe(true);
    expect(phone().view().accounts.filter((a) => a.accountName === 'Jane')).toHaveLength(1);
    expect(phone().view().accounts.find((a) => a.accountName === 'Jane')?.code).toBe(totpCodeAt('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', fx.clock.now()));
  });

  it('removes an account, and says when there is none', () => {
    const added = phone().addTypedKey({ key: KEY, accountName: 'Jane' });
    if (!added.ok) throw new Error('not added');
    expect(phone().remove(added.value.id)).toEqual({ ok: true, value: { removed: true } });
    expect(phone().remove(added.value.id)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('keeps its keys sealed in the database', () => {
    phone().addTypedKey({ key: KEY, accountName: 'Jane' });
    const stored = fx.helper.store.listPhoneAccounts().find((a) => a.accountName === 'Jane');
    expect(stored?.secretSealed).toMatch(/^v2\./);
    expect(stored?.secretSealed).not.toContain(KEY);
  });
});

describe('the camera', () => {
  async function startSetUp(username: string) {
    const { sessionId } = await passwordSignIn(fx.helper, username);
    const started = fx.helper.core.startEnrolment(ctx, sessionId);
    if (!started.ok) throw new Error(started.error.code);
    return { sessionId, secret: started.value.secret };
  }

  it('has nothing to scan when no set-up QR code is showing', () => {
    expect(phone().camera()).toEqual({ showing: [] });
    expect(phone().scan(ctx, {})).toMatchObject({ ok: false, error: { code: 'nothing-to-scan' } });
  });

  it('scans the one set-up showing: the key of that session, from the helper', async () => {
    const jane = await startSetUp('999JSMITH01');
    expect(phone().camera()).toEqual({ showing: [{ username: '999JSMITH01', displayName: 'Jane Smith', startedAt: fx.clock.now() }] });
    const scanned = phone().scan(ctx, {});
    expect(scanned).toMatchObject({ ok: true, value: { issuer: 'ESR', accountName: '999JSMITH01', code: codeNow(jane.secret, fx.clock) } });
    expect(fx.helper.store.listAudit({ username: '999JSMITH01', limit: 1 })[0]).toMatchObject({ event: 'training-phone-scanned' });
  });

  it('asks whose code to scan when several are showing, and scans the one named', async () => {
    await startSetUp('999JSMITH01');
    fx.clock.advance(1000);
    const sarah = await startSetUp('999SGREEN01');
    expect(phone().camera().showing.map((s) => s.username)).toEqual(['999SGREEN01', '999JSMITH01']);
    expect(phone().scan(ctx, {})).toMatchObject({ ok: false, error: { code: 'choose-who-to-scan' } });
    expect(phone().scan(ctx, { username: '999sgreen01' })).toMatchObject({ ok: true, value: { accountName: '999SGREEN01', code: codeNow(sarah.secret, fx.clock) } });
    expect(phone().scan(ctx, { username: '999AKHAN01' })).toMatchObject({ ok: false, error: { code: 'nothing-to-scan' } });
  });

  it('counts only live sessions with a set-up still in date', async () => {
    const jane = await startSetUp('999JSMITH01');
    fx.helper.core.signOut(ctx, jane.sessionId);
    expect(phone().camera().showing).toEqual([]);

    await startSetUp('999JSMITH01');
    // Idle for 31 minutes: the session has run out, though nobody signed it out.
    fx.clock.advance(31 * 60_000);
    expect(phone().camera().showing).toEqual([]);
    expect(phone().scan(ctx, {})).toMatchObject({ ok: false, error: { code: 'nothing-to-scan' } });
  });

  it('does not count a set-up older than its lifetime, in a session kept alive', async () => {
    const short = await openTestHelper({ pendingEnrolmentTtlMs: 10 * 60_000 });
    try {
      const { sessionId } = await passwordSignIn(short.helper, '999JSMITH01');
      expect(short.helper.core.startEnrolment(ctx, sessionId).ok).toBe(true);
      short.clock.advance(9 * 60_000);
      short.helper.core.homePage(sessionId);
      expect(short.helper.training.phone.camera().showing).toHaveLength(1);
      short.clock.advance(2 * 60_000);
      short.helper.core.homePage(sessionId);
      expect(short.helper.training.phone.camera().showing).toEqual([]);
    } finally {
      short.cleanup();
    }
  });

  it('shows one set-up per person, their newest', async () => {
    await startSetUp('999JSMITH01');
    fx.clock.advance(1000);
    const newer = await startSetUp('999JSMITH01');
    expect(phone().camera().showing).toHaveLength(1);
    expect(phone().scan(ctx, {})).toMatchObject({ ok: true, value: { code: codeNow(newer.secret, fx.clock) } });
  });
});
