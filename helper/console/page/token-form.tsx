import { useEffect, useRef, useState } from 'preact/hooks';
import type { ConsoleFailure } from './api.js';
import { errorText } from './error-text.js';
import { tokenFromInput } from './token.js';
import { useSaid } from './ui.js';
import { useWords } from './words/index.js';

export interface TokenFormProps {
  /** The helper refused the token the page had; null when there simply was none. */
  refusal: Pick<ConsoleFailure, 'code'> | null;
  onToken: (token: string) => void;
}

/** Asks for the console's token: the address `npm start` printed, pasted whole or in part. */
export function TokenForm({ refusal, onToken }: TokenFormProps) {
  const words = useWords();
  const say = words.token;
  const [text, setText] = useState('');
  const [error, setError] = useSaid();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // After a refusal the whole console gave way to this form: say so, from the top.
  useEffect(() => { if (refusal !== null) headingRef.current?.focus(); }, [refusal]);

  function submit(event: Event) {
    event.preventDefault();
    const token = tokenFromInput(text);
    if (token === null) {
      setError(text.trim() === '' ? (w) => w.token.empty : (w) => w.token.notAddress);
      return;
    }
    onToken(token);
  }

  return (
    <div class="nhsuk-grid-row">
      <div class="nhsuk-grid-column-two-thirds">
        <h1 class="nhsuk-heading-l esr-focus-target" tabIndex={-1} ref={headingRef}>{say.heading}</h1>
        {refusal !== null && (
          <div class="nhsuk-error-summary" role="alert">
            <p class="nhsuk-error-summary__title">{say.refused}</p>
            <p class="nhsuk-body">{errorText(refusal, words)}</p>
          </div>
        )}
        <p class="nhsuk-body-l">{say.openWithAddress}</p>
        <p class="nhsuk-body">{say.whereAddress}</p>
        <form onSubmit={submit} noValidate>
          <div class={`nhsuk-form-group${error === null ? '' : ' nhsuk-form-group--error'}`}>
            <label class="nhsuk-label" for="token">{say.label}</label>
            <div class="nhsuk-hint" id="token-hint">{say.hint}</div>
            {error !== null && <span class="nhsuk-error-message" id="token-error" role="alert"><span class="nhsuk-u-visually-hidden">{words.common.errorPrefix}</span>{error(words)}</span>}
            <input
              class={`nhsuk-input${error === null ? '' : ' nhsuk-input--error'}`}
              id="token"
              name="token"
              type="text"
              autocomplete="off"
              spellcheck={false}
              value={text}
              aria-invalid={error === null ? 'false' : 'true'}
              aria-describedby={`token-hint${error === null ? '' : ' token-error'}`}
              onInput={(e) => { setText(e.currentTarget.value); }}
            />
          </div>
          <button type="submit" class="nhsuk-button">{say.submit}</button>
        </form>
      </div>
    </div>
  );
}
