import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { PersonState } from '../contract.js';
import type { ConsoleApi } from './api.js';
import { errorText } from './error-text.js';
import { demoKeyText, deviceLines, lockLines, mfaText, personTags, privilegeText, recoveryCodesText, sessionsText, setUpText } from './person-text.js';
import { ConfirmButton, Data, Done, Problem, Tag, useSaid, type Say } from './ui.js';
import { useWords } from './words/index.js';

export interface PeopleProps {
  api: ConsoleApi;
  people: PersonState[] | null;
  onPeople: (people: PersonState[]) => void;
  /** Something changed that other sections should fetch again (the phone, the outbox). */
  onChanged: () => void;
}

/** Every persona's state, with a reset for each and for everyone. */
export function People({ api, people, onPeople, onChanged }: PeopleProps) {
  const words = useWords();
  const say = words.people;
  const [newKeys, setNewKeys] = useState(false);
  const [problem, setProblem] = useSaid();
  const [done, setDone] = useSaid();

  /** What a reset did, with the note about new keys when they were asked for. */
  const resetDone = (what: Say): Say => {
    const withKeys = newKeys;
    return (w) => `${what(w)}${withKeys ? w.people.newKeysNote : ''}`;
  };

  async function resetPerson(person: PersonState) {
    const result = await api.resetPerson(person.username, newKeys);
    if (!result.ok) {
      const { error } = result;
      setDone(null);
      setProblem((w) => errorText(error, w));
      return;
    }
    setProblem(null);
    onPeople((people ?? []).map((p) => (p.username === result.value.username ? result.value : p)));
    setDone(resetDone((w) => w.people.personReset(person.displayName)));
    onChanged();
  }

  async function resetEveryone() {
    const result = await api.resetEveryone(newKeys);
    if (!result.ok) {
      const { error } = result;
      setDone(null);
      setProblem((w) => errorText(error, w));
      return;
    }
    setProblem(null);
    onPeople(result.value);
    setDone(resetDone((w) => w.people.everyoneReset));
    onChanged();
  }

  return (
    <>
      <p class="nhsuk-body">{say.intro}</p>
      <div class="nhsuk-checkboxes nhsuk-u-margin-bottom-4">
        <div class="nhsuk-checkboxes__item">
          <input class="nhsuk-checkboxes__input" id="new-keys" type="checkbox" checked={newKeys} aria-describedby="new-keys-hint" onChange={(e) => { setNewKeys(e.currentTarget.checked); }} />
          <label class="nhsuk-label nhsuk-checkboxes__label" for="new-keys">{say.newKeys}</label>
          <div class="nhsuk-hint nhsuk-checkboxes__hint" id="new-keys-hint">{say.newKeysHint}</div>
        </div>
      </div>
      <ConfirmButton label={say.resetEveryone} question={say.resetEveryoneQuestion} confirmLabel={say.resetEveryone} onConfirm={resetEveryone} />
      <Problem message={problem?.(words) ?? null} />
      <Done message={done?.(words) ?? null} />
      {people === null ? <p class="nhsuk-body">{say.loading}</p> : (
        <ul class="esr-people" aria-label={say.listLabel}>
          {people.map((person) => (
            <li key={person.username}>
              <PersonCard person={person} onReset={() => resetPerson(person)} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function PersonCard({ person, onReset }: { person: PersonState; onReset: () => Promise<void> }) {
  const headingId = `person-${person.username}`;
  const words = useWords();
  const say = words.person;
  const locks = lockLines(person, words);
  const devices = deviceLines(person, words);
  return (
    <article class="nhsuk-card esr-person" aria-labelledby={headingId}>
      <div class="nhsuk-card__content">
        <h3 class="nhsuk-card__heading nhsuk-heading-m" id={headingId} translate={false}>{person.displayName}</h3>
        <p class="nhsuk-body-s nhsuk-u-secondary-text-colour esr-person__who">
          <Data>{person.username}</Data> · <Data>{person.jobTitle}</Data> ({privilegeText(person, words)})
        </p>
        <p class="esr-person__tags">{personTags(person, words).map((tag) => <Tag key={tag.text} {...tag} />)}</p>
        <p class="nhsuk-body-s esr-person__note">{say.inTheDemo} <Data>{person.note}</Data></p>
        <dl class="nhsuk-summary-list esr-person__facts">
          <Fact label={say.facts.mfa}>
            {mfaText(person, words)}
            {person.mfa.newAuthenticatorDue && <><br />{say.newAuthenticatorDue}</>}
          </Fact>
          <Fact label={say.facts.recoveryCodes}>
            {recoveryCodesText(person, words)}
            {person.recoveryCodes.knownUnused.length > 0 && (
              <details class="nhsuk-details esr-details">
                <summary class="nhsuk-details__summary"><span class="nhsuk-details__summary-text">{say.demoCodesNotUsed(person.recoveryCodes.knownUnused.length)}</span></summary>
                <div class="nhsuk-details__text">
                  <ul class="nhsuk-list esr-codes" translate={false}>{person.recoveryCodes.knownUnused.map((code) => <li key={code}><code>{code}</code></li>)}</ul>
                </div>
              </details>
            )}
          </Fact>
          <Fact label={say.facts.demoKey}>{person.demoKey === null ? demoKeyText(person, words) : <code class="esr-key" translate={false}>{demoKeyText(person, words)}</code>}</Fact>
          <Fact label={say.facts.locked}>{locks.length === 0 ? say.notLocked : <Lines lines={locks.map((line) => ({ key: line, text: line }))} />}</Fact>
          <Fact label={say.facts.rememberedBrowsers}>
            {devices.length === 0 ? say.none : <Lines lines={devices.map((line) => ({ key: `${line.device} ${line.until}`, text: <><Data>{line.device}</Data>, {line.until}</> }))} />}
          </Fact>
          <Fact label={say.facts.setUp}>{setUpText(person, words)}</Fact>
          <Fact label={say.facts.sessions}>{sessionsText(person, words)}</Fact>
        </dl>
        <ConfirmButton
          small
          label={<>{say.reset}<span class="nhsuk-u-visually-hidden"> {person.displayName}</span></>}
          question={say.resetQuestion(person.displayName)}
          confirmLabel={say.resetConfirm(person.displayName)}
          onConfirm={onReset}
        />
      </div>
    </article>
  );
}

function Fact({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="nhsuk-summary-list__row">
      <dt class="nhsuk-summary-list__key">{label}</dt>
      <dd class="nhsuk-summary-list__value">{children}</dd>
    </div>
  );
}

function Lines({ lines }: { lines: { key: string; text: ComponentChildren }[] }) {
  const [only] = lines;
  if (lines.length === 1 && only !== undefined) return <>{only.text}</>;
  return <ul class="nhsuk-list esr-lines">{lines.map((line) => <li key={line.key}>{line.text}</li>)}</ul>;
}
