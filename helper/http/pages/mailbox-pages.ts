import { dateTimeText } from '../../../shared/words/index.js';
import type { MailboxView } from '../../core/views.js';
import { html } from './html.js';
import { errorSummary, layout, textField, type FieldError } from './layout.js';
import type { PortalWords } from './words/index.js';

/** Signing in to one person's demo mailbox, which stands for their own email account. */
export function mailboxSignInPage(words: PortalWords, input: { errors?: FieldError[]; username?: string; notice?: string }): string {
  const w = words.mailbox;
  const errors = input.errors ?? [];
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  return layout(words, {
    title: w.title,
    hasErrors: errors.length > 0,
    page: 'mailbox',
    body: html`<div class="nhsuk-grid-row"><div class="nhsuk-grid-column-two-thirds">
      ${errorSummary(words, errors)}
      ${input.notice === undefined ? '' : html`<div class="nhsuk-inset-text" role="status"><p>${input.notice}</p></div>`}
      <h1>${w.heading}</h1>
      <p>${w.intro}</p>
      <form action="/demo/mailbox" method="post" novalidate>
        ${textField({ words, id: 'username', label: w.username, hint: w.usernameHint, autocomplete: 'username', value: input.username ?? '', error: errorFor('username'), extra: html`spellcheck="false" autocapitalize="characters"` })}
        ${textField({ words, id: 'password', label: w.password, hint: w.passwordHint, type: 'password', autocomplete: 'current-password', error: errorFor('password') })}
        <button class="nhsuk-button" type="submit">${w.open}</button>
      </form>
    </div></div>`,
  });
}

/** The hour and minute in the UK, for "open until". */
const clockTime = (at: number, locale: string) => new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'Europe/London' }).format(at);

/** One person's messages, newest first: what the live ESR would have emailed them, in the words they were sent in. */
export function mailboxPage(words: PortalWords, mailbox: MailboxView): string {
  const w = words.mailbox;
  const { messages } = mailbox;
  return layout(words, {
    title: w.titleOf(mailbox.username),
    page: 'mailbox',
    body: html`<span class="nhsuk-caption-l">${mailbox.email} (${mailbox.username})</span>
      <h1>${w.heading}</h1>
      <p>${w.inLiveEsr}</p>
      <p class="nhsuk-body-s">${w.openUntil(clockTime(mailbox.openUntil, words.shared.locale))} <a href="/demo/mailbox">${w.checkNew}</a></p>
      ${messages.length === 0 ? html`<p>${w.noMessages}</p>` : html`<ol class="nhsuk-list esr-outbox">${messages.map((m) => html`
        <li class="nhsuk-card"><div class="nhsuk-card__content">
          <p class="nhsuk-body-s">${w.sentTo(mailbox.email, w.channel[m.channel], dateTimeText(m.at, words.shared))}</p>
          <h2 class="nhsuk-card__heading nhsuk-heading-s">${m.subject}</h2>
          <p class="nhsuk-card__description" data-esr-outbox-kind="${m.kind}">${m.body}</p>
        </div></li>`)}</ol>`}
      <form action="/demo/mailbox/close" method="post" novalidate>
        <button class="nhsuk-button nhsuk-button--secondary" type="submit">${w.close}</button>
      </form>`,
  });
}
