import { durationText } from '../../../shared/words/index.js';
import { RESET_LIFETIME_MS } from '../../core/password-reset.js';
import { html, type Html } from './html.js';
import { errorSummary, layout, textField, type FieldError } from './layout.js';
import type { PortalWords } from './words/index.js';

const errorFor = (errors: readonly FieldError[], field: string) => errors.find((e) => e.field === field)?.message;
const page = (words: PortalWords, title: string, errors: readonly FieldError[], body: Html) =>
  layout(words, {
    title,
    hasErrors: errors.length > 0,
    page: 'forgotten-password',
    body: html`<div class="nhsuk-grid-row"><div class="nhsuk-grid-column-two-thirds">${errorSummary(words, errors)}${body}</div></div>`,
  });

export function resetDetailsPage(words: PortalWords, input: { errors?: FieldError[]; values?: Record<string, string> }): string {
  const w = words.reset;
  const errors = input.errors ?? [];
  return page(words, w.detailsTitle, errors, html`
    <h1>${w.detailsHeading}</h1>
    <p>${w.detailsIntro}</p>
    <form action="/forgotten-password" method="post" novalidate>
      ${textField({ words, id: 'username', label: w.username, hint: w.usernameHint, autocomplete: 'username', value: input.values?.['username'] ?? '', error: errorFor(errors, 'username') })}
      ${textField({ words, id: 'email', label: w.email, type: 'email', autocomplete: 'email', value: input.values?.['email'] ?? '', error: errorFor(errors, 'email') })}
      <button class="nhsuk-button" type="submit">${w.continue}</button>
    </form>
    <p><a href="/login">${w.backToSignIn}</a></p>`);
}

/** Step 2: the code we emailed to the registered address. */
export function resetEmailCodePage(words: PortalWords, input: { errors?: FieldError[] }): string {
  const w = words.reset;
  const errors = input.errors ?? [];
  return page(words, w.checkEmail, errors, html`
    <h1>${w.checkEmail}</h1>
    <p>${w.emailedCode(durationText(RESET_LIFETIME_MS, words.shared))}</p>
    <p class="nhsuk-body-s">${w.inMailbox} <a href="/demo/mailbox" target="_blank" rel="noopener">${w.demoMailboxNewTab}</a>.</p>
    <form action="/forgotten-password/email-code" method="post" novalidate>
      ${textField({ words, id: 'code', label: w.codeFromEmail, hint: w.codeFromEmailHint, autocomplete: 'one-time-code', error: errorFor(errors, 'code'), extra: html`inputmode="numeric" spellcheck="false"` })}
      <button class="nhsuk-button" type="submit">${w.continue}</button>
    </form>`);
}

/** Step 3 without MFA: the date of birth as well (with MFA on, the app takes its place). */
export function resetDateOfBirthPage(words: PortalWords, input: { errors?: FieldError[] }): string {
  const w = words.reset;
  const errors = input.errors ?? [];
  return page(words, w.confirmTitle, errors, html`
    <h1>${w.confirmTitle}</h1>
    <p>${w.dateOfBirthIntro}</p>
    <form action="/forgotten-password/verify" method="post" novalidate>
      ${textField({ words, id: 'dateOfBirth', label: w.dateOfBirth, type: 'date', autocomplete: 'bday', error: errorFor(errors, 'dateOfBirth') })}
      <button class="nhsuk-button" type="submit">${w.continue}</button>
    </form>
    <p class="nhsuk-body-s">${w.withMfaNote}</p>`);
}

/** Step 3 with MFA on: the app or a recovery code, before they may choose a password. */
export function resetSecondFactorPage(words: PortalWords, input: { errors?: FieldError[] }): string {
  const w = words.reset;
  const errors = input.errors ?? [];
  return page(words, w.confirmTitle, errors, html`
    <h1>${w.confirmTitle}</h1>
    <p>${w.secondFactorIntro}</p>
    <form action="/forgotten-password/verify" method="post" novalidate>
      ${textField({ words, id: 'code', label: w.codeFromApp, hint: w.codeFromAppHint, autocomplete: 'one-time-code', error: errorFor(errors, 'code'), extra: html`inputmode="numeric" spellcheck="false"` })}
      <button class="nhsuk-button" type="submit">${w.continue}</button>
    </form>
    <details class="nhsuk-details" ${errorFor(errors, 'recoveryCode') === undefined ? '' : html`open`}>
      <summary class="nhsuk-details__summary"><span class="nhsuk-details__summary-text">${w.useRecoveryCode}</span></summary>
      <div class="nhsuk-details__text">
        <form action="/forgotten-password/verify" method="post" novalidate>
          ${textField({ words, id: 'recoveryCode', label: w.recoveryCode, hint: w.recoveryCodeHint, autocomplete: 'off', error: errorFor(errors, 'recoveryCode') })}
          <button class="nhsuk-button nhsuk-button--secondary" type="submit">${w.continueWithRecoveryCode}</button>
        </form>
      </div>
    </details>`);
}

export function newPasswordPage(words: PortalWords, input: { errors?: FieldError[] }): string {
  const w = words.reset;
  const errors = input.errors ?? [];
  return page(words, w.newPasswordTitle, errors, html`
    <h1>${w.newPasswordTitle}</h1>
    <p>${w.mustIntro}</p>
    <ul>${NEW_PASSWORD_RULES.map((rule) => html`<li>${w.rules[rule]}</li>`)}</ul>
    <form action="/forgotten-password/new" method="post" novalidate>
      ${textField({ words, id: 'newPassword', label: w.newPassword, type: 'password', autocomplete: 'new-password', error: errorFor(errors, 'newPassword') })}
      ${textField({ words, id: 'confirmPassword', label: w.confirmPassword, type: 'password', autocomplete: 'new-password', error: errorFor(errors, 'confirmPassword') })}
      <button class="nhsuk-button" type="submit">${w.changePassword}</button>
    </form>`);
}

/** The rules a new password page lists up front; the others are said only when broken. */
export const NEW_PASSWORD_RULES = ['too-short', 'needs-letter', 'needs-number', 'repeated-characters', 'sequential-characters', 'contains-username'] as const;

export function passwordChangedPage(words: PortalWords): string {
  const w = words.reset;
  return page(words, w.changedTitle, [], html`
    <div class="nhsuk-panel nhsuk-panel--confirmation"><h1 class="nhsuk-panel__title">${w.changedHeading}</h1></div>
    <p>${w.signedOutEverywhere}</p>
    <p>${w.emailedAbout} <a href="/demo/mailbox">${w.mailboxLink}</a>.</p>
    <p><a href="/login">${w.signIn}</a></p>`);
}
