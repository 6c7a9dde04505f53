import { durationText } from '../../../shared/words/index.js';
import { SETUP_CODE_LIFETIME_MS } from '../../core/authenticator-reset.js';
import type { HelpdeskResetView, ManagerView, StepUpView } from '../../core/views.js';
import { STEP_UP_METHOD_ATTRIBUTE } from '../../../shared/portal.js';
import { html } from './html.js';
import { errorSummary, layout, textField } from './layout.js';

/** "Confirm it's you" before the manager area: a code from the app, or one sent by email. */
export function stepUpPage(input: { view: StepUpView; error?: string | undefined }): string {
  const { view } = input;
  const errors = input.error === undefined ? [] : [{ field: 'code', message: input.error }];
  const intro =
    view.method === 'app'
      ? html`<p>The manager area holds other people's details. Enter the 6-digit code from Microsoft Authenticator to confirm it is you.</p>`
      : html`<p>The manager area holds other people's details. We have sent a 6-digit code to your email address, ${view.email}. It works once and lasts ${durationText(view.codeLastsMs)}.</p>
          <p class="nhsuk-body-s">Training portal: the email is in your <a href="/demo/mailbox" target="_blank" rel="noopener">demo mailbox (opens in a new tab)</a>, the emails ESR would send to each person. It opens with your mailbox password, not your ESR password.</p>`;
  return layout({
    title: errors.length > 0 ? 'Error: Confirm it is you' : 'Confirm it is you',
    page: 'step-up',
    signedInAs: view.username,
    bodyAttributes: html`${STEP_UP_METHOD_ATTRIBUTE}="${view.method}"`,
    body: html`<div class="nhsuk-grid-row"><div class="nhsuk-grid-column-two-thirds">
      ${errorSummary(errors)}
      <h1>Confirm it is you</h1>
      ${intro}
      <form id="esr-step-up-fallback" action="/step-up" method="post" novalidate>
        ${textField({ id: 'code', label: view.method === 'app' ? 'Code from your app' : 'Code from the email', hint: 'Six digits, for example 123456.', autocomplete: 'one-time-code', error: input.error, extra: html`inputmode="numeric" spellcheck="false"` })}
        <button class="nhsuk-button" type="submit">Continue</button>
      </form>
      ${view.method === 'email' ? html`<form action="/step-up/resend" method="post"><button class="nhsuk-button nhsuk-button--secondary" type="submit">Send a new code</button></form>` : ''}
      <p><a href="/portal">Back to your home page</a></p>
    </div></div>`,
  });
}

const TEAM = [
  ['Alex Morgan', 'Staff nurse', 'Annual leave booked'],
  ['Chris Patel', 'Healthcare assistant', 'Appraisal due'],
  ['Jo Evans', 'Staff nurse', 'No actions'],
] as const;

export type HelpdeskOutcome = ({ kind: 'done' } & HelpdeskResetView) | { kind: 'refused'; message: string; values: Record<string, string> };

export function managerPage(input: { view: ManagerView; maxAge: string; helpdesk?: HelpdeskOutcome }): string {
  const when = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short', timeZone: 'Europe/London' }).format(input.view.steppedUpAt);
  return layout({
    title: 'Manager self-service',
    page: 'manager',
    signedInAs: input.view.username,
    body: html`<h1>Manager self-service</h1>
      <p>You confirmed it was you at ${when}. We will ask again after ${input.maxAge}.</p>
      <table class="nhsuk-table">
        <caption class="nhsuk-table__caption">Your team (demo data)</caption>
        <thead class="nhsuk-table__head"><tr><th scope="col">Name</th><th scope="col">Job title</th><th scope="col">Needs attention</th></tr></thead>
        <tbody class="nhsuk-table__body">${TEAM.map(([name, job, note]) => html`<tr class="nhsuk-table__row"><td class="nhsuk-table__cell">${name}</td><td class="nhsuk-table__cell">${job}</td><td class="nhsuk-table__cell">${note}</td></tr>`)}</tbody>
      </table>
      ${input.view.helpdesk ? helpdeskSection(input.helpdesk) : ''}
      <p><a href="/portal">Back to your home page</a></p>`,
  });
}

/** Core users only: replace someone's lost phone after checking who they are. */
function helpdeskSection(outcome: HelpdeskOutcome | undefined) {
  const values = outcome?.kind === 'refused' ? outcome.values : {};
  const error = outcome?.kind === 'refused' ? outcome.message : undefined;
  return html`<h2 id="helpdesk">Helpdesk: someone has lost their phone</h2>
    ${outcome?.kind === 'done' ? html`<div class="nhsuk-inset-text" role="status" id="esr-helpdesk-done"><p>${outcome.username}'s authenticator was reset and they were signed out everywhere. We emailed them a one-time set-up code: with it and their password, within ${durationText(SETUP_CODE_LIFETIME_MS)}, they can set up Microsoft Authenticator on their new phone.</p></div>` : ''}
    ${errorSummary(error === undefined ? [] : [{ field: 'helpdesk-username', message: error }])}
    <p>Check who they are first: call them back on the phone number in their ESR record, and ask for their email address and date of birth.</p>
    <form action="/manager/helpdesk/reset" method="post" novalidate>
      ${textField({ id: 'helpdesk-username', label: 'Their username', hint: 'For example, 999JSMITH01', autocomplete: 'off', value: values['username'] ?? '', error })}
      ${textField({ id: 'helpdesk-email', label: 'Their email address', type: 'email', autocomplete: 'off', value: values['email'] ?? '' })}
      ${textField({ id: 'helpdesk-dob', label: 'Their date of birth', type: 'date', autocomplete: 'off', value: values['dateOfBirth'] ?? '' })}
      <div class="nhsuk-checkboxes nhsuk-form-group">
        <div class="nhsuk-checkboxes__item">
          <input class="nhsuk-checkboxes__input" id="helpdesk-called-back" name="calledBack" type="checkbox" value="yes" required>
          <label class="nhsuk-label nhsuk-checkboxes__label" for="helpdesk-called-back">I called them back on the number in their record</label>
        </div>
      </div>
      <button class="nhsuk-button nhsuk-button--warning" type="submit">Reset their authenticator</button>
    </form>`;
}
