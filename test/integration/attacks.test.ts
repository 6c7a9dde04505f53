import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API_PATHS } from '../../shared/api.js';
import { DEMO_PASSWORD } from '../../helper/personas.js';
import { makeDeviceKey } from '../support/device-key.js';
import { codeInLatestEmail } from '../support/emails.js';
import { challengeIn, type PortalClient } from '../support/http-client.js';
import { postLogin, signInOverHttp } from '../support/http-sign-in.js';
import { startTestServer, type ServerFixture } from '../support/server-fixture.js';
import { codeNow } from '../support/sign-in.js';

/**
 * The takeovers an outside review found, each performed over HTTP as the attacker would: someone
 * holding the password, a lost phone's browser, a burst of guesses sent at once.
 */
let fx: ServerFixture;
beforeEach(async () => { fx = await startTestServer(); });
afterEach(async () => { await fx.stop(); });

const AMIR = { username: '999AKHAN01', email: 'amir.khan@example.nhs.uk', dateOfBirth: '1979-11-03' };

function latestEmail(username: string, kind: string): string {
  return fx.helper.store.listOutbox({ username, kind, limit: 1 })[0]?.body ?? '';
}

/** Ravi (core user) signs in, steps up with his app, and resets Amir's authenticator at the helpdesk. */
async function helpdeskResetsAmir(): Promise<void> {
  const { client: ravi } = await signInOverHttp(fx, '999RPATEL01');
  const stepUp = await ravi.api(API_PATHS.stepUpVerify, { code: codeNow(fx.helper.demoSecrets().get('999RPATEL01')!, fx.clock) });
  expect(stepUp.status).toBe(200);
  fx.clock.advance(30_000);
  const reset = await ravi.postForm('/manager/helpdesk/reset', { 'helpdesk-username': AMIR.username, 'helpdesk-email': AMIR.email, 'helpdesk-dob': AMIR.dateOfBirth, calledBack: 'yes' });
  // The catalogue's apostrophe reaches the page escaped, as every catalogue text does; a browser shows "'".
  expect(reset.body).toContain('999AKHAN01&#39;s authenticator was reset');
}

/** Amir's own browser, remembered for 30 days: its next sign-in needs no code. */
async function amirRemembersThisBrowser() {
  const key = await makeDeviceKey();
  await signInOverHttp(fx, AMIR.username, { key, rememberDevice: true });
  expect((await signInOverHttp(fx, AMIR.username, { key })).neededCode).toBe(false);
  return key;
}

describe('a lost phone or a password reset ends the old trust', () => {
  it("after a helpdesk reset, the lost phone's remembered browser with the password gets no further than the set-up code", async () => {
    const lostBrowser = await amirRemembersThisBrowser();
    const oldSecret = fx.helper.demoSecrets().get(AMIR.username)!;
    await helpdeskResetsAmir();

    const thief = fx.client();
    expect((await postLogin(thief, AMIR.username, { key: lostBrowser })).headers.location).toBe('/login/verify');
    const verify = await thief.get('/login/verify');
    expect(verify.body).toContain('Enter your set-up code');
    expect((await thief.get('/portal')).headers.location).toBe('/login');
    // The lost phone's own codes do nothing; nor does a guessed set-up code.
    const challenge = challengeIn(verify.body);
    expect((await thief.api(API_PATHS.challengeVerify, { challenge, code: codeNow(oldSecret, fx.clock) })).json()).toMatchObject({ error: { code: 'invalid-code' } });
    expect((await thief.api(API_PATHS.challengeVerify, { challenge, setupCode: 'AAAA-BBBB-CCCC-DDDD' })).json()).toMatchObject({ error: { code: 'invalid-code' } });

    // Amir, with his password and the code from his email, reaches the new set-up.
    const setupCode = codeInLatestEmail(fx.helper, AMIR.username, 'setup-code');
    const amir = fx.client();
    await postLogin(amir, AMIR.username);
    const done = await amir.postForm('/login/verify', { challenge: challengeIn((await amir.get('/login/verify')).body), setupCode });
    expect(done.headers.location).toBe('/portal');
    expect((await amir.api(API_PATHS.status, {})).json()).toMatchObject({ session: { mfa: { enabled: true, reenrolmentRequired: true } } });
  });

  it("a recovery-code 'I have lost my phone' forgets every remembered browser", async () => {
    const lostBrowser = await amirRemembersThisBrowser();
    const amir = fx.client();
    await postLogin(amir, AMIR.username);
    const challenge = challengeIn((await amir.get('/login/verify')).body);
    // Amir had no codes yet: make him a set first, from a signed-in session.
    const { client: earlier } = await signInOverHttp(fx, AMIR.username);
    const codes = (await earlier.api(API_PATHS.recoveryCodesRegenerate, { code: codeNow(fx.helper.demoSecrets().get(AMIR.username)!, fx.clock) })).json<{ recoveryCodes: string[] }>().recoveryCodes;
    expect((await amir.api(API_PATHS.challengeVerify, { challenge, recoveryCode: codes[0], replaceAuthenticator: true })).status).toBe(200);
    expect((await postLogin(fx.client(), AMIR.username, { key: lostBrowser })).headers.location).toBe('/login/verify');
  });

  it('a password reset forgets every remembered browser', async () => {
    const oldBrowser = await amirRemembersThisBrowser();
    const client = fx.client();
    await client.postForm('/forgotten-password', { username: AMIR.username, email: AMIR.email });
    const emailed = codeInLatestEmail(fx.helper, AMIR.username, 'password-reset-started');
    expect((await client.postForm('/forgotten-password/email-code', { code: emailed })).headers.location).toBe('/forgotten-password/verify');
    expect((await client.postForm('/forgotten-password/verify', { code: codeNow(fx.helper.demoSecrets().get(AMIR.username)!, fx.clock) })).headers.location).toBe('/forgotten-password/new');
    expect((await client.postForm('/forgotten-password/new', { newPassword: 'Winter47Ward', confirmPassword: 'Winter47Ward' })).body).toContain('Your password has been changed');
    expect((await postLogin(fx.client(), AMIR.username, { key: oldBrowser, password: 'Winter47Ward' })).headers.location).toBe('/login/verify');
  });
});

describe('turning MFA on shuts out whoever else is signed in', () => {
  it("an attacker's password-only session gets its own key, never Jane's, and is signed out and told when she turns MFA on", async () => {
    const { client: attacker } = await signInOverHttp(fx, '999JSMITH01');
    const { client: jane } = await signInOverHttp(fx, '999JSMITH01');
    const attackersKey = (await attacker.api(API_PATHS.enrolmentStart, {})).json<{ secret: string }>().secret;
    const janesKey = (await jane.api(API_PATHS.enrolmentStart, {})).json<{ secret: string }>().secret;
    expect(attackersKey).not.toBe(janesKey);
    expect((await jane.api(API_PATHS.enrolmentConfirm, { code: codeNow(janesKey, fx.clock) })).status).toBe(200);

    expect((await attacker.get('/portal')).headers.location).toBe('/login');
    expect((await attacker.api(API_PATHS.enrolmentStart, {})).json()).toMatchObject({ error: { code: 'not-signed-in' } });
    expect((await attacker.get('/login')).body).toContain('You were signed out because extra security (MFA) was turned on for this account in another browser');
    expect((await jane.get('/portal')).status).toBe(200);
  });

  it("making new recovery codes with 'sign out everywhere else' ends every other session", async () => {
    const { client: other } = await signInOverHttp(fx, AMIR.username);
    const { client: amir } = await signInOverHttp(fx, AMIR.username);
    const renewed = await amir.api(API_PATHS.recoveryCodesRegenerate, { code: codeNow(fx.helper.demoSecrets().get(AMIR.username)!, fx.clock), signOutOthers: true });
    expect(renewed.json()).toMatchObject({ signedOutOthers: 1 });
    expect((await other.get('/portal')).headers.location).toBe('/login');
    expect((await amir.get('/portal')).status).toBe(200);
  });
});

describe('lockouts cannot be raced, and cannot lock staff out for days', () => {
  const wrongThenRight = (client: () => PortalClient, wrong: number) => [
    ...Array.from({ length: wrong }, () => client().postForm('/login', { username: '999JSMITH01', password: 'Wrong1pass' })),
    client().postForm('/login', { username: '999JSMITH01', password: DEMO_PASSWORD }),
  ];

  it('12 wrong passwords and the right one sent at once: only the five free guesses are judged', async () => {
    const responses = await Promise.all(wrongThenRight(() => fx.client(), 12));
    const audit = fx.helper.store.listAudit({ username: '999JSMITH01', limit: 100 });
    expect(audit.filter((e) => e.event === 'sign-in-failed' || e.event === 'sign-in')).toHaveLength(5);
    expect(audit.filter((e) => e.event === 'sign-in-refused-locked')).toHaveLength(8);
    // Whichever five were judged, the other eight (the right password among them, if it came late) were turned away.
    expect(responses.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(8);
  });

  it('20 wrong passwords at once lock the account for an hour at most, then the right one works', async () => {
    const responses = await Promise.all(Array.from({ length: 20 }, () => fx.client().postForm('/login', { username: '999JSMITH01', password: 'Wrong1pass' })));
    const waits = responses.map((r) => /Try again in (\d+) (minute|second)/.exec(r.body)).filter((m) => m !== null).map((m) => Number(m[1]) * (m[2] === 'minute' ? 60 : 1));
    expect(waits.length).toBeGreaterThan(0);
    expect(Math.max(...waits)).toBeLessThanOrEqual(3600);
    fx.clock.advance(60 * 60_000);
    expect((await fx.client().postForm('/login', { username: '999JSMITH01', password: DEMO_PASSWORD })).headers.location).toBe('/portal');
  });

  it('someone with the password guessing codes gets at most 100 judged in a day, though Amir signs in every 10 minutes', async () => {
    const secret = fx.helper.demoSecrets().get(AMIR.username)!;
    const start = fx.clock.now();
    let judged = 0;
    while (fx.clock.now() - start < 24 * 60 * 60_000) {
      // The attacker stops one short of a wait, and lets Amir's next sign-in clear the count.
      const attacker = fx.client();
      await attacker.postForm('/login', { username: AMIR.username, password: DEMO_PASSWORD });
      const challenge = challengeIn((await attacker.get('/login/verify')).body);
      for (let i = 0; i < 4; i++) {
        const guess = await attacker.api(API_PATHS.challengeVerify, { challenge, code: '000000' });
        if (guess.json<{ error: { code: string } }>().error.code === 'invalid-code') judged++;
      }
      fx.clock.advance(10 * 60_000);
      const amir = fx.client();
      await amir.postForm('/login', { username: AMIR.username, password: DEMO_PASSWORD });
      await amir.api(API_PATHS.challengeVerify, { challenge: challengeIn((await amir.get('/login/verify')).body), code: codeNow(secret, fx.clock) });
      fx.clock.advance(30_000);
    }
    expect(judged).toBeLessThanOrEqual(100);
    // Without the daily allowance, each of Amir's 140 sign-ins would have handed out four more.
    expect(judged).toBeGreaterThan(80);
  }, 60_000);

  it("emailed step-up codes count with every other code: asking for a new email starts no new count", async () => {
    const { client: sarah } = await signInOverHttp(fx, '999SGREEN01');
    await sarah.get('/step-up');
    for (let i = 0; i < 4; i++) expect((await sarah.api(API_PATHS.stepUpVerify, { code: '000000' })).json()).toMatchObject({ error: { code: 'invalid-code' } });
    fx.clock.advance(61_000);
    await sarah.postForm('/step-up/resend', {});
    expect((await sarah.api(API_PATHS.stepUpVerify, { code: '000000' })).json()).toMatchObject({ error: { code: 'mfa-locked' } });
  });
});

describe('a forgotten password needs something the person has', () => {
  it("Jane's username, email and date of birth alone do not reset her password: the code sent to her email is needed, and she is told a reset started", async () => {
    const attacker = fx.client();
    const started = await attacker.postForm('/forgotten-password', { username: '999JSMITH01', email: 'jane.smith@example.nhs.uk', dateOfBirth: '1988-04-12' });
    expect(started.headers.location).toBe('/forgotten-password/email-code');
    expect((await attacker.postForm('/forgotten-password/verify', { dateOfBirth: '1988-04-12' })).headers.location).toBe('/forgotten-password/email-code');
    expect((await attacker.postForm('/forgotten-password/new', { newPassword: 'Winter47Ward', confirmPassword: 'Winter47Ward' })).headers.location).toBe('/forgotten-password/email-code');
    expect((await fx.client().postForm('/login', { username: '999JSMITH01', password: DEMO_PASSWORD })).headers.location).toBe('/portal');
    expect(latestEmail('999JSMITH01', 'password-reset-started')).toContain('Someone started resetting the password for your ESR account');
  });
});

describe('a reset cannot be turned against the person', () => {
  async function startAmirsReset(): Promise<PortalClient> {
    const client = fx.client();
    await client.postForm('/forgotten-password', { username: AMIR.username, email: AMIR.email });
    return client;
  }

  it("a stranger who knows Amir's username and email, guessing reset codes, does not stop Amir signing in with his app", async () => {
    const stranger = await startAmirsReset();
    const answers = [];
    for (let i = 0; i < 12; i++) answers.push((await stranger.postForm('/forgotten-password/email-code', { code: '000000' })).status);
    expect(answers).toContain(429);
    expect((await signInOverHttp(fx, AMIR.username)).neededCode).toBe(true);
  });

  it('at most three reset emails an hour, however often a reset is started', async () => {
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await fx.client().postForm('/forgotten-password', { username: AMIR.username, email: AMIR.email })).status);
    expect(statuses).toEqual([303, 303, 303, 429, 429]);
    expect(fx.helper.store.listOutbox({ username: AMIR.username, kind: 'password-reset-started', limit: 10 })).toHaveLength(3);
    fx.clock.advance(60 * 60_000);
    expect((await fx.client().postForm('/forgotten-password', { username: AMIR.username, email: AMIR.email })).status).toBe(303);
  });
});

describe('codes sent by email stay in the mailbox', () => {
  it("someone signed in with Jane's password cannot read her reset code on the activity page or through the extension's status", async () => {
    const { client: attacker } = await signInOverHttp(fx, '999JSMITH01');
    await fx.client().postForm('/forgotten-password', { username: '999JSMITH01', email: 'jane.smith@example.nhs.uk' });
    const code = codeInLatestEmail(fx.helper, '999JSMITH01', 'password-reset-started');
    expect(code).toMatch(/^\d{6}$/);
    expect((await attacker.get('/account/activity')).body).not.toContain(code);
    expect((await attacker.api(API_PATHS.status, {})).body).not.toContain(code);
  });

  it("the helpdesk's set-up code is in Amir's mailbox only, never among the messages shown once he is signed in", async () => {
    await helpdeskResetsAmir();
    const code = codeInLatestEmail(fx.helper, AMIR.username, 'setup-code');
    const amir = fx.client();
    await postLogin(amir, AMIR.username);
    await amir.postForm('/login/verify', { challenge: challengeIn((await amir.get('/login/verify')).body), setupCode: code });
    expect((await amir.get('/account/activity')).body).not.toContain(code);
    expect((await amir.api(API_PATHS.status, {})).body).not.toContain(code);
    expect((await amir.get('/account/activity')).body).toContain('Your ESR authenticator was reset');
  });
});

describe('smaller holes', () => {
  it('remembering a device is audited and emailed', async () => {
    await amirRemembersThisBrowser();
    expect(fx.helper.store.listAudit({ username: AMIR.username, limit: 50 }).map((e) => e.event)).toContain('device-remembered');
    expect(latestEmail(AMIR.username, 'device-remembered')).toContain('will not be asked for a code for 30 days');
  });

  it('a replayed code sends at most one email an hour', async () => {
    const secret = fx.helper.demoSecrets().get(AMIR.username)!;
    const code = codeNow(secret, fx.clock);
    await signInOverHttp(fx, AMIR.username);
    fx.clock.advance(-30_000);
    for (let i = 0; i < 5; i++) {
      const thief = fx.client();
      await thief.postForm('/login', { username: AMIR.username, password: DEMO_PASSWORD });
      expect((await thief.api(API_PATHS.challengeVerify, { challenge: challengeIn((await thief.get('/login/verify')).body), code })).json()).toMatchObject({ error: { code: 'code-already-used' } });
    }
    expect(fx.helper.store.listOutbox({ username: AMIR.username, kind: 'code-replayed', limit: 10 })).toHaveLength(1);
  });

  it("every cookie is named for the port, so two portals on one computer do not overwrite each other's", async () => {
    const response = await fx.client().postForm('/login', { username: '999JSMITH01', password: DEMO_PASSWORD });
    expect(response.headers['set-cookie']?.[0]).toMatch(new RegExp(`^esr_session_${fx.port}=`));
    const reset = await fx.client().postForm('/forgotten-password', { username: '999JSMITH01', email: 'jane.smith@example.nhs.uk' });
    expect(reset.headers['set-cookie']?.[0]).toMatch(new RegExp(`^esr_reset_${fx.port}=`));
  });

  it('25 mailbox passwords sent at once: only the five free guesses are judged, the right one among the rest turned away', async () => {
    const attempts = Array.from({ length: 24 }, () => fx.client().postForm('/demo/mailbox', { username: '999SGREEN01', password: 'Wrong1pass' }));
    attempts.push(fx.client().postForm('/demo/mailbox', { username: '999SGREEN01', password: 'Mailbox26' }));
    await Promise.all(attempts);
    const judged = fx.helper.store.listAudit({ username: '999SGREEN01', limit: 100 }).filter((e) => e.event === 'mailbox-open-failed' || e.event === 'mailbox-opened');
    expect(judged).toHaveLength(5);
  });
});
