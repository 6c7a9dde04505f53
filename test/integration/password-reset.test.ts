import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../helper/personas.js';
import { codeInLatestEmail } from '../support/emails.js';
import type { PortalClient } from '../support/http-client.js';
import { readMailboxOf } from '../support/mailbox.js';
import { startTestServer, type ServerFixture } from '../support/server-fixture.js';
import { codeNow } from '../support/sign-in.js';

let fx: ServerFixture;
beforeEach(async () => { fx = await startTestServer(); });
afterEach(async () => { await fx.stop(); });

const NEW_PASSWORD = 'Winter47Ward';
const details = { '999JSMITH01': ['jane.smith@example.nhs.uk', '1988-04-12'], '999AKHAN01': ['amir.khan@example.nhs.uk', '1979-11-03'] } as const;

async function startReset(client: PortalClient, username: keyof typeof details) {
  const [email] = details[username];
  return client.postForm('/forgotten-password', { username, email });
}

/** Details, then the emailed code: the reset then asks for the second factor. */
async function startResetWithEmail(client: PortalClient, username: keyof typeof details) {
  const started = await startReset(client, username);
  expect(started).toMatchObject({ status: 303, headers: { location: '/forgotten-password/email-code' } });
  const emailed = await client.postForm('/forgotten-password/email-code', { code: codeInLatestEmail(fx.helper, username, 'password-reset-started') });
  expect(emailed).toMatchObject({ status: 303, headers: { location: '/forgotten-password/verify' } });
  return emailed;
}

describe('forgotten password', () => {
  it('Jane (MFA off) resets with her email address, the emailed code and her date of birth; every session ends, and she is told', async () => {
    const signedIn = fx.client();
    await signedIn.postForm('/login', { username: '999JSMITH01', password: DEMO_PASSWORD });
    expect((await signedIn.get('/portal')).status).toBe(200);

    const client = fx.client();
    await startResetWithEmail(client, '999JSMITH01');
    expect((await client.get('/forgotten-password/new')).headers.location).toBe('/forgotten-password/verify');
    expect((await client.postForm('/forgotten-password/verify', { dateOfBirth: '1990-01-01' })).status).toBe(401);
    expect((await client.postForm('/forgotten-password/verify', { dateOfBirth: details['999JSMITH01'][1] })).headers.location).toBe('/forgotten-password/new');
    const weak = await client.postForm('/forgotten-password/new', { newPassword: 'abcd1234', confirmPassword: 'abcd1234' });
    expect(weak.status).toBe(422);
    expect(weak.body).toContain('Do not use 4 characters in sequence');
    const common = await client.postForm('/forgotten-password/new', { newPassword: 'Liverpool1', confirmPassword: 'Liverpool1' });
    expect(common.status).toBe(422);
    expect(common.body).toContain('This password is too common. Choose one that is harder to guess.');
    const done = await client.postForm('/forgotten-password/new', { newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    expect(done.body).toContain('Your password has been changed');

    expect((await signedIn.get('/portal')).headers.location).toBe('/login');
    expect((await fx.client().postForm('/login', { username: '999JSMITH01', password: DEMO_PASSWORD })).status).toBe(401);
    expect((await fx.client().postForm('/login', { username: '999JSMITH01', password: NEW_PASSWORD })).headers.location).toBe('/portal');
    expect(fx.helper.store.listOutbox({ username: '999JSMITH01', limit: 5 }).map((m) => m.kind)).toContain('password-reset');
    expect((await readMailboxOf(fx.port, '999JSMITH01')).body).toContain('Your ESR password was changed');
    // The reset is single use.
    expect((await client.postForm('/forgotten-password/new', { newPassword: 'Another5Pass', confirmPassword: 'Another5Pass' })).status).toBe(410);
  });

  it('Amir (MFA on) cannot reset without a second factor', async () => {
    const client = fx.client();
    await startResetWithEmail(client, '999AKHAN01');
    // With MFA on, the date of birth is not asked for: the app stands in for it, and cannot be skipped.
    expect((await client.postForm('/forgotten-password/verify', { dateOfBirth: details['999AKHAN01'][1] })).status).toBe(400);
    expect((await client.get('/forgotten-password/new')).headers.location).toBe('/forgotten-password/verify');
    const skipped = await client.postForm('/forgotten-password/new', { newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    expect(skipped.headers.location).toBe('/forgotten-password/verify');
    const wrong = await client.postForm('/forgotten-password/verify', { code: '000000' });
    expect(wrong.status).toBe(422);
    expect((await fx.client().postForm('/login', { username: '999AKHAN01', password: DEMO_PASSWORD })).headers.location).toBe('/login/verify');
  });

  it('Amir resets with an app code, and his next sign-in still needs a code', async () => {
    const client = fx.client();
    await startResetWithEmail(client, '999AKHAN01');
    const secret = fx.helper.demoSecrets().get('999AKHAN01')!;
    expect((await client.postForm('/forgotten-password/verify', { code: codeNow(secret, fx.clock) })).headers.location).toBe('/forgotten-password/new');
    expect((await client.postForm('/forgotten-password/new', { newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).body).toContain('Your password has been changed');
    expect((await fx.client().postForm('/login', { username: '999AKHAN01', password: NEW_PASSWORD })).headers.location).toBe('/login/verify');
  });

  it('wrong details are refused without saying which part was wrong, and count towards the lockout', async () => {
    const responses = [];
    for (let i = 0; i < 5; i++) responses.push(await fx.client().postForm('/forgotten-password', { username: '999JSMITH01', email: 'someone@example.com' }));
    expect(responses.slice(0, 4).every((r) => r.status === 401 && r.body.includes('do not match our records'))).toBe(true);
    expect(responses[4]?.status).toBe(429);
    expect((await fx.client().postForm('/forgotten-password', { username: '999NOBODY01', email: 'a@b.c' })).body).toContain('do not match our records');
  });

  it('a reset expires after 15 minutes', async () => {
    const client = fx.client();
    await startReset(client, '999JSMITH01');
    fx.clock.advance(15 * 60_000);
    expect((await client.postForm('/forgotten-password/email-code', { code: codeInLatestEmail(fx.helper, '999JSMITH01', 'password-reset-started') })).status).toBe(410);
    expect((await client.postForm('/forgotten-password/new', { newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).status).toBe(410);
  });
});
