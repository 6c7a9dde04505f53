import { durationText } from '../../../shared/words/index.js';
import { SETUP_CODE_LIFETIME_MS } from '../../core/authenticator-reset.js';
import type { HelpdeskResetView, ManagerView, StepUpView } from '../../core/views.js';
import { STEP_UP_METHOD_ATTRIBUTE } from '../../../shared/portal.js';
import { html } from './html.js';
import { errorSummary, layout, textField } from './layout.js';
import type { PortalWords } from './words/index.js';

/** "Confirm it's you" before the manager area: a code from the app, or one sent by email. */
export function stepUpPage(words: PortalWords, input: { view: StepUpView; error?: string | undefined }): string {
  const w = words.stepUp;
  const { view } = input;
  const errors = input.error === undefined ? [] : [{ field: 'code', message: input.error }];
  const intro =
    view.method === 'app'
      ? html`<p>${w.introApp}</p>`
      : html`<p>${w.introEmail(view.email ?? '', durationText(view.codeLastsMs, words.shared))}</p>
          <p class="nhsuk-body-s">${w.inMailbox} <a href="/demo/mailbox" target="_blank" rel="noopener">${w.demoMailboxNewTab}</a>${w.inMailboxAfter}</p>`;
  return layout(words, {
    title: w.title,
    hasErrors: errors.length > 0,
    page: 'step-up',
    signedInAs: view.username,
    bodyAttributes: html`${STEP_UP_METHOD_ATTRIBUTE}="${view.method}"`,
    body: html`<div class="nhsuk-grid-row"><div class="nhsuk-grid-column-two-thirds">
      ${errorSummary(words, errors)}
      <h1>${w.title}</h1>
      ${intro}
      <form id="esr-step-up-fallback" action="/step-up" method="post" novalidate>
        ${textField({ words, id: 'code', label: view.method === 'app' ? w.codeFromApp : w.codeFromEmail, hint: w.codeHint, autocomplete: 'one-time-code', error: input.error, extra: html`inputmode="numeric" spellcheck="false"` })}
        <button class="nhsuk-button" type="submit">${w.continue}</button>
      </form>
      ${view.method === 'email' ? html`<form action="/step-up/resend" method="post"><button class="nhsuk-button nhsuk-button--secondary" type="submit">${w.sendNewCode}</button></form>` : ''}
      <p><a href="/portal">${w.backHome}</a></p>
    </div></div>`,
  });
}

export type HelpdeskOutcome = ({ kind: 'done' } & HelpdeskResetView) | { kind: 'refused'; message: string; values: Record<string, string> };

export function managerPage(words: PortalWords, input: { view: ManagerView; maxAge: string; helpdesk?: HelpdeskOutcome }): string {
  const w = words.manager;
  const when = new Intl.DateTimeFormat(words.shared.locale, { timeStyle: 'short', timeZone: 'Europe/London' }).format(input.view.steppedUpAt);
  return layout(words, {
    title: w.title,
    page: 'manager',
    signedInAs: input.view.username,
    body: html`<h1>${w.title}</h1>
      <p>${w.confirmedAt(when, input.maxAge)}</p>
      <table class="nhsuk-table">
        <caption class="nhsuk-table__caption">${w.team}</caption>
        <thead class="nhsuk-table__head"><tr><th scope="col">${w.name}</th><th scope="col">${w.jobTitle}</th><th scope="col">${w.needsAttention}</th></tr></thead>
        <tbody class="nhsuk-table__body">${w.teamRows.map(([name, job, note]) => html`<tr class="nhsuk-table__row"><td class="nhsuk-table__cell">${name}</td><td class="nhsuk-table__cell">${job}</td><td class="nhsuk-table__cell">${note}</td></tr>`)}</tbody>
      </table>
      ${input.view.helpdesk ? helpdeskSection(words, input.helpdesk) : ''}
      <p><a href="/portal">${w.backHome}</a></p>`,
  });
}

/** Core users only: replace someone's lost phone after checking who they are. */
function helpdeskSection(words: PortalWords, outcome: HelpdeskOutcome | undefined) {
  const w = words.manager.helpdesk;
  const values = outcome?.kind === 'refused' ? outcome.values : {};
  const error = outcome?.kind === 'refused' ? outcome.message : undefined;
  return html`<h2 id="helpdesk">${w.heading}</h2>
    ${outcome?.kind === 'done' ? html`<div class="nhsuk-inset-text" role="status" id="esr-helpdesk-done"><p>${w.done(outcome.username, durationText(SETUP_CODE_LIFETIME_MS, words.shared))}</p></div>` : ''}
    ${errorSummary(words, error === undefined ? [] : [{ field: 'helpdesk-username', message: error }])}
    <p>${w.checkFirst}</p>
    <form action="/manager/helpdesk/reset" method="post" novalidate>
      ${textField({ words, id: 'helpdesk-username', label: w.username, hint: w.usernameHint, autocomplete: 'off', value: values['username'] ?? '', error })}
      ${textField({ words, id: 'helpdesk-email', label: w.email, type: 'email', autocomplete: 'off', value: values['email'] ?? '' })}
      ${textField({ words, id: 'helpdesk-dob', label: w.dateOfBirth, type: 'date', autocomplete: 'off', value: values['dateOfBirth'] ?? '' })}
      <div class="nhsuk-checkboxes nhsuk-form-group">
        <div class="nhsuk-checkboxes__item">
          <input class="nhsuk-checkboxes__input" id="helpdesk-called-back" name="calledBack" type="checkbox" value="yes" required>
          <label class="nhsuk-label nhsuk-checkboxes__label" for="helpdesk-called-back">${w.calledBack}</label>
        </div>
      </div>
      <button class="nhsuk-button nhsuk-button--warning" type="submit">${w.reset}</button>
    </form>`;
}
