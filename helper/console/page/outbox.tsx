import { useRef, useState } from 'preact/hooks';
import type { OutboxEmail, PersonState } from '../contract.js';
import type { ConsoleApi } from './api.js';
import { dateTimeText } from './format.js';
import { usePoll } from './hooks.js';
import { newEmailsText } from './outbox-text.js';
import { Problem } from './ui.js';

const OUTBOX_POLL_MS = 3000;

export interface OutboxProps {
  api: ConsoleApi;
  people: PersonState[] | null;
  refreshKey: number;
}

/** Every email ESR would have sent, newest first: what trainees find in their demo mailboxes. */
export function Outbox({ api, people, refreshKey }: OutboxProps) {
  const [who, setWho] = useState('');
  const [emails, setEmails] = useState<OutboxEmail[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [news, setNews] = useState('');
  // Ids already on screen for this filter, so only emails that arrive later are announced.
  const seen = useRef<Set<number> | null>(null);

  usePoll(async (isStale) => {
    const result = await api.outbox(who === '' ? undefined : who);
    if (isStale()) return;
    if (!result.ok) {
      setProblem(result.error.message);
      return;
    }
    setProblem(null);
    setEmails(result.value);
    const before = seen.current;
    seen.current = new Set(result.value.map((email) => email.id));
    if (before !== null) {
      const arrived = result.value.filter((email) => !before.has(email.id));
      if (arrived.length > 0) setNews(newEmailsText(arrived));
    }
  }, OUTBOX_POLL_MS, [api, who, refreshKey]);

  function choose(username: string) {
    seen.current = null;
    setEmails(null);
    setNews('');
    setWho(username);
  }

  const name = people?.find((person) => person.username === who)?.displayName;
  return (
    <>
      <div class="nhsuk-form-group">
        <label class="nhsuk-label" for="outbox-who">Show emails to</label>
        <select class="nhsuk-select" id="outbox-who" value={who} onChange={(e) => { choose(e.currentTarget.value); }}>
          <option value="">Everyone</option>
          {(people ?? []).map((person) => <option key={person.username} value={person.username}>{person.displayName} ({person.username})</option>)}
        </select>
      </div>
      <p class="nhsuk-u-visually-hidden" role="status">{news}</p>
      <Problem message={problem} />
      {emails === null ? <p class="nhsuk-body">Loading emails…</p> : emails.length === 0 ? (
        <p class="nhsuk-body">{name === undefined ? 'No emails yet.' : `No emails to ${name} yet.`}</p>
      ) : (
        <>
          <p class="nhsuk-body">{emails.length === 1 ? '1 email' : `${emails.length} emails`}, newest first.</p>
          <ol class="esr-outbox" aria-label="Emails">
            {emails.map((email) => <Email key={email.id} email={email} />)}
          </ol>
        </>
      )}
    </>
  );
}

function Email({ email }: { email: OutboxEmail }) {
  return (
    <li class="esr-email">
      <h3 class="nhsuk-heading-s esr-email__subject">{email.subject}</h3>
      <p class="nhsuk-body-s esr-email__meta">
        To {email.displayName} &lt;{email.to}&gt; · {dateTimeText(email.at)} · <strong class="nhsuk-tag nhsuk-tag--grey">{email.kind}</strong>
      </p>
      <details class="nhsuk-details esr-details">
        <summary class="nhsuk-details__summary"><span class="nhsuk-details__summary-text">Read the email<span class="nhsuk-u-visually-hidden">: {email.subject}</span></span></summary>
        <div class="nhsuk-details__text"><pre class="esr-email__body">{email.body}</pre></div>
      </details>
    </li>
  );
}
