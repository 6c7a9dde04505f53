import { useEffect, useRef, useState } from 'preact/hooks';
import type { PhoneAccount } from '../contract.js';
import type { ConsoleApi } from './api.js';
import { Problem } from './ui.js';
import { checkManualKey, type ManualKeyErrors, type ManualKeyFields } from './phone-text.js';

const FIELDS: { id: keyof ManualKeyFields; label: string; hint: string }[] = [
  { id: 'accountName', label: 'Account name', hint: 'The ESR username, for example 999JSMITH01' },
  { id: 'key', label: 'Key', hint: 'The letters and numbers shown under the QR code. Spaces and capitals do not matter.' },
];

/** "Enter key manually", as the app offers when a camera cannot read the QR code. */
export function ManualKeyForm({ api, onAdded }: { api: ConsoleApi; onAdded: (account: PhoneAccount) => void }) {
  const [fields, setFields] = useState<ManualKeyFields>({ accountName: '', key: '' });
  const [errors, setErrors] = useState<ManualKeyErrors>({});
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const messages = FIELDS.flatMap((field) => (errors[field.id] === undefined ? [] : [{ id: field.id, message: errors[field.id] ?? '' }]));

  useEffect(() => { if (messages.length > 0) summaryRef.current?.focus(); }, [errors]);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const checked = checkManualKey(fields);
    setProblem(null);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    const result = await api.addPhoneAccount(checked.request);
    setBusy(false);
    if (result.ok) {
      onAdded(result.value);
      return;
    }
    // A key the helper cannot use is the key field's problem; anything else is the form's.
    if (result.error.code === 'invalid-key') setErrors({ key: result.error.message });
    else setProblem(result.error.message);
  }

  return (
    <form class="esr-manual-key" onSubmit={(e) => { void submit(e); }} noValidate>
      <h3 class="nhsuk-heading-s">Enter key manually</h3>
      {messages.length > 0 && (
        <div class="nhsuk-error-summary" aria-labelledby="manual-key-errors" tabIndex={-1} ref={summaryRef}>
          <div role="alert">
            <h4 class="nhsuk-error-summary__title" id="manual-key-errors">There is a problem</h4>
            <div class="nhsuk-error-summary__body">
              <ul class="nhsuk-list nhsuk-error-summary__list">
                {messages.map((m) => <li key={m.id}><a href={`#manual-${m.id}`}>{m.message}</a></li>)}
              </ul>
            </div>
          </div>
        </div>
      )}
      <Problem message={problem} />
      {FIELDS.map((field) => {
        const error = errors[field.id];
        const id = `manual-${field.id}`;
        return (
          <div key={field.id} class={`nhsuk-form-group${error === undefined ? '' : ' nhsuk-form-group--error'}`}>
            <label class="nhsuk-label" for={id}>{field.label}</label>
            <div class="nhsuk-hint" id={`${id}-hint`}>{field.hint}</div>
            {error !== undefined && <span class="nhsuk-error-message" id={`${id}-error`}><span class="nhsuk-u-visually-hidden">Error: </span>{error}</span>}
            <input
              class={`nhsuk-input${error === undefined ? '' : ' nhsuk-input--error'}`}
              id={id}
              name={field.id}
              type="text"
              autocomplete="off"
              autocapitalize={field.id === 'key' ? 'characters' : 'none'}
              spellcheck={false}
              value={fields[field.id]}
              aria-invalid={error === undefined ? 'false' : 'true'}
              aria-describedby={`${id}-hint${error === undefined ? '' : ` ${id}-error`}`}
              onInput={(e) => { setFields({ ...fields, [field.id]: e.currentTarget.value }); }}
            />
          </div>
        );
      })}
      <button type="submit" class="nhsuk-button" aria-busy={busy ? 'true' : 'false'}>Add account</button>
    </form>
  );
}
