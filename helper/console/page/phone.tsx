import { useEffect, useRef, useState } from 'preact/hooks';
import type { PhoneAccount, PhoneView } from '../contract.js';
import type { ConsoleApi } from './api.js';
import { clockText, codeText } from './format.js';
import { usePoll, useNow } from './hooks.js';
import { ManualKeyForm } from './manual-key-form.js';
import { errorText } from './error-text.js';
import { accountLabel, addedText, planScan, secondsLeftNow, secondsLeftText, type Showing } from './phone-text.js';
import { ConfirmButton, Data, Done, Problem, useSaid, type Say } from './ui.js';
import { useWords } from './words/index.js';

/** A name, not a word to translate: the NHS logo and Microsoft Authenticator's title bar. */
const NHS = 'NHS';
const APP_TITLE = 'Authenticator';

/** How often the phone asks for its codes: they follow the helper's clock, which may be moved. */
const PHONE_POLL_MS = 1000;

export interface PhoneProps {
  api: ConsoleApi;
  /** Changes when another section did something the phone should see at once. */
  refreshKey: number;
  onChanged: () => void;
}

/**
 * A stand-in for the authenticator app on a trainee's phone, drawn like Microsoft Authenticator's
 * account list. The helper works out every code; the page only counts the seconds down between
 * answers.
 */
export function Phone({ api, refreshKey, onChanged }: PhoneProps) {
  const words = useWords();
  const say = words.phone;
  const [view, setView] = useState<{ phone: PhoneView; receivedAt: number } | null>(null);
  const [pollProblem, setPollProblem] = useSaid();
  const [problem, setProblem] = useSaid();
  const [done, setDone] = useSaid();
  const [choosing, setChoosing] = useState<Showing[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [manualOpen, setManualOpen] = useState(false);

  usePoll(async (isStale) => {
    const result = await api.phone();
    if (isStale()) return;
    if (result.ok) {
      setView({ phone: result.value, receivedAt: Date.now() });
      setPollProblem(null);
    } else {
      const { error } = result;
      setPollProblem((w) => errorText(error, w));
    }
  }, PHONE_POLL_MS, [api, refreshKey]);

  function report(message: Say | null, success: Say | null) {
    setProblem(message);
    setDone(success);
  }

  function added(account: PhoneAccount) {
    report(null, (w) => addedText(account, w));
    setChoosing(null);
    onChanged();
  }

  async function scan(username: string) {
    const result = await api.scan(username);
    if (result.ok) {
      added(result.value);
      return;
    }
    if (result.error.code === 'nothing-to-scan') {
      // The QR code went away (the trainee finished or left) while the trainer chose.
      setChoosing(null);
      report((w) => w.phone.nothingToScan, null);
    } else if (result.error.code === 'choose-who-to-scan') await lookThroughCamera();
    else {
      const { error } = result;
      report((w) => errorText(error, w), null);
    }
  }

  async function lookThroughCamera() {
    const camera = await api.camera();
    if (!camera.ok) {
      const { error } = camera;
      report((w) => errorText(error, w), null);
      return;
    }
    const plan = planScan(camera.value);
    if (plan.kind === 'nothing') {
      setChoosing(null);
      report((w) => w.phone.nothingToScan, null);
    } else if (plan.kind === 'one') await scan(plan.showing.username);
    else {
      report(null, null);
      setChoosing(plan.showing);
    }
  }

  async function busyWith(action: () => Promise<void>) {
    if (busy) return;
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  }

  async function remove(account: PhoneAccount) {
    const result = await api.removePhoneAccount(account.id);
    if (result.ok) {
      report(null, (w) => w.phone.removed(accountLabel(account)));
      onChanged();
    } else {
      const { error } = result;
      report((w) => errorText(error, w), null);
    }
  }

  return (
    <div class="esr-phone-layout">
      {/* data-helper-now: the helper time the codes on screen are for, so a test can tell a code
          drawn before the clock moved from one drawn after (a person sees the code change). */}
      <div class="esr-phone" role="group" aria-label={say.screenLabel} data-helper-now={view === null ? undefined : String(view.phone.now)}>
        <div class="esr-phone__bar" aria-hidden="true">
          {view !== null && <PhoneTime now={view.phone.now} receivedAt={view.receivedAt} />}
          <span class="esr-phone__bar-title">{APP_TITLE}</span>
        </div>
        {view === null ? <p class="esr-phone__empty">{pollProblem?.(words) ?? say.starting}</p> : (
          <Accounts phone={view.phone} receivedAt={view.receivedAt} onRemove={remove} />
        )}
      </div>
      <div class="esr-phone-actions">
        {pollProblem !== null && view !== null && <Problem message={say.codesMayBeOld(pollProblem(words))} />}
        <button type="button" class="nhsuk-button" aria-busy={busy ? 'true' : 'false'} onClick={() => { void busyWith(lookThroughCamera); }}>
          {say.scan}
        </button>
        {choosing !== null && (
          <ScanChoice
            showing={choosing}
            onScan={(username) => busyWith(() => scan(username))}
            onCancel={() => { setChoosing(null); }}
          />
        )}
        <Problem message={problem?.(words) ?? null} />
        <Done message={done?.(words) ?? null} />
        <button
          type="button"
          class="nhsuk-button nhsuk-button--secondary"
          aria-expanded={manualOpen ? 'true' : 'false'}
          aria-controls="manual-key"
          onClick={() => { setManualOpen(!manualOpen); }}
        >
          {say.enterKeyManually}
        </button>
        <div id="manual-key" hidden={!manualOpen}>
          {manualOpen && <ManualKeyForm api={api} onAdded={(account) => { setManualOpen(false); added(account); }} />}
        </div>
      </div>
    </div>
  );
}

function Accounts({ phone, receivedAt, onRemove }: { phone: PhoneView; receivedAt: number; onRemove: (account: PhoneAccount) => Promise<void> }) {
  const words = useWords();
  const say = words.phone;
  const now = useNow(250);
  if (phone.accounts.length === 0) {
    return <p class="esr-phone__empty">{say.noAccounts}</p>;
  }
  // Not a live region: codes that change every 30 seconds would talk over everything else.
  return (
    <ul class="esr-phone__list" aria-label={say.accountsLabel}>
      {phone.accounts.map((account) => (
        <li class="esr-phone__account" key={account.id}>
          <span class="esr-phone__logo" aria-hidden="true">{NHS}</span>
          <div class="esr-phone__text">
            <span class="esr-phone__issuer" translate={false}>{account.issuer}</span>
            <span class="esr-phone__name" translate={false}>{account.accountName}</span>
            <span class="esr-phone__code"><span class="nhsuk-u-visually-hidden">{say.codePrefix}</span>{codeText(account.code)}</span>
          </div>
          <Countdown seconds={secondsLeftNow(account.secondsLeft, receivedAt, now)} />
          <div class="esr-phone__remove">
            <ConfirmButton
              small
              plain
              label={<>{say.remove}<span class="nhsuk-u-visually-hidden"> <Data>{accountLabel(account)}</Data></span></>}
              question={say.removeQuestion(accountLabel(account))}
              confirmLabel={say.remove}
              onConfirm={() => onRemove(account)}
            />
          </div>
        </li>
      ))}
    </ul>
  );
}

/** The phone's own clock, at the top of its screen: the portal's time, which its codes follow. */
function PhoneTime({ now, receivedAt }: { now: number; receivedAt: number }) {
  return <span class="esr-phone__time">{clockText(now + Math.max(0, Date.now() - receivedAt))}</span>;
}

const RING_RADIUS = 15;
const RING_LENGTH = 2 * Math.PI * RING_RADIUS;

/** The ring Microsoft Authenticator draws beside a code, emptying as its 30 seconds run out. */
function Countdown({ seconds }: { seconds: number }) {
  const words = useWords();
  const urgent = seconds <= 5;
  return (
    <span class={`esr-ring${urgent ? ' esr-ring--urgent' : ''}`}>
      <svg viewBox="0 0 36 36" width="40" height="40" aria-hidden="true" focusable="false">
        <circle class="esr-ring__track" cx="18" cy="18" r={RING_RADIUS} />
        <circle
          class="esr-ring__left"
          cx="18"
          cy="18"
          r={RING_RADIUS}
          stroke-dasharray={RING_LENGTH}
          stroke-dashoffset={RING_LENGTH * (1 - seconds / 30)}
          transform="rotate(-90 18 18)"
        />
        <text x="18" y="18" dominant-baseline="central" text-anchor="middle">{seconds}</text>
      </svg>
      <span class="nhsuk-u-visually-hidden">{secondsLeftText(seconds, words)}</span>
    </span>
  );
}

function ScanChoice({ showing, onScan, onCancel }: { showing: Showing[]; onScan: (username: string) => Promise<void>; onCancel: () => void }) {
  const words = useWords();
  const say = words.phone;
  const [chosen, setChosen] = useState<string | null>(null);
  const [error, setError] = useSaid();
  const legendRef = useRef<HTMLLegendElement>(null);
  useEffect(() => { legendRef.current?.focus(); }, []);

  const submit = (event: Event) => {
    event.preventDefault();
    if (chosen === null) {
      setError((w) => w.phone.chooseWhoseError);
      return;
    }
    void onScan(chosen);
  };

  return (
    <form class={`nhsuk-form-group esr-scan-choice${error === null ? '' : ' nhsuk-form-group--error'}`} onSubmit={submit} noValidate>
      <fieldset class="nhsuk-fieldset" aria-describedby={error === null ? undefined : 'scan-choice-error'}>
        <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s esr-focus-target" tabIndex={-1} ref={legendRef}>
          {say.chooseWhose}
        </legend>
        {error !== null && <span class="nhsuk-error-message" id="scan-choice-error" role="alert"><span class="nhsuk-u-visually-hidden">{words.common.errorPrefix}</span>{error(words)}</span>}
        <div class="nhsuk-radios">
          {showing.map((person) => (
            <div class="nhsuk-radios__item" key={person.username}>
              <input
                class="nhsuk-radios__input"
                id={`scan-${person.username}`}
                name="scan-who"
                type="radio"
                value={person.username}
                checked={chosen === person.username}
                onChange={() => { setChosen(person.username); setError(null); }}
              />
              <label class="nhsuk-label nhsuk-radios__label" for={`scan-${person.username}`} translate={false}>{person.displayName} ({person.username})</label>
            </div>
          ))}
        </div>
      </fieldset>
      <div class="nhsuk-button-group">
        <button type="submit" class="nhsuk-button nhsuk-button--small">{say.scanThis}</button>
        <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={onCancel}>{words.common.cancel}</button>
      </div>
    </form>
  );
}
