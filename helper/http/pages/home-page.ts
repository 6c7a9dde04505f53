import type { AccountRecord } from '../../core/store.js';
import { html } from './html.js';
import { layout } from './layout.js';

const PRIVILEGE_TEXT: Record<AccountRecord['privilege'], string> = {
  staff: 'Employee self-service',
  manager: 'Manager self-service',
  'core-user': 'Core user (HR and payroll)',
};

const INTERNET_ACCESS_TEXT: Record<AccountRecord['internetAccess'], string> = {
  approved: 'Approved',
  'not-requested': 'Not requested',
  requested: 'Requested',
  rejected: 'Not approved',
};

export function homePage(input: { account: AccountRecord }): string {
  const { account } = input;
  const row = (key: string, value: string) =>
    html`<div class="nhsuk-summary-list__row"><dt class="nhsuk-summary-list__key">${key}</dt><dd class="nhsuk-summary-list__value">${value}</dd></div>`;
  const mfaOn = account.mfaEnabledAt !== null;
  return layout({
    title: 'Portal home',
    page: 'home',
    signedInAs: account.username,
    body: html`<h1>Welcome, ${account.displayName}</h1>
      <dl class="nhsuk-summary-list" id="esr-account-summary">
        ${row('Name', account.displayName)}
        ${row('Username', account.username)}
        ${row('Job title', account.jobTitle)}
        ${row('Role', PRIVILEGE_TEXT[account.privilege])}
        ${row('Employment', account.employment === 'active' ? 'Current employee' : 'Left the trust')}
        ${row('Internet access to ESR', INTERNET_ACCESS_TEXT[account.internetAccess])}
        <div class="nhsuk-summary-list__row"><dt class="nhsuk-summary-list__key">Extra security (MFA)</dt>
          <dd class="nhsuk-summary-list__value" data-esr-mfa-status="${mfaOn ? 'on' : 'off'}">${mfaOn ? 'On' : 'Off'}</dd></div>
      </dl>
      <ul class="nhsuk-list">
        <li><a href="/account/activity">Account activity</a>: recent sign-ins, remembered devices and security messages</li>
        ${account.privilege === 'staff' ? '' : html`<li><a href="/manager">Manager self-service</a></li>`}
      </ul>`,
  });
}
