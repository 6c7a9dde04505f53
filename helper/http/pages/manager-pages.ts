import type { StepUpMethod } from '../../core/step-up.js';
import type { AccountRecord } from '../../core/store.js';
import { STEP_UP_METHOD_ATTRIBUTE } from '../../../shared/portal.js';
import { html } from './html.js';
import { errorSummary, layout, textField } from './layout.js';

/** "Confirm it's you" before the manager area: a code from the app, or one sent by email. */
export function stepUpPage(input: { account: AccountRecord; apiToken: string; method: StepUpMethod; error?: string | undefined }): string {
  const errors = input.error === undefined ? [] : [{ field: 'code', message: input.error }];
  const intro =
    input.method === 'app'
      ? html`<p>The manager area holds other people's details. Enter the 6-digit code from Microsoft Authenticator to confirm it is you.</p>`
      : html`<p>The manager area holds other people's details. We have sent a 6-digit code to your email address, ${input.account.email}. It works once and lasts 10 minutes.</p>
          <p class="nhsuk-body-s">Training portal: the email is in the <a href="/demo/outbox" target="_blank" rel="noopener">demo outbox (opens in a new tab)</a>.</p>`;
  return layout({
    title: errors.length > 0 ? 'Error: Confirm it is you' : 'Confirm it is you',
    page: 'step-up',
    apiToken: input.apiToken,
    signedInAs: input.account.username,
    bodyAttributes: html`${STEP_UP_METHOD_ATTRIBUTE}="${input.method}"`,
    body: html`<div class="nhsuk-grid-row"><div class="nhsuk-grid-column-two-thirds">
      ${errorSummary(errors)}
      <h1>Confirm it is you</h1>
      ${intro}
      <form id="esr-step-up-fallback" action="/step-up" method="post" novalidate>
        ${textField({ id: 'code', label: input.method === 'app' ? 'Code from your app' : 'Code from the email', hint: 'Six digits, for example 123456.', autocomplete: 'one-time-code', error: input.error, extra: html`inputmode="numeric" spellcheck="false"` })}
        <button class="nhsuk-button" type="submit">Continue</button>
      </form>
      ${input.method === 'email' ? html`<form action="/step-up/resend" method="post"><button class="nhsuk-button nhsuk-button--secondary" type="submit">Send a new code</button></form>` : ''}
      <p><a href="/portal">Back to your home page</a></p>
    </div></div>`,
  });
}

const TEAM = [
  ['Alex Morgan', 'Staff nurse', 'Annual leave booked'],
  ['Chris Patel', 'Healthcare assistant', 'Appraisal due'],
  ['Jo Evans', 'Staff nurse', 'No actions'],
] as const;

export function managerPage(input: { account: AccountRecord; apiToken: string; steppedUpAt: number; maxAge: string }): string {
  const when = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short', timeZone: 'Europe/London' }).format(input.steppedUpAt);
  return layout({
    title: 'Manager self-service',
    page: 'manager',
    apiToken: input.apiToken,
    signedInAs: input.account.username,
    body: html`<h1>Manager self-service</h1>
      <p>You confirmed it was you at ${when}. We will ask again after ${input.maxAge}.</p>
      <table class="nhsuk-table">
        <caption class="nhsuk-table__caption">Your team (demo data)</caption>
        <thead class="nhsuk-table__head"><tr><th scope="col">Name</th><th scope="col">Job title</th><th scope="col">Needs attention</th></tr></thead>
        <tbody class="nhsuk-table__body">${TEAM.map(([name, job, note]) => html`<tr class="nhsuk-table__row"><td class="nhsuk-table__cell">${name}</td><td class="nhsuk-table__cell">${job}</td><td class="nhsuk-table__cell">${note}</td></tr>`)}</tbody>
      </table>
      <p><a href="/portal">Back to your home page</a></p>`,
  });
}
