import type { HomeView } from '../../core/views.js';
import { HELP_PATH } from '../../../shared/portal-facts.js';
import { html } from './html.js';
import { layout } from './layout.js';
import type { PortalWords } from './words/index.js';

export function homePage(words: PortalWords, home: HomeView): string {
  const w = words.home;
  const row = (key: string, value: string) =>
    html`<div class="nhsuk-summary-list__row"><dt class="nhsuk-summary-list__key">${key}</dt><dd class="nhsuk-summary-list__value">${value}</dd></div>`;
  return layout(words, {
    title: w.title,
    page: 'home',
    signedInAs: home.username,
    body: html`<h1>${w.welcome(home.displayName)}</h1>
      <dl class="nhsuk-summary-list" id="esr-account-summary">
        ${row(w.name, home.displayName)}
        ${row(w.username, home.username)}
        ${row(w.jobTitle, home.jobTitle)}
        ${row(w.role, w.privilege[home.privilege])}
        ${row(w.employment, home.employment === 'active' ? w.currentEmployee : w.leftTheTrust)}
        ${row(w.internetAccess, w.internetAccessText[home.internetAccess])}
        <div class="nhsuk-summary-list__row"><dt class="nhsuk-summary-list__key">${w.mfa}</dt>
          <dd class="nhsuk-summary-list__value" data-esr-mfa-status="${home.mfaOn ? 'on' : 'off'}">${home.mfaOn ? w.on : w.off}</dd></div>
      </dl>
      <ul class="nhsuk-list">
        <li><a href="/account/activity">${w.activityLink}</a>${w.activityWhat}</li>
        <li><a href="${HELP_PATH}">${w.helpLink}</a>${w.helpWhat}</li>
        ${home.managerArea ? html`<li><a href="/manager">${w.managerLink}</a></li>` : ''}
      </ul>`,
  });
}
