import type { MailboxView } from '../../core/views.js';
import { html } from './html.js';
import { errorSummary, layout, textField, type FieldError } from './layout.js';

const sentAt = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Europe/London' });
const clockTime = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short', timeZone: 'Europe/London' });

/** Signing in to one person's demo mailbox, which stands for their own email account. */
export function mailboxSignInPage(input: { errors?: FieldError[]; username?: string; notice?: string }): string {
  const errors = input.errors ?? [];
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  return layout({
    title: errors.length > 0 ? 'Error: Demo mailbox' : 'Demo mailbox',
    page: 'mailbox',
    body: html`<div class="nhsuk-grid-row"><div class="nhsuk-grid-column-two-thirds">
      ${errorSummary(errors)}
      ${input.notice === undefined ? '' : html`<div class="nhsuk-inset-text" role="status"><p>${input.notice}</p></div>`}
      <h1>Demo mailbox</h1>
      <p>This stands for a person's own email account, where ESR sends its emails. Its password is the mailbox password, not their ESR password.</p>
      <form action="/demo/mailbox" method="post" novalidate>
        ${textField({ id: 'username', label: 'Username', hint: 'The ESR username of the person whose emails you want to read, for example 999JSMITH01', autocomplete: 'username', value: input.username ?? '', error: errorFor('username'), extra: html`spellcheck="false" autocapitalize="characters"` })}
        ${textField({ id: 'password', label: 'Mailbox password', hint: 'In training, every demo mailbox uses the mailbox password given in the README and printed when the portal starts.', type: 'password', autocomplete: 'current-password', error: errorFor('password') })}
        <button class="nhsuk-button" type="submit">Open mailbox</button>
      </form>
    </div></div>`,
  });
}

/** One person's messages, newest first: what the live ESR would have emailed them. */
export function mailboxPage(mailbox: MailboxView): string {
  const { messages } = mailbox;
  return layout({
    title: `Demo mailbox of ${mailbox.username}`,
    page: 'mailbox',
    body: html`<span class="nhsuk-caption-l">${mailbox.email} (${mailbox.username})</span>
      <h1>Demo mailbox</h1>
      <p>In the live ESR these messages would go to this person's email. In training they appear here, newest first.</p>
      <p class="nhsuk-body-s">The mailbox stays open until ${clockTime.format(mailbox.openUntil)}. <a href="/demo/mailbox">Check for new messages</a></p>
      ${messages.length === 0 ? html`<p>No messages yet.</p>` : html`<ol class="nhsuk-list esr-outbox">${messages.map((m) => html`
        <li class="nhsuk-card"><div class="nhsuk-card__content">
          <p class="nhsuk-body-s">To ${mailbox.email} by ${m.channel}, ${sentAt.format(m.at)}</p>
          <h2 class="nhsuk-card__heading nhsuk-heading-s">${m.subject}</h2>
          <p class="nhsuk-card__description" data-esr-outbox-kind="${m.kind}">${m.body}</p>
        </div></li>`)}</ol>`}
      <form action="/demo/mailbox/close" method="post" novalidate>
        <button class="nhsuk-button nhsuk-button--secondary" type="submit">Sign out of the mailbox</button>
      </form>`,
  });
}
