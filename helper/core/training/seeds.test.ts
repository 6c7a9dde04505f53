import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../../../test/support/fake-clock.js';
import { TEST_SCRYPT_COST } from '../../../test/support/helper-fixture.js';
import { migrateToSchema11 } from '../../../test/support/schema.js';
import { codeNow, ctx } from '../../../test/support/sign-in.js';
import { DATABASE_FILE, KEY_FILE, openHelper, systemRandom, type Helper } from '../../app.js';
import { DEMO_MAILBOX_PASSWORD, DEMO_PASSWORD, PERSONAS } from '../../personas.js';
import { hashPassword } from '../password-hash.js';
import { createSecretBox } from '../secret-box.js';
import { createSessionTokens } from '../tokens.js';
import { newTotpSecret } from '../totp.js';
import { profileOf } from './deps.js';

/**
 * A training laptop set up before the training room: schema 11, the six personas of then, Amir and
 * Ravi seeded with MFA on and no recovery codes, and whatever a class did since.
 */
const OLD_PERSONAS = ['999JSMITH01', '999AKHAN01', '999PJONES01', '999TBROWN01', '999SGREEN01', '999RPATEL01'];

let dataDir: string;
let clock: FakeClock;
let helper: Helper | undefined;
const keys = { amir: '', ravi: '', jane: '' };
const raviOwnCodes = ['AAAABBBBCCCCDDDD', 'EEEEFFFFGGGGHHHH', 'IIIIJJJJKKKKLLLL'];

async function makeSchema11Database(): Promise<void> {
  const masterKey = randomBytes(32);
  writeFileSync(path.join(dataDir, KEY_FILE), `${masterKey.toString('base64url')}\n`, { mode: 0o600 });
  const box = createSecretBox(masterKey, systemRandom);
  const tokens = createSessionTokens(masterKey);
  const db = new Database(path.join(dataDir, DATABASE_FILE));
  migrateToSchema11(db);
  const insert = db.prepare(`INSERT INTO accounts (username, display_name, job_title, privilege, employment, internet_access, email, date_of_birth,
    password_hash, mfa_enabled_at, totp_secret_sealed, mailbox_password_hash, reenrolment_required_at)
    VALUES (@username, @displayName, @jobTitle, @privilege, @employment, @internetAccess, @email, @dateOfBirth, @passwordHash, @mfaEnabledAt, @totp, @mailbox, @reenrolment)`);
  keys.amir = newTotpSecret(systemRandom);
  keys.ravi = newTotpSecret(systemRandom);
  keys.jane = newTotpSecret(systemRandom);
  // Amir as seeded; Ravi lost his phone (his key is one nobody holds) and made codes before; Jane turned MFA on in a lesson.
  const mfa: Record<string, { key: string; reenrolment: number | null }> = {
    '999AKHAN01': { key: keys.amir, reenrolment: null },
    '999RPATEL01': { key: keys.ravi, reenrolment: clock.now() },
    '999JSMITH01': { key: keys.jane, reenrolment: null },
  };
  for (const persona of PERSONAS.filter((p) => OLD_PERSONAS.includes(p.username))) {
    const on = mfa[persona.username];
    insert.run({
      ...profileOf(persona),
      passwordHash: await hashPassword(DEMO_PASSWORD, systemRandom, TEST_SCRYPT_COST),
      mailbox: await hashPassword(DEMO_MAILBOX_PASSWORD, systemRandom, TEST_SCRYPT_COST),
      mfaEnabledAt: on === undefined ? null : clock.now(),
      totp: on === undefined ? null : box.seal(on.key, { account: persona.username, purpose: 'totp' }),
      reenrolment: on?.reenrolment ?? null,
    });
  }
  const code = db.prepare('INSERT INTO recovery_codes (username, code_digest, created_at) VALUES (?, ?, ?)');
  for (const own of raviOwnCodes) code.run('999RPATEL01', tokens.recoveryCodeDigest(own), clock.now());
  db.close();
}

const open = async () => {
  helper?.close();
  helper = await openHelper({ dataDir, clock, seedPasswordCost: TEST_SCRYPT_COST });
  return helper;
};
const person = (h: Helper, username: string) => {
  const found = h.training.person(username);
  if (!found.ok) throw new Error(found.error.code);
  return found.value;
};

beforeEach(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'esr-mfa-upgrade-'));
  clock = new FakeClock();
  helper = undefined;
  await makeSchema11Database();
});
afterEach(() => {
  helper?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('upgrading a schema 11 database at start', () => {
  it('reaches the newest schema with the clock at real time, and adds the personas it lacked', async () => {
    const h = await open();
    const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(13);
    db.close();
    expect(h.training.clock.view()).toMatchObject({ moved: false, offsetMs: 0 });
    expect(h.store.listAccounts().map((a) => a.username)).toEqual([...OLD_PERSONAS, '999KOKAFOR01', '999DEVANS01', '999GLLOYD01']);
    expect(person(h, '999KOKAFOR01')).toMatchObject({ internetAccess: 'requested', mfa: { on: false } });
    expect((await h.core.signInWithPassword(ctx, { username: '999DEVANS01', password: DEMO_PASSWORD })).ok).toBe(true);
  });

  it('keeps Amir\'s key as his demo key, and gives him the demo recovery codes, as he had none', async () => {
    const h = await open();
    expect(h.demoSecrets().get('999AKHAN01')).toBe(keys.amir);
    const amir = person(h, '999AKHAN01');
    expect(amir).toMatchObject({ demoKey: keys.amir, recoveryCodes: { left: 10 } });
    expect(amir.recoveryCodes.knownUnused).toHaveLength(10);
    expect(h.training.phone.view().accounts.find((a) => a.accountName === '999AKHAN01')?.code).toBe(codeNow(keys.amir, clock));
  });

  it('leaves Ravi\'s lost phone and his own recovery codes as they are until a reset, which gives him a demo set', async () => {
    const h = await open();
    const before = person(h, '999RPATEL01');
    expect(before).toMatchObject({ demoKey: null, mfa: { on: true, newAuthenticatorDue: true }, recoveryCodes: { left: 3, knownUnused: [] } });
    // A key nobody held is no demo key: the phone does not get it.
    expect(h.training.phone.view().accounts.map((a) => a.accountName)).toEqual(['999AKHAN01']);
    const after = h.training.resetPerson(ctx, '999RPATEL01', { newKeys: false });
    expect(after).toMatchObject({ ok: true, value: { mfa: { on: true, newAuthenticatorDue: false }, recoveryCodes: { left: 10 } } });
    expect(after.ok && after.value.demoKey).not.toBe(keys.ravi);
    expect(after.ok && after.value.demoKey).toBe(h.demoSecrets().get('999RPATEL01'));
  });

  it('does not touch what a class did: Jane keeps MFA on until she is reset', async () => {
    const h = await open();
    expect(person(h, '999JSMITH01')).toMatchObject({ mfa: { on: true }, demoKey: null });
    expect(h.demoSecrets().get('999JSMITH01')).toBe(keys.jane);
    expect(h.training.resetPerson(ctx, '999JSMITH01', { newKeys: false })).toMatchObject({ ok: true, value: { mfa: { on: false } } });
  });

  it('changes nothing at the next start', async () => {
    const first = await open();
    const codes = person(first, '999AKHAN01').recoveryCodes.knownUnused;
    const phone = first.training.phone.view().accounts.map((a) => a.id);
    const second = await open();
    expect(person(second, '999AKHAN01').recoveryCodes.knownUnused).toEqual(codes);
    expect(second.training.phone.view().accounts.map((a) => a.id)).toEqual(phone);
    expect(second.store.listAccounts()).toHaveLength(9);
  });
});
