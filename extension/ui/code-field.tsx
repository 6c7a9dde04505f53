import { t } from './i18n.js';

export interface CodeFieldProps {
  id: string;
  label: string;
  hint: string;
  value: string;
  error: string | null;
  onInput: (value: string) => void;
  /** A 6-digit app code (numeric keypad, one-time-code autofill) or a longer recovery code. */
  kind?: 'app' | 'recovery';
}

/**
 * One field for a 6-digit code: the phone's keypad, the browser's one-time-code autofill, and room
 * for a pasted "123 456". The error is tied to the field and announced.
 */
export function CodeField({ id, label, hint, value, error, onInput, kind = 'app' }: CodeFieldProps) {
  const describedBy = `${id}-hint${error === null ? '' : ` ${id}-error`}`;
  return (
    <div class={`form-group${error === null ? '' : ' form-group--error'}`}>
      <label for={id}>{label}</label>
      <span class="hint" id={`${id}-hint`}>{hint}</span>
      <span class="error-message" id={`${id}-error`} role="alert" hidden={error === null}>
        {error === null ? '' : <><span class="visually-hidden">{t('errorPrefix')} </span>{error}</>}
      </span>
      <input
        class={kind === 'app' ? 'code-input' : 'code-input code-input--recovery'}
        id={id}
        name={kind === 'app' ? 'code' : 'recoveryCode'}
        type="text"
        inputMode={kind === 'app' ? 'numeric' : 'text'}
        autocomplete={kind === 'app' ? 'one-time-code' : 'off'}
        autocapitalize={kind === 'app' ? 'off' : 'characters'}
        spellcheck={false}
        maxLength={kind === 'app' ? 12 : 40}
        aria-invalid={error === null ? 'false' : 'true'}
        aria-describedby={describedBy}
        value={value}
        onInput={(event) => { onInput(event.currentTarget.value); }}
      />
    </div>
  );
}
