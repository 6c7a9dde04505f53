import { html } from './html.js';
import { errorSummary, layout, textField, type FieldError } from './layout.js';

/**
 * ESR's forgotten-password route asks for username, email and date of birth. Resetting itself
 * arrives with recovery (it must also ask for a second factor for users with MFA on), so for now
 * the page says plainly what to do instead.
 */
export function forgottenPasswordPage(input: { errors?: FieldError[]; submitted?: boolean; values?: Record<string, string> }): string {
  const errors = input.errors ?? [];
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  const body = input.submitted === true
    ? html`<h1>Ask your trainer to reset your password</h1>
        <p>Password reset is not available in the training portal yet.</p>
        <p><a href="/login">Back to sign in</a></p>`
    : html`<div class="nhsuk-grid-row"><div class="nhsuk-grid-column-two-thirds">
        ${errorSummary(errors)}
        <h1>Forgotten your password?</h1>
        <p>Enter your details to reset your password.</p>
        <form action="/forgotten-password" method="post" novalidate>
          ${textField({ id: 'username', label: 'Username', hint: 'For example, 999JSMITH01', autocomplete: 'username', value: input.values?.['username'] ?? '', error: errorFor('username') })}
          ${textField({ id: 'email', label: 'Email address', type: 'email', autocomplete: 'email', value: input.values?.['email'] ?? '', error: errorFor('email') })}
          ${textField({ id: 'dateOfBirth', label: 'Date of birth', type: 'date', autocomplete: 'bday', value: input.values?.['dateOfBirth'] ?? '', error: errorFor('dateOfBirth') })}
          <button class="nhsuk-button" type="submit">Continue</button>
        </form>
        <p><a href="/login">Back to sign in</a></p>
      </div></div>`;
  return layout({ title: errors.length > 0 ? 'Error: Forgotten password' : 'Forgotten password', page: 'forgotten-password', body });
}

export function problemPage(input: { title: string; message: string }): string {
  return layout({
    title: input.title,
    page: 'problem',
    body: html`<h1>${input.title}</h1><p>${input.message}</p><p><a href="/">Go to the ESR training portal</a></p>`,
  });
}
