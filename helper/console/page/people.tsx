import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { PersonState } from '../contract.js';
import type { ConsoleApi } from './api.js';
import { demoKeyText, deviceLines, lockLines, mfaText, personTags, recoveryCodesText, roleText, sessionsText, setUpText } from './person-text.js';
import { ConfirmButton, Done, Problem, Tag } from './ui.js';

export interface PeopleProps {
  api: ConsoleApi;
  people: PersonState[] | null;
  onPeople: (people: PersonState[]) => void;
  /** Something changed that other sections should fetch again (the phone, the outbox). */
  onChanged: () => void;
}

/** Every persona's state, with a reset for each and for everyone. */
export function People({ api, people, onPeople, onChanged }: PeopleProps) {
  const [newKeys, setNewKeys] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const keysNote = newKeys ? ' Amir and Ravi have new demo keys: a phone with the old ones no longer matches.' : '';

  async function resetPerson(person: PersonState) {
    const result = await api.resetPerson(person.username, newKeys);
    if (!result.ok) {
      setDone(null);
      setProblem(result.error.message);
      return;
    }
    setProblem(null);
    onPeople((people ?? []).map((p) => (p.username === result.value.username ? result.value : p)));
    setDone(`${person.displayName} is reset.${keysNote}`);
    onChanged();
  }

  async function resetEveryone() {
    const result = await api.resetEveryone(newKeys);
    if (!result.ok) {
      setDone(null);
      setProblem(result.error.message);
      return;
    }
    setProblem(null);
    onPeople(result.value);
    setDone(`Everyone is reset.${keysNote}`);
    onChanged();
  }

  return (
    <>
      <p class="nhsuk-body">Reset puts a person back as they were when the portal started: the same MFA state and demo key, no locks, no remembered browsers and no sessions.</p>
      <div class="nhsuk-checkboxes nhsuk-u-margin-bottom-4">
        <div class="nhsuk-checkboxes__item">
          <input class="nhsuk-checkboxes__input" id="new-keys" type="checkbox" checked={newKeys} aria-describedby="new-keys-hint" onChange={(e) => { setNewKeys(e.currentTarget.checked); }} />
          <label class="nhsuk-label nhsuk-checkboxes__label" for="new-keys">Give Amir and Ravi new demo keys</label>
          <div class="nhsuk-hint nhsuk-checkboxes__hint" id="new-keys-hint">A phone that has the old ones stops matching. Applies to the resets below.</div>
        </div>
      </div>
      <ConfirmButton label="Reset everyone" question="Are you sure? Reset everyone" confirmLabel="Reset everyone" onConfirm={resetEveryone} />
      <Problem message={problem} />
      <Done message={done} />
      {people === null ? <p class="nhsuk-body">Loading people…</p> : (
        <ul class="esr-people" aria-label="People">
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
  const locks = lockLines(person);
  const devices = deviceLines(person);
  return (
    <article class="nhsuk-card esr-person" aria-labelledby={headingId}>
      <div class="nhsuk-card__content">
        <h3 class="nhsuk-card__heading nhsuk-heading-m" id={headingId}>{person.displayName}</h3>
        <p class="nhsuk-body-s nhsuk-u-secondary-text-colour esr-person__who">
          {person.username} · {roleText(person)}
        </p>
        <p class="esr-person__tags">{personTags(person).map((tag) => <Tag key={tag.text} {...tag} />)}</p>
        <p class="nhsuk-body-s esr-person__note">In the demo: {person.note}</p>
        <dl class="nhsuk-summary-list esr-person__facts">
          <Fact label="MFA">
            {mfaText(person)}
            {person.mfa.newAuthenticatorDue && <><br />A new authenticator is due at the next sign-in</>}
          </Fact>
          <Fact label="Recovery codes">
            {recoveryCodesText(person)}
            {person.recoveryCodes.knownUnused.length > 0 && (
              <details class="nhsuk-details esr-details">
                <summary class="nhsuk-details__summary"><span class="nhsuk-details__summary-text">Demo codes not used yet ({person.recoveryCodes.knownUnused.length})</span></summary>
                <div class="nhsuk-details__text">
                  <ul class="nhsuk-list esr-codes">{person.recoveryCodes.knownUnused.map((code) => <li key={code}><code>{code}</code></li>)}</ul>
                </div>
              </details>
            )}
          </Fact>
          <Fact label="Demo key">{person.demoKey === null ? demoKeyText(person) : <code class="esr-key">{demoKeyText(person)}</code>}</Fact>
          <Fact label="Locked">{locks.length === 0 ? 'Not locked' : <Lines lines={locks} />}</Fact>
          <Fact label="Remembered browsers">{devices.length === 0 ? 'None' : <Lines lines={devices} />}</Fact>
          <Fact label="Set-up">{setUpText(person)}</Fact>
          <Fact label="Sessions">{sessionsText(person)}</Fact>
        </dl>
        <ConfirmButton
          small
          label={<>Reset<span class="nhsuk-u-visually-hidden"> {person.displayName}</span></>}
          question={`Are you sure? Reset ${person.displayName}`}
          confirmLabel={`Reset ${person.displayName}`}
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

function Lines({ lines }: { lines: string[] }) {
  if (lines.length === 1) return <>{lines[0]}</>;
  return <ul class="nhsuk-list esr-lines">{lines.map((line) => <li key={line}>{line}</li>)}</ul>;
}
