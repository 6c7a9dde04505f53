import { useRef, useState } from 'preact/hooks';
import type { OutboxEmail, PersonState } from '../contract.js';
import type { ConsoleApi } from './api.js';
import { errorText } from './error-text.js';
import { dateTimeText } from './format.js';
import { usePoll } from './hooks.js';
import { newEmailsText } from './outbox-text.js';
import { Data, Problem, useSaid } from './ui.js';
import { useWords } from './words/index.js';

const OUTBOX_POLL_MS = 3000;

export interface OutboxProps {
  api: ConsoleApi;
  people: PersonState[] | null;
  refreshKey: number;
}

/** Every email ESR would have sent, newest first: what trainees find in their demo mailboxes. */
export function Outbox({ api, people, refreshKey }: OutboxProps) {
  const words = useWords();
  const say = words.outbox;
  const [who, setWho] = useState('');
  const [emails, setEmails] = useState<OutboxEmail[] | null>(null);
  const [problem, setProblem] = useSaid();
  const [news, setNews] = useState('');
  // Ids already on screen for this filter, so only emails that arrive later are announced.
  const seen = useRef<Set<number> | null>(null);

  usePoll(async (isStale) => {
    const result = await api.outbox(who === '' ? undefined : who);
    if (isStale()) return;
    if (!result.ok) {
      const { error } = result;
      setProblem((w) => errorText(error, w));
      return;
    }
    setProblem(null);
    setEmails(result.value);
    const before = seen.current;
    seen.current = new Set(result.value.map((email) => email.id));
    if (before !== null) {
      const arrived = result.value.filter((email) => !before.has(email.id));
      // Said once, in the language of the moment: a live region is not read again.
      if (arrived.length > 0) setNews(newEmailsText(arrived, words));
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
        <label class="nhsuk-label" for="outbox-who">{say.showTo}</label>
        <select class="nhsuk-select" id="outbox-who" value={who} onChange={(e) => { choose(e.currentTarget.value); }}>
          <option value="">{say.everyone}</option>
          {(people ?? []).map((person) => <option key={person.username} value={person.username} translate={false}>{person.displayName} ({person.username})</option>)}
        </select>
      </div>
      <p class="nhsuk-u-visually-hidden" role="status">{news}</p>
      <Problem message={problem?.(words) ?? null} />
      {emails === null ? <p class="nhsuk-body">{say.loading}</p> : emails.length === 0 ? (
        <p class="nhsuk-body">{name === undefined ? say.noneYet : say.noneTo(name)}</p>
      ) : (
        <>
          <p class="nhsuk-body">{say.count(emails.length)}</p>
          <ol class="esr-outbox" aria-label={say.listLabel}>
            {emails.map((email) => <Email key={email.id} email={email} />)}
          </ol>
        </>
      )}
    </>
  );
}

/** An email as the helper wrote it, in its person's language: its subject, body and kind are data. */
function Email({ email }: { email: OutboxEmail }) {
  const words = useWords();
  return (
    <li class="esr-email">
      <h3 class="nhsuk-heading-s esr-email__subject" translate={false}>{email.subject}</h3>
      <p class="nhsuk-body-s esr-email__meta">
        {words.outbox.to} <Data>{email.displayName} &lt;{email.to}&gt;</Data> · {dateTimeText(email.at, words)} · <strong class="nhsuk-tag nhsuk-tag--grey" translate={false}>{email.kind}</strong>
      </p>
      <details class="nhsuk-details esr-details">
        <summary class="nhsuk-details__summary"><span class="nhsuk-details__summary-text">{words.outbox.read}<span class="nhsuk-u-visually-hidden">: <Data>{email.subject}</Data></span></span></summary>
        <div class="nhsuk-details__text"><pre class="esr-email__body" translate={false}>{email.body}</pre></div>
      </details>
    </li>
  );
}
