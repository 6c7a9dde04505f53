import type { Privilege } from '../../../shared/api.js';
import type { HomeView, InternetAccess } from '../../core/views.js';
import { html } from './html.js';
import { layout } from './layout.js';

const PRIVILEGE_TEXT: Record<Privilege, string> = {
  staff: 'Employee self-service',
  manager: 'Manager self-service',
  'core-user': 'Core user (HR and payroll)',
};

const INTERNET_ACCESS_TEXT: Record<InternetAccess, string> = {
  approved: 'Approved',
  'not-requested': 'Not requested',
  requested: 'Requested, waiting for approval',
  rejected: 'Request not approved',
};

export function homePage(home: HomeView): string {
  const row = (key: string, value: string) =>
    html`<div class="nhsuk-summary-list__row"><dt class="nhsuk-summary-list__key">${key}</dt><dd class="nhsuk-summary-list__value">${value}</dd></div>`;
  return layout({
    title: 'Portal home',
    page: 'home',
    signedInAs: home.username,
    body: html`<h1>Welcome, ${home.displayName}</h1>
      <dl class="nhsuk-summary-list" id="esr-account-summary">
        ${row('Name', home.displayName)}
        ${row('Username', home.username)}
        ${row('Job title', home.jobTitle)}
        ${row('Role', PRIVILEGE_TEXT[home.privilege])}
        ${row('Employment', home.employment === 'active' ? 'Current employee' : 'Left the trust')}
        ${row('Internet access to ESR', INTERNET_ACCESS_TEXT[home.internetAccess])}
        <div class="nhsuk-summary-list__row"><dt class="nhsuk-summary-list__key">Extra security (MFA)</dt>
          <dd class="nhsuk-summary-list__value" data-esr-mfa-status="${home.mfaOn ? 'on' : 'off'}">${home.mfaOn ? 'On' : 'Off'}</dd></div>
      </dl>
      <ul class="nhsuk-list">
        <li><a href="/account/activity">Account activity</a>: recent sign-ins, remembered devices and security messages</li>
        ${home.managerArea ? html`<li><a href="/manager">Manager self-service</a></li>` : ''}
      </ul>`,
  });
}
