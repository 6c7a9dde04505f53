import { durationText } from '../../../shared/words/index.js';
import { RESET_LIFETIME_MS } from '../../core/password-reset.js';
import { html, type Html } from './html.js';
import { errorSummary, layout, textField, type FieldError } from './layout.js';

const errorFor = (errors: readonly FieldError[], field: string) => errors.find((e) => e.field === field)?.message;
const page = (title: string, errors: readonly FieldError[], body: Html) =>
  layout({
    title: errors.length > 0 ? `Error: ${title}` : title,
    page: 'forgotten-password',
    body: html`<div class="nhsuk-grid-row"><div class="nhsuk-grid-column-two-thirds">${errorSummary(errors)}${body}</div></div>`,
  });

export function resetDetailsPage(input: { errors?: FieldError[]; values?: Record<string, string> }): string {
  const errors = input.errors ?? [];
  return page('Forgotten password', errors, html`
    <h1>Forgotten your password?</h1>
    <p>Enter your username and the email address on your ESR record. If they match, we will email you a code.</p>
    <form action="/forgotten-password" method="post" novalidate>
      ${textField({ id: 'username', label: 'Username', hint: 'For example, 999JSMITH01', autocomplete: 'username', value: input.values?.['username'] ?? '', error: errorFor(errors, 'username') })}
      ${textField({ id: 'email', label: 'Email address', type: 'email', autocomplete: 'email', value: input.values?.['email'] ?? '', error: errorFor(errors, 'email') })}
      <button class="nhsuk-button" type="submit">Continue</button>
    </form>
    <p><a href="/login">Back to sign in</a></p>`);
}

/** Step 2: the code we emailed to the registered address. */
export function resetEmailCodePage(input: { errors?: FieldError[] }): string {
  const errors = input.errors ?? [];
  return page('Check your email', errors, html`
    <h1>Check your email</h1>
    <p>We have emailed you a 6-digit code. It lasts ${durationText(RESET_LIFETIME_MS)}.</p>
    <p class="nhsuk-body-s">Training portal: the email is in the <a href="/demo/mailbox" target="_blank" rel="noopener">demo mailbox (opens in a new tab)</a>.</p>
    <form action="/forgotten-password/email-code" method="post" novalidate>
      ${textField({ id: 'code', label: 'Code from the email', hint: 'For example, 123456', autocomplete: 'one-time-code', error: errorFor(errors, 'code'), extra: html`inputmode="numeric" spellcheck="false"` })}
      <button class="nhsuk-button" type="submit">Continue</button>
    </form>`);
}

/** Step 3 without MFA: the date of birth as well (with MFA on, the app takes its place). */
export function resetDateOfBirthPage(input: { errors?: FieldError[] }): string {
  const errors = input.errors ?? [];
  return page('Confirm it is you', errors, html`
    <h1>Confirm it is you</h1>
    <p>Enter your date of birth as it is on your ESR record.</p>
    <form action="/forgotten-password/verify" method="post" novalidate>
      ${textField({ id: 'dateOfBirth', label: 'Date of birth', type: 'date', autocomplete: 'bday', error: errorFor(errors, 'dateOfBirth') })}
      <button class="nhsuk-button" type="submit">Continue</button>
    </form>
    <p class="nhsuk-body-s">With extra security (MFA) turned on, you would not need this: a code from your phone proves it is you.</p>`);
}

/** Step 3 with MFA on: the app or a recovery code, before they may choose a password. */
export function resetSecondFactorPage(input: { errors?: FieldError[] }): string {
  const errors = input.errors ?? [];
  return page('Confirm it is you', errors, html`
    <h1>Confirm it is you</h1>
    <p>Your account has extra security, so a code from your phone proves it is you. You do not need your personal details.</p>
    <form action="/forgotten-password/verify" method="post" novalidate>
      ${textField({ id: 'code', label: 'Code from Microsoft Authenticator', hint: 'The 6-digit code shown for ESR. It changes every 30 seconds.', autocomplete: 'one-time-code', error: errorFor(errors, 'code'), extra: html`inputmode="numeric" spellcheck="false"` })}
      <button class="nhsuk-button" type="submit">Continue</button>
    </form>
    <details class="nhsuk-details" ${errorFor(errors, 'recoveryCode') === undefined ? '' : html`open`}>
      <summary class="nhsuk-details__summary"><span class="nhsuk-details__summary-text">Use a recovery code instead</span></summary>
      <div class="nhsuk-details__text">
        <form action="/forgotten-password/verify" method="post" novalidate>
          ${textField({ id: 'recoveryCode', label: 'Recovery code', hint: 'For example, ABCD-EFGH-JKLM-NPQR. Each code works once.', autocomplete: 'off', error: errorFor(errors, 'recoveryCode') })}
          <button class="nhsuk-button nhsuk-button--secondary" type="submit">Continue with a recovery code</button>
        </form>
      </div>
    </details>`);
}

export function newPasswordPage(input: { errors?: FieldError[]; rules: readonly string[] }): string {
  const errors = input.errors ?? [];
  return page('Choose a new password', errors, html`
    <h1>Choose a new password</h1>
    <p>Your password must:</p>
    <ul>${input.rules.map((rule) => html`<li>${rule}</li>`)}</ul>
    <form action="/forgotten-password/new" method="post" novalidate>
      ${textField({ id: 'newPassword', label: 'New password', type: 'password', autocomplete: 'new-password', error: errorFor(errors, 'newPassword') })}
      ${textField({ id: 'confirmPassword', label: 'Confirm new password', type: 'password', autocomplete: 'new-password', error: errorFor(errors, 'confirmPassword') })}
      <button class="nhsuk-button" type="submit">Change password</button>
    </form>`);
}

export function passwordChangedPage(): string {
  return page('Password changed', [], html`
    <div class="nhsuk-panel nhsuk-panel--confirmation"><h1 class="nhsuk-panel__title">Your password has been changed</h1></div>
    <p>You have been signed out everywhere. Sign in with your new password.</p>
    <p>We have emailed you about the change. Training portal: the email is in your <a href="/demo/mailbox">demo mailbox (the emails ESR would send to each person)</a>.</p>
    <p><a href="/login">Sign in</a></p>`);
}
