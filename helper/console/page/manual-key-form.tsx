import { useEffect, useRef, useState } from 'preact/hooks';
import type { PhoneAccount } from '../contract.js';
import type { ConsoleApi } from './api.js';
import { errorText } from './error-text.js';
import { checkManualKey, type ManualKeyFields } from './phone-text.js';
import { Problem, useSaid, type Say } from './ui.js';
import { useWords, type ConsoleWords } from './words/index.js';

type FieldId = keyof ManualKeyFields;

const FIELDS: { id: FieldId; label: (words: ConsoleWords) => string; hint: (words: ConsoleWords) => string }[] = [
  { id: 'accountName', label: (w) => w.manualKey.accountName, hint: (w) => w.manualKey.accountNameHint },
  { id: 'key', label: (w) => w.manualKey.key, hint: (w) => w.manualKey.keyHint },
];

/** "Enter key manually", as the app offers when a camera cannot read the QR code. */
export function ManualKeyForm({ api, onAdded }: { api: ConsoleApi; onAdded: (account: PhoneAccount) => void }) {
  const words = useWords();
  const [fields, setFields] = useState<ManualKeyFields>({ accountName: '', key: '' });
  // Kept as how to say each error, so they follow the language switch.
  const [errors, setErrors] = useState<Partial<Record<FieldId, Say>>>({});
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useSaid();
  const summaryRef = useRef<HTMLDivElement>(null);
  const messages = FIELDS.flatMap((field) => {
    const say = errors[field.id];
    return say === undefined ? [] : [{ id: field.id, message: say(words) }];
  });

  useEffect(() => { if (messages.length > 0) summaryRef.current?.focus(); }, [errors]);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const checked = checkManualKey(fields);
    setProblem(null);
    if (!checked.ok) {
      const { accountName, key } = checked.errors;
      setErrors({
        ...(accountName === undefined ? {} : { accountName: (w: ConsoleWords) => w.manualKey[accountName] }),
        ...(key === undefined ? {} : { key: (w: ConsoleWords) => w.manualKey[key] }),
      });
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
    const { error } = result;
    if (error.code === 'invalid-key') setErrors({ key: (w) => errorText(error, w) });
    else setProblem((w) => errorText(error, w));
  }

  return (
    <form class="esr-manual-key" onSubmit={(e) => { void submit(e); }} noValidate>
      <h3 class="nhsuk-heading-s">{words.manualKey.heading}</h3>
      {messages.length > 0 && (
        <div class="nhsuk-error-summary" aria-labelledby="manual-key-errors" tabIndex={-1} ref={summaryRef}>
          <div role="alert">
            <h4 class="nhsuk-error-summary__title" id="manual-key-errors">{words.common.problemTitle}</h4>
            <div class="nhsuk-error-summary__body">
              <ul class="nhsuk-list nhsuk-error-summary__list">
                {messages.map((m) => <li key={m.id}><a href={`#manual-${m.id}`}>{m.message}</a></li>)}
              </ul>
            </div>
          </div>
        </div>
      )}
      <Problem message={problem?.(words) ?? null} />
      {FIELDS.map((field) => {
        const error = errors[field.id]?.(words);
        const id = `manual-${field.id}`;
        return (
          <div key={field.id} class={`nhsuk-form-group${error === undefined ? '' : ' nhsuk-form-group--error'}`}>
            <label class="nhsuk-label" for={id}>{field.label(words)}</label>
            <div class="nhsuk-hint" id={`${id}-hint`}>{field.hint(words)}</div>
            {error !== undefined && <span class="nhsuk-error-message" id={`${id}-error`}><span class="nhsuk-u-visually-hidden">{words.common.errorPrefix}</span>{error}</span>}
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
      <button type="submit" class="nhsuk-button" aria-busy={busy ? 'true' : 'false'}>{words.manualKey.add}</button>
    </form>
  );
}
