import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../shared/errors.js';
import { findEnglish } from '../../../test/kit/english-text.js';
import { labelTexts, visibleTexts } from '../../../test/support/visible-text.js';
import type { ActivityView, MailboxView } from '../../core/views.js';
import type { GuideLinks } from '../guide-files.js';
import { codeErrorMessage, passwordErrorMessage } from '../wording.js';
import { activityPage } from './activity-page.js';
import { helpPage } from './help-page.js';
import { homePage } from './home-page.js';
import { languageSwitch, layout, trainingClockBanner } from './layout.js';
import { html } from './html.js';
import { mailboxPage, mailboxSignInPage } from './mailbox-pages.js';
import { managerPage, stepUpPage } from './manager-pages.js';
import { problemPage } from './other-pages.js';
import { newPasswordPage, passwordChangedPage, resetDateOfBirthPage, resetDetailsPage, resetEmailCodePage, resetSecondFactorPage } from './password-reset-pages.js';
import { sessionTimeoutDialog } from './session-timeout-dialog.js';
import { loginPage, signedOutPage, verifyPage } from './sign-in-pages.js';
import { portalWordsFor, type PortalWords } from './words/index.js';

// Sunday 29 November 2026, 12:40 in London.
const AT = Date.UTC(2026, 10, 29, 12, 40);
const MINUTE = 60_000;

const activity: ActivityView = {
  username: '999GLLOYD01',
  mfaOn: true,
  recoveryCodesLeft: 9,
  signIns: [
    { at: AT, deviceLabel: 'Chrome on Linux', location: 'Leeds', outcome: 'signed-in', risk: [] },
    { at: AT - MINUTE, deviceLabel: 'A browser on an unknown system', location: 'Lagos', outcome: 'wrong-code', risk: ['new-device', 'unusual-location'] },
    { at: AT - 2 * MINUTE, deviceLabel: 'Firefox on Windows', location: 'Leeds', outcome: 'signed-in-remembered-device', risk: [] },
    { at: AT - 3 * MINUTE, deviceLabel: 'Trainer console', location: 'Leeds', outcome: 'wrong-password', risk: [] },
  ],
  rememberedDevices: [{ thumbprint: 'abc', label: 'Chrome on Linux', lastSeenAt: AT, rememberedUntil: AT + 30 * 24 * 60 * MINUTE, thisDevice: true }],
  messages: [{ at: AT, channel: 'email', kind: 'mfa-enabled', ...portalWordsFor('cy').shared.emails['mfa-enabled']({ when: 'Dydd Sul 29 Tachwedd 2026, 12:40' }) }],
};

const mailbox: MailboxView = {
  username: '999GLLOYD01',
  email: 'gwen.lloyd@example.nhs.wales',
  openUntil: AT + 15 * MINUTE,
  messages: [{ at: AT, channel: 'email', kind: 'step-up-code', ...portalWordsFor('cy').shared.emails['step-up-code']({ code: '123456', lasts: '10 munud' }) }],
};

/** The guide's links as the help page gets them, with the guide made in `language`. */
const guideIn = (language: 'en' | 'cy'): GuideLinks => {
  const suffix = language === 'en' ? '' : `.${language}`;
  return {
    document: { language, urls: { html: `/help/guide/mfa-step-by-step${suffix}.html`, pdf: `/help/guide/mfa-step-by-step${suffix}.pdf` } },
    video: { language, urls: { webm: `/help/guide/mfa-setup-video${suffix}.webm`, vtt: `/help/guide/mfa-setup-video${suffix}.vtt` } },
  };
};

/** Every page the portal sends, in every state a route can put it in: errors, notices, empty and full lists. */
function everyPage(words: PortalWords): Record<string, string> {
  const { shared } = words;
  const field = (message: string) => [{ field: 'username', message }];
  const refusals = ERROR_CODES.flatMap((code) => [
    passwordErrorMessage({ code, retryAfterSeconds: 90 }, shared),
    codeErrorMessage(code === 'invalid-code' ? { code, attemptsLeft: 2 } : { code, retryAfterSeconds: 45 }, shared),
  ]);
  return {
    login: loginPage(words, { demoUsernames: ['999GLLOYD01'], deviceNonce: 'n' }),
    'login, signed out elsewhere': loginPage(words, { demoUsernames: [], deviceNonce: 'n', signedOutBecause: shared.sessionEnded['mfa-enabled'] }),
    'login, missing fields': loginPage(words, { demoUsernames: [], deviceNonce: 'n', errors: [{ field: 'username', message: words.signIn.enterUsername }, { field: 'password', message: words.signIn.enterPassword }] }),
    'login, every refusal': loginPage(words, { demoUsernames: [], deviceNonce: 'n', errors: refusals.map((message) => ({ field: 'password', message })) }),
    verify: verifyPage(words, { challenge: 'c', username: '999GLLOYD01', method: 'app' }),
    'verify, wrong code': verifyPage(words, { challenge: 'c', username: '999GLLOYD01', method: 'app', error: words.verify.enterCode }),
    'verify, wrong recovery code': verifyPage(words, { challenge: 'c', username: '999GLLOYD01', method: 'app', recoveryError: shared.refusals.noTriesLeft }),
    'set-up code': verifyPage(words, { challenge: 'c', username: '999GLLOYD01', method: 'setup-code', error: words.setupCode.enterSetupCode }),
    'signed out': signedOutPage(words),
    'signed out, inactive': signedOutPage(words, { heading: shared.sessionTimeout.signedOutHeading, message: shared.sessionTimeout.signedOutBecauseInactive('30 munud') }),
    home: homePage(words, { username: '999GLLOYD01', displayName: 'Gwen Lloyd', jobTitle: 'Nyrs gymunedol', privilege: 'core-user', employment: 'active', internetAccess: 'requested', mfaOn: false, managerArea: true }),
    'home, left': homePage(words, { username: '999GLLOYD01', displayName: 'Gwen Lloyd', jobTitle: 'Nyrs gymunedol', privilege: 'manager', employment: 'left', internetAccess: 'rejected', mfaOn: true, managerArea: false }),
    activity: activityPage(words, activity),
    help: helpPage(words, { links: guideIn(words.language), signedInAs: '999GLLOYD01' }),
    'help, guide not made in this language yet': helpPage(words, { links: guideIn('en') }),
    'activity, empty': activityPage(words, { ...activity, mfaOn: false, recoveryCodesLeft: null, signIns: [], rememberedDevices: [], messages: [] }),
    'mailbox sign-in': mailboxSignInPage(words, { notice: words.mailbox.signedOutNotice, errors: [{ field: 'password', message: words.mailbox.wrongDetails }, { field: 'username', message: words.mailbox.enterUsername }] }),
    mailbox: mailboxPage(words, mailbox),
    'mailbox, empty': mailboxPage(words, { ...mailbox, messages: [] }),
    'step-up by app': stepUpPage(words, { view: { username: '999GLLOYD01', method: 'app', email: null, codeLastsMs: 10 * MINUTE }, error: words.stepUp.enterCode }),
    'step-up by email': stepUpPage(words, { view: { username: '999GLLOYD01', method: 'email', email: 'gwen.lloyd@example.nhs.wales', codeLastsMs: 10 * MINUTE } }),
    manager: managerPage(words, { view: { username: '999GLLOYD01', steppedUpAt: AT, stepUpLastsSeconds: 900, helpdesk: true }, maxAge: '15 munud' }),
    'manager, helpdesk done': managerPage(words, { view: { username: '999GLLOYD01', steppedUpAt: AT, stepUpLastsSeconds: 900, helpdesk: true }, maxAge: '15 munud', helpdesk: { kind: 'done', username: '999AKHAN01' } }),
    'manager, helpdesk refused': managerPage(words, { view: { username: '999GLLOYD01', steppedUpAt: AT, stepUpLastsSeconds: 900, helpdesk: true }, maxAge: '15 munud', helpdesk: { kind: 'refused', message: words.manager.helpdesk.tickCalledBack, values: {} } }),
    'manager, nothing to reset': managerPage(words, { view: { username: '999GLLOYD01', steppedUpAt: AT, stepUpLastsSeconds: 900, helpdesk: true }, maxAge: '15 munud', helpdesk: { kind: 'refused', message: words.manager.helpdesk.nothingToReset, values: {} } }),
    'reset details': resetDetailsPage(words, { errors: [...field(words.reset.enterUsername), { field: 'email', message: words.reset.enterEmail }] }),
    'reset expired': resetDetailsPage(words, { errors: field(shared.errors['reset-expired']) }),
    'reset email code': resetEmailCodePage(words, { errors: [{ field: 'code', message: words.reset.enterEmailCode }] }),
    'reset date of birth': resetDateOfBirthPage(words, { errors: [{ field: 'dateOfBirth', message: words.reset.enterDateOfBirth }] }),
    'reset second factor': resetSecondFactorPage(words, { errors: [{ field: 'code', message: words.reset.enterAppCode }, { field: 'recoveryCode', message: shared.refusals.codeAlreadyUsed }] }),
    'new password': newPasswordPage(words, { errors: [{ field: 'confirmPassword', message: words.reset.passwordsDoNotMatch }, ...Object.values(words.reset.rules).map((message) => ({ field: 'newPassword', message }))] }),
    'password changed': passwordChangedPage(words),
    'not found': problemPage(words, { title: words.problems.notFoundTitle, message: shared.errors['not-found'] }),
    'too many requests': problemPage(words, { title: words.problems.tooManyRequests, message: words.problems.waitAMinute }),
    'server error': problemPage(words, { title: words.problems.internalTitle, message: words.problems.goBack }),
    'bad request': problemPage(words, { title: words.problems.badRequestTitle, message: words.problems.goBack }),
    'request refused': problemPage(words, { title: words.problems.refusedTitle, message: words.problems.refusedMessage }),
    'manager area refused': problemPage(words, { title: words.manager.cannotOpenTitle, message: words.manager.cannotOpenMessage }),
    'unknown language': problemPage(words, { title: words.problems.unknownLanguageTitle, message: shared.errors['not-found'] }),
    // The parts the server fills in as a page is sent: the switch, the clock's banner, the time-out warning.
    'filled-in parts': layout(words, {
      title: words.home.title,
      page: 'home',
      signedInAs: '999GLLOYD01',
      body: html`${languageSwitch(words, '/portal')}${trainingClockBanner({ now: () => AT, offsetMs: () => 26 * 60 * MINUTE }, words.language)}${sessionTimeoutDialog({ secondsLeft: 100, warnSeconds: 120, extendable: true }, shared)}`,
    }),
  };
}

describe('every portal page in Welsh', () => {
  const pages = Object.entries(everyPage(portalWordsFor('cy')));

  it.each(pages)('%s: no English left, in what is read or in its labels', (_name, page) => {
    expect(findEnglish([...visibleTexts(page), ...labelTexts(page)])).toEqual([]);
  });

  it.each(pages)('%s: marked as Welsh, with the switch to English marked as English', (_name, page) => {
    expect(page).toMatch(/^<!doctype html>\s*<html lang="cy">/);
    expect(page).toContain('<!--esr-language-switch-->');
  });

  it('writes dates, device names and the durations in Welsh', () => {
    const page = activityPage(portalWordsFor('cy'), activity);
    expect(page).toContain('Dydd Sul 29 Tachwedd 2026, 12:40');
    expect(page).toContain('Chrome ar Linux');
    expect(page).toContain('Porwr ar system anhysbys');
    expect(page).toContain('Consol yr hyfforddwr');
    expect(page).toContain('30 diwrnod');
  });

  it('offers English from a Welsh page, and Cymraeg from an English one, each in its own language', () => {
    const toEnglish = languageSwitch(portalWordsFor('cy'), '/login?x=1').value;
    expect(toEnglish).toContain('href="/language/en?back=%2Flogin%3Fx%3D1" lang="en" hreflang="en"');
    expect(toEnglish).toContain('>English</a>');
    const toWelsh = languageSwitch(portalWordsFor('en'), '/portal').value;
    expect(toWelsh).toContain('href="/language/cy?back=%2Fportal" lang="cy" hreflang="cy"');
    expect(toWelsh).toContain('>Cymraeg</a>');
  });

  it('links the help page from every page\'s footer, in Welsh', () => {
    for (const [, page] of pages) expect(page).toContain('<a href="/help/mfa" data-esr-help-link>Cymorth gyda dilysu aml-ffactor (MFA)</a>');
  });

  it('plays the Welsh video with Welsh captions when they are made, and says so when only the English ones are', () => {
    const made = helpPage(portalWordsFor('cy'), { links: guideIn('cy') });
    expect(made).toContain('<track kind="captions" src="/help/guide/mfa-setup-video.cy.vtt" srclang="cy" label="Cymraeg">');
    expect(made).toContain('href="/help/guide/mfa-step-by-step.cy.html" hreflang="cy"');
    expect(made).not.toContain('data-esr-guide-in-english');
    const notMade = helpPage(portalWordsFor('cy'), { links: guideIn('en') });
    expect(notMade).toMatch(/<video [^>]*lang="en"/);
    expect(notMade).toContain('<track kind="captions" src="/help/guide/mfa-setup-video.vtt" srclang="en" label="English">');
    expect(notMade).toContain('href="/help/guide/mfa-step-by-step.pdf" hreflang="en"');
    expect(notMade).toContain('Mae’r fideo a’r canllaw yn Saesneg am y tro');
  });

  it('gives the time-out script the Welsh for its minutes and seconds', () => {
    const dialog = sessionTimeoutDialog({ secondsLeft: 100, warnSeconds: 120, extendable: true }, portalWordsFor('cy').shared).value;
    expect(dialog).toContain('data-time-words="{&quot;minute&quot;:{&quot;one&quot;:&quot;munud&quot;,&quot;many&quot;:&quot;munud&quot;},&quot;second&quot;:{&quot;one&quot;:&quot;eiliad&quot;,&quot;many&quot;:&quot;eiliad&quot;}}"');
  });
});

describe('the same pages in English read as before', () => {
  const english = everyPage(portalWordsFor('en'));

  it.each(Object.entries(english))('%s: marked as British English, and read as English by the check the Welsh pages pass', (_name, page) => {
    expect(page).toMatch(/^<!doctype html>\s*<html lang="en-GB">/);
    expect(findEnglish(visibleTexts(page))).not.toEqual([]);
  });

  it('keeps the words people and tests know', () => {
    expect(english['login, missing fields']).toContain('<title>Error: Sign in – ESR training portal</title>');
    expect(english['login, missing fields']).toContain('There is a problem');
    expect(english['login, missing fields']).toContain('<span class="nhsuk-u-visually-hidden">Error: </span>Enter your username');
    expect(english.login).toContain('Skip to main content');
    expect(english.login).toContain('Fields marked with <span class="esr-required" aria-hidden="true">*</span><span class="nhsuk-u-visually-hidden">an asterisk</span> are required.');
    expect(english.verify).toContain('<h1>Verification needed</h1>');
    expect(english.home).toContain('Welcome, Gwen Lloyd');
    expect(english.activity).toContain('Chrome on Linux');
    expect(english.activity).toContain('Sunday 29 November 2026, 12:40');
    expect(english.activity).toContain('Signed in (remembered device, no code needed)');
    expect(english['manager, helpdesk done']).toContain('999AKHAN01&#39;s authenticator was reset');
    expect(english['not found']).toContain('<h1>Page not found</h1><p>There is nothing at this address.</p>');
  });
});
