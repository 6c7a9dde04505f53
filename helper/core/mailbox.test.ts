import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestHelper, type HelperFixture } from '../../test/support/helper-fixture.js';
import { ctx } from '../../test/support/sign-in.js';
import { undoTrainingRoom } from '../../test/support/schema.js';
import { DATABASE_FILE } from '../app.js';
import { DEMO_MAILBOX_PASSWORD, DEMO_PASSWORD } from '../personas.js';
import { MAILBOX_SESSION_MS } from './mailbox.js';

let fx: HelperFixture;
beforeEach(async () => { fx = await openTestHelper(); });
afterEach(() => { fx.cleanup(); });

describe('demo mailboxes', () => {
  it('open with the mailbox password only, and show only that person, until the session runs out', async () => {
    const { mailbox } = fx.helper.core;
    expect(await mailbox.open(ctx, { username: '999SGREEN01', password: DEMO_PASSWORD })).toEqual({ ok: false, error: { code: 'invalid-credentials' } });
    const opened = await mailbox.open(ctx, { username: '999sgreen01 ', password: DEMO_MAILBOX_PASSWORD });
    if (!opened.ok) throw new Error(opened.error.code);
    fx.helper.store.appendOutbox({ at: fx.clock.now(), username: '999JSMITH01', channel: 'email', kind: 'password-reset', subject: 'For Jane', body: 'Jane only' });
    fx.helper.store.appendOutbox({ at: fx.clock.now(), username: '999SGREEN01', channel: 'email', kind: 'step-up-code', subject: 'For Sarah', body: 'Sarah only' });
    const read = mailbox.read(opened.value.token);
    expect(read.ok && read.value.messages.map((m) => m.body)).toEqual(['Sarah only']);
    fx.clock.advance(MAILBOX_SESSION_MS);
    expect(mailbox.read(opened.value.token)).toEqual({ ok: false, error: { code: 'not-signed-in' } });
  });

  it('accounts made before mailboxes had passwords get the demo mailbox password when the helper next starts', async () => {
    fx.helper.close();
    // Put the database back to schema 9 (the one before mailboxes), as a training laptop set up before this change would have it.
    const db = new Database(path.join(fx.dataDir, DATABASE_FILE));
    undoTrainingRoom(db);
    db.exec('DROP TABLE mailbox_sessions; DROP TRIGGER usernames_do_not_change; ALTER TABLE accounts DROP COLUMN mailbox_password_hash;');
    db.pragma('user_version = 9');
    db.close();

    const helper = await fx.reopen();
    expect(helper.store.listAccounts().every((account) => account.mailboxPasswordHash?.startsWith('scrypt$'))).toBe(true);
    expect((await helper.core.mailbox.open(ctx, { username: '999JSMITH01', password: DEMO_MAILBOX_PASSWORD })).ok).toBe(true);
    expect((await helper.core.mailbox.open(ctx, { username: '999JSMITH01', password: DEMO_PASSWORD })).ok).toBe(false);
  });
});
