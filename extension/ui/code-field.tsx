export interface CodeFieldProps {
  id: string;
  label: string;
  hint: string;
  value: string;
  error: string | null;
  onInput: (value: string) => void;
}

/**
 * One field for a 6-digit code: the phone's keypad, the browser's one-time-code autofill, and room
 * for a pasted "123 456". The error is tied to the field and announced.
 */
export function CodeField({ id, label, hint, value, error, onInput }: CodeFieldProps) {
  const describedBy = `${id}-hint${error === null ? '' : ` ${id}-error`}`;
  return (
    <div class={`form-group${error === null ? '' : ' form-group--error'}`}>
      <label for={id}>{label}</label>
      <span class="hint" id={`${id}-hint`}>{hint}</span>
      <span class="error-message" id={`${id}-error`} role="alert" hidden={error === null}>
        {error === null ? '' : <><span class="visually-hidden">Error: </span>{error}</>}
      </span>
      <input
        class="code-input"
        id={id}
        name="code"
        type="text"
        inputMode="numeric"
        autocomplete="one-time-code"
        spellcheck={false}
        maxLength={12}
        aria-invalid={error === null ? 'false' : 'true'}
        aria-describedby={describedBy}
        value={value}
        onInput={(event) => { onInput(event.currentTarget.value); }}
      />
    </div>
  );
}
