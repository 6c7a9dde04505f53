import { useEffect, useRef, useState } from 'preact/hooks';
import type { PhoneAccount, PhoneView } from '../contract.js';
import type { ConsoleApi } from './api.js';
import { clockText, codeText } from './format.js';
import { usePoll, useNow } from './hooks.js';
import { ManualKeyForm } from './manual-key-form.js';
import { accountLabel, addedText, NOTHING_TO_SCAN, planScan, secondsLeftNow, secondsLeftText, type Showing } from './phone-text.js';
import { ConfirmButton, Done, Problem } from './ui.js';

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
  const [view, setView] = useState<{ phone: PhoneView; receivedAt: number } | null>(null);
  const [pollProblem, setPollProblem] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [choosing, setChoosing] = useState<Showing[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [manualOpen, setManualOpen] = useState(false);

  usePoll(async (isStale) => {
    const result = await api.phone();
    if (isStale()) return;
    if (result.ok) {
      setView({ phone: result.value, receivedAt: Date.now() });
      setPollProblem(null);
    } else setPollProblem(result.error.message);
  }, PHONE_POLL_MS, [api, refreshKey]);

  function report(message: string | null, success: string | null) {
    setProblem(message);
    setDone(success);
  }

  function added(account: PhoneAccount) {
    report(null, addedText(account));
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
      report(NOTHING_TO_SCAN, null);
    } else if (result.error.code === 'choose-who-to-scan') await lookThroughCamera();
    else report(result.error.message, null);
  }

  async function lookThroughCamera() {
    const camera = await api.camera();
    if (!camera.ok) {
      report(camera.error.message, null);
      return;
    }
    const plan = planScan(camera.value);
    if (plan.kind === 'nothing') {
      setChoosing(null);
      report(NOTHING_TO_SCAN, null);
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
      report(null, `${accountLabel(account)} is removed from the training phone.`);
      onChanged();
    } else report(result.error.message, null);
  }

  return (
    <div class="esr-phone-layout">
      {/* data-helper-now: the helper time the codes on screen are for, so a test can tell a code
          drawn before the clock moved from one drawn after (a person sees the code change). */}
      <div class="esr-phone" role="group" aria-label="Training phone screen" data-helper-now={view === null ? undefined : String(view.phone.now)}>
        <div class="esr-phone__bar" aria-hidden="true">
          {view !== null && <PhoneTime now={view.phone.now} receivedAt={view.receivedAt} />}
          <span class="esr-phone__bar-title">Authenticator</span>
        </div>
        {view === null ? <p class="esr-phone__empty">{pollProblem ?? 'Starting the phone…'}</p> : (
          <Accounts phone={view.phone} receivedAt={view.receivedAt} onRemove={remove} />
        )}
      </div>
      <div class="esr-phone-actions">
        {pollProblem !== null && view !== null && <Problem message={`The codes may be out of date. ${pollProblem}`} />}
        <button type="button" class="nhsuk-button" aria-busy={busy ? 'true' : 'false'} onClick={() => { void busyWith(lookThroughCamera); }}>
          Scan QR code
        </button>
        {choosing !== null && (
          <ScanChoice
            showing={choosing}
            onScan={(username) => busyWith(() => scan(username))}
            onCancel={() => { setChoosing(null); }}
          />
        )}
        <Problem message={problem} />
        <Done message={done} />
        <button
          type="button"
          class="nhsuk-button nhsuk-button--secondary"
          aria-expanded={manualOpen ? 'true' : 'false'}
          aria-controls="manual-key"
          onClick={() => { setManualOpen(!manualOpen); }}
        >
          Enter key manually
        </button>
        <div id="manual-key" hidden={!manualOpen}>
          {manualOpen && <ManualKeyForm api={api} onAdded={(account) => { setManualOpen(false); added(account); }} />}
        </div>
      </div>
    </div>
  );
}

function Accounts({ phone, receivedAt, onRemove }: { phone: PhoneView; receivedAt: number; onRemove: (account: PhoneAccount) => Promise<void> }) {
  const now = useNow(250);
  if (phone.accounts.length === 0) {
    return <p class="esr-phone__empty">No accounts yet. Scan a set-up QR code, or enter a key.</p>;
  }
  // Not a live region: codes that change every 30 seconds would talk over everything else.
  return (
    <ul class="esr-phone__list" aria-label="Accounts">
      {phone.accounts.map((account) => (
        <li class="esr-phone__account" key={account.id}>
          <span class="esr-phone__logo" aria-hidden="true">NHS</span>
          <div class="esr-phone__text">
            <span class="esr-phone__issuer">{account.issuer}</span>
            <span class="esr-phone__name">{account.accountName}</span>
            <span class="esr-phone__code"><span class="nhsuk-u-visually-hidden">Code: </span>{codeText(account.code)}</span>
          </div>
          <Countdown seconds={secondsLeftNow(account.secondsLeft, receivedAt, now)} />
          <div class="esr-phone__remove">
            <ConfirmButton
              small
              plain
              label={<>Remove<span class="nhsuk-u-visually-hidden"> {accountLabel(account)}</span></>}
              question={`Remove ${accountLabel(account)} from the training phone?`}
              confirmLabel="Remove"
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
      <span class="nhsuk-u-visually-hidden">{secondsLeftText(seconds)}</span>
    </span>
  );
}

function ScanChoice({ showing, onScan, onCancel }: { showing: Showing[]; onScan: (username: string) => Promise<void>; onCancel: () => void }) {
  const [chosen, setChosen] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const legendRef = useRef<HTMLLegendElement>(null);
  useEffect(() => { legendRef.current?.focus(); }, []);

  const submit = (event: Event) => {
    event.preventDefault();
    if (chosen === null) {
      setError('Choose whose QR code to scan');
      return;
    }
    void onScan(chosen);
  };

  return (
    <form class={`nhsuk-form-group esr-scan-choice${error === null ? '' : ' nhsuk-form-group--error'}`} onSubmit={submit} noValidate>
      <fieldset class="nhsuk-fieldset" aria-describedby={error === null ? undefined : 'scan-choice-error'}>
        <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s esr-focus-target" tabIndex={-1} ref={legendRef}>
          More than one set-up QR code is being shown. Whose should the camera scan?
        </legend>
        {error !== null && <span class="nhsuk-error-message" id="scan-choice-error" role="alert"><span class="nhsuk-u-visually-hidden">Error: </span>{error}</span>}
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
              <label class="nhsuk-label nhsuk-radios__label" for={`scan-${person.username}`}>{person.displayName} ({person.username})</label>
            </div>
          ))}
        </div>
      </fieldset>
      <div class="nhsuk-button-group">
        <button type="submit" class="nhsuk-button nhsuk-button--small">Scan this QR code</button>
        <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
