import { useEffect, useRef, useState } from 'preact/hooks';
import { tokenFromInput } from './token.js';

/** The words the issue fixes: what a trainer without a (working) token is told to do. */
export const OPEN_WITH_ADDRESS = 'Open the console with the address npm start printed (it ends with #token=...)';

export interface TokenFormProps {
  /** The helper refused the token the page had; null when there simply was none. */
  refusal: string | null;
  onToken: (token: string) => void;
}

/** Asks for the console's token: the address `npm start` printed, pasted whole or in part. */
export function TokenForm({ refusal, onToken }: TokenFormProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // After a refusal the whole console gave way to this form: say so, from the top.
  useEffect(() => { if (refusal !== null) headingRef.current?.focus(); }, [refusal]);

  function submit(event: Event) {
    event.preventDefault();
    const token = tokenFromInput(text);
    if (token === null) {
      setError(text.trim() === '' ? 'Paste the address npm start printed' : 'That is not the console\'s address or token: paste the whole address npm start printed');
      return;
    }
    onToken(token);
  }

  return (
    <div class="nhsuk-grid-row">
      <div class="nhsuk-grid-column-two-thirds">
        <h1 class="nhsuk-heading-l esr-focus-target" tabIndex={-1} ref={headingRef}>Open the trainer console</h1>
        {refusal !== null && (
          <div class="nhsuk-error-summary" role="alert">
            <p class="nhsuk-error-summary__title">The helper did not accept this page's token</p>
            <p class="nhsuk-body">{refusal}</p>
          </div>
        )}
        <p class="nhsuk-body-l">{OPEN_WITH_ADDRESS}.</p>
        <p class="nhsuk-body">The address is in the terminal where the helper is running. Or paste it here:</p>
        <form onSubmit={submit} noValidate>
          <div class={`nhsuk-form-group${error === null ? '' : ' nhsuk-form-group--error'}`}>
            <label class="nhsuk-label" for="token">Console address or token</label>
            <div class="nhsuk-hint" id="token-hint">For example http://127.0.0.1:4401/#token=… The token stays in this browser, for this console only.</div>
            {error !== null && <span class="nhsuk-error-message" id="token-error" role="alert"><span class="nhsuk-u-visually-hidden">Error: </span>{error}</span>}
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
          <button type="submit" class="nhsuk-button">Open the console</button>
        </form>
      </div>
    </div>
  );
}
