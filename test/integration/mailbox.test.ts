import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashToken } from '../../helper/core/tokens.js';
import { DEMO_MAILBOX_PASSWORD, DEMO_PASSWORD } from '../../helper/personas.js';
import { httpRequest, type PortalClient } from '../support/http-client.js';
import { MailboxReader } from '../support/mailbox.js';
import { startTestServer, type ServerFixture } from '../support/server-fixture.js';

/**
 * The demo mailbox holds emailed one-time codes, so it is attacked like a sign-in: by someone with
 * no password, by someone with only the ESR password, and by someone holding another person's
 * mailbox. Each test asserts what that attacker sees over HTTP.
 */
let fx: ServerFixture;
beforeEach(async () => { fx = await startTestServer(); });
afterEach(async () => { await fx.stop(); });

const SARAH = '999SGREEN01';
const JANE = '999JSMITH01';

/** Sarah signs in to ESR and opens the manager area: a step-up code is emailed to her. */
async function sarahIsSentACode(): Promise<{ sarah: PortalClient; code: string }> {
  const sarah = fx.client();
  await sarah.postForm('/login', { username: SARAH, password: DEMO_PASSWORD });
  await sarah.get('/step-up');
  const code = /is (\d{6})\./.exec(fx.helper.store.listOutbox({ username: SARAH, limit: 1 })[0]?.body ?? '')?.[1];
  if (code === undefined) throw new Error('no step-up code was sent');
  return { sarah, code };
}

/** Five wrong ESR passwords for Jane: she is emailed that sign-in was paused. */
async function janeIsSentALockoutNotice(): Promise<void> {
  for (let i = 0; i < 5; i++) await fx.client().postForm('/login', { username: JANE, password: 'Wrong1pass' });
}

function showsMessages(body: string): boolean {
  return body.includes('data-esr-outbox-kind');
}

describe('the demo mailbox', () => {
  it('an anonymous visitor to /demo/mailbox or the old /demo/outbox sees the sign-in form, no message and no code', async () => {
    const { code } = await sarahIsSentACode();

    // The old outbox handed this code to anyone who asked.
    const outbox = await httpRequest(fx.port, { path: '/demo/outbox' });
    expect(outbox.body).not.toContain(code);
    expect(showsMessages(outbox.body)).toBe(false);
    expect(outbox.status).toBe(303);
    expect(outbox.headers.location).toBe('/demo/mailbox');

    const mailbox = await httpRequest(fx.port, { path: '/demo/mailbox' });
    expect(mailbox.body).not.toContain(code);
    expect(showsMessages(mailbox.body)).toBe(false);
    expect(mailbox.status).toBe(200);
    expect(mailbox.body).toContain('data-esr-page="mailbox"');
    expect(mailbox.body).toContain('Mailbox password');
  });

  it("someone with Sarah's ESR password, or her signed-in ESR session, cannot read her mailbox", async () => {
    const { sarah, code } = await sarahIsSentACode();

    const attacker = new MailboxReader(fx.port);
    const refused = await attacker.signIn(SARAH, DEMO_PASSWORD);
    expect(refused.status).toBe(401);
    expect(refused.body).toContain('The username or mailbox password is not correct.');
    expect(refused.body).not.toContain(code);
    expect(attacker.cookie).toBeUndefined();
    expect((await attacker.read()).body).not.toContain(code);

    const withSession = await sarah.get('/demo/mailbox');
    expect(withSession.body).not.toContain(code);
    expect(showsMessages(withSession.body)).toBe(false);
  });

  it("Sarah's mailbox shows her step-up code, newest first, and never Jane's messages", async () => {
    await janeIsSentALockoutNotice();
    const { code } = await sarahIsSentACode();

    const reader = new MailboxReader(fx.port);
    const signedIn = await reader.signIn(SARAH);
    expect(signedIn).toMatchObject({ status: 303, headers: { location: '/demo/mailbox' } });
    const setCookie = signedIn.headers['set-cookie']?.find((c) => c.startsWith(`esr_mailbox_${fx.port}=`)) ?? '';
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).toContain('Path=/demo/mailbox');

    const page = (await reader.read()).body;
    expect(page).toContain(code);
    expect(page).toContain('sarah.green@example.nhs.uk');
    expect(page).not.toContain('jane.smith@example.nhs.uk');
    expect(page).not.toContain(JANE);
    expect(page).not.toContain('data-esr-outbox-kind="password-lockout"');
    const kinds = [...page.matchAll(/data-esr-outbox-kind="([a-z-]+)"/g)].map((match) => match[1]);
    expect(kinds).toEqual(['step-up-code', 'new-sign-in']);

    // Jane's notice is real: it is in her own mailbox.
    const jane = new MailboxReader(fx.port);
    await jane.signIn(JANE);
    expect((await jane.read()).body).toContain('data-esr-outbox-kind="password-lockout"');
  });

  it("Sarah's mailbox cookie does not open anyone else's mailbox, and dies when she signs out of it", async () => {
    await janeIsSentALockoutNotice();
    const { code } = await sarahIsSentACode();
    const reader = new MailboxReader(fx.port);
    await reader.signIn(SARAH);
    const sarahsCookie = reader.cookie;

    const asked = await reader.read(`/demo/mailbox?username=${JANE}`);
    expect(asked.body).toContain(code);
    expect(asked.body).not.toContain('jane.smith@example.nhs.uk');

    const wrong = await reader.post('/demo/mailbox', { username: JANE, password: 'Wrong1pass' });
    expect(wrong.status).toBe(401);
    expect(showsMessages(wrong.body)).toBe(false);
    expect(wrong.body).not.toContain('Sign-in to your ESR account was paused');

    await reader.close();
    expect(reader.cookie).toBeUndefined();
    const replayed = await httpRequest(fx.port, { path: '/demo/mailbox', headers: { cookie: sarahsCookie ?? '' } });
    expect(replayed.body).not.toContain(code);
    expect(showsMessages(replayed.body)).toBe(false);
  });

  it('a mailbox session is stored only as a hash and ends after 15 minutes', async () => {
    const { code } = await sarahIsSentACode();
    const reader = new MailboxReader(fx.port);
    await reader.signIn(SARAH);
    const token = (reader.cookie ?? '').replace(`esr_mailbox_${fx.port}=`, '');
    expect(fx.helper.store.findMailboxSession(token)).toBeUndefined();
    expect(fx.helper.store.findMailboxSession(hashToken(token))?.username).toBe(SARAH);

    fx.clock.advance(15 * 60_000);
    const later = await reader.read();
    expect(later.body).not.toContain(code);
    expect(later.body).toContain('You were signed out of the mailbox');
  });

  it('a wrong mailbox password and an unknown username get the same page and status', async () => {
    const typed = (response: { status: number; body: string }, username: string) => ({ status: response.status, body: response.body.replaceAll(username, 'TYPED') });
    const wrongPassword = await new MailboxReader(fx.port).signIn(SARAH, 'Wrong1pass');
    const unknownName = await new MailboxReader(fx.port).signIn('999NOBODY01', 'Wrong1pass');
    expect(wrongPassword.status).toBe(401);
    expect(typed(unknownName, '999NOBODY01')).toEqual(typed(wrongPassword, SARAH));
    expect(wrongPassword.headers['set-cookie']).toBeUndefined();
    expect(unknownName.headers['set-cookie']).toBeUndefined();
  });

  it('guessing a mailbox password is slowed: after five wrong tries even the right one must wait', async () => {
    for (const username of [SARAH, '999NOBODY01']) {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await new MailboxReader(fx.port).signIn(username, `Wrong${i}pass`)).status);
      expect(statuses).toEqual([401, 401, 401, 401, 429]);
      const waiting = await new MailboxReader(fx.port).signIn(username, DEMO_MAILBOX_PASSWORD);
      expect(waiting.status).toBe(429);
      expect(waiting.body).toContain('Try again in');
    }
    fx.clock.advance(2 * 60_000);
    expect((await new MailboxReader(fx.port).signIn(SARAH)).status).toBe(303);
  });
});
