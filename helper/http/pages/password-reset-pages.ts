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
    <p>Enter your details. If they match your ESR record, you can choose a new password.</p>
    <form action="/forgotten-password" method="post" novalidate>
      ${textField({ id: 'username', label: 'Username', hint: 'For example, 999JSMITH01', autocomplete: 'username', value: input.values?.['username'] ?? '', error: errorFor(errors, 'username') })}
      ${textField({ id: 'email', label: 'Email address', type: 'email', autocomplete: 'email', value: input.values?.['email'] ?? '', error: errorFor(errors, 'email') })}
      ${textField({ id: 'dateOfBirth', label: 'Date of birth', type: 'date', autocomplete: 'bday', value: input.values?.['dateOfBirth'] ?? '', error: errorFor(errors, 'dateOfBirth') })}
      <button class="nhsuk-button" type="submit">Continue</button>
    </form>
    <p><a href="/login">Back to sign in</a></p>`);
}

/** Users with MFA on prove the second factor before they may choose a password. */
export function resetSecondFactorPage(input: { errors?: FieldError[] }): string {
  const errors = input.errors ?? [];
  return page('Confirm it is you', errors, html`
    <h1>Confirm it is you</h1>
    <p>Your account has extra security, so we need a code before you can reset your password.</p>
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
