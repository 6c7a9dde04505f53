import { useState } from 'preact/hooks';
import { normaliseOneTimeCode } from '../../../../shared/totp.js';
import { CodeField } from '../../../ui/code-field.js';
import type { Connector } from '../../../ui/connector.js';
import { codeErrorText, needsNewSignIn } from '../../../ui/error-text.js';

export interface SignInPromptProps {
  connector: Connector;
  apiToken: string;
  challenge: string;
  /** Called once the helper has accepted the code: the page then finishes signing in. */
  onVerified: () => void;
}

type State = { kind: 'typing'; error: string | null } | { kind: 'checking' } | { kind: 'verified' } | { kind: 'start-again'; error: string };

/** The code prompt on the "Verification needed" step of sign-in. */
export function SignInPrompt({ connector, apiToken, challenge, onVerified }: SignInPromptProps) {
  const [code, setCode] = useState('');
  const [state, setState] = useState<State>({ kind: 'typing', error: null });

  async function submit(event: Event) {
    event.preventDefault();
    if (state.kind !== 'typing') return;
    const normalised = normaliseOneTimeCode(code);
    if (normalised === null) {
      setState({ kind: 'typing', error: 'Enter the 6-digit code from your app, for example 123456.' });
      return;
    }
    setState({ kind: 'checking' });
    const result = await connector.send({ type: 'verify-sign-in', apiToken, challenge, code: normalised });
    if (result.ok) {
      setState({ kind: 'verified' });
      onVerified();
    } else if (needsNewSignIn(result.error)) {
      setState({ kind: 'start-again', error: codeErrorText(result.error) });
    } else {
      setCode('');
      setState({ kind: 'typing', error: codeErrorText(result.error) });
    }
  }

  if (state.kind === 'start-again') {
    return (
      <div class="panel panel--warning">
        <p class="error-message" role="alert">{state.error}</p>
        <p><a href="/login">Sign in again</a></p>
      </div>
    );
  }
  return (
    <form class="panel" onSubmit={(event) => { void submit(event); }} noValidate aria-label="Security code">
      <p>Open Microsoft Authenticator on your phone and enter the 6-digit code shown for ESR.</p>
      <CodeField
        id="esr-mfa-sign-in-code"
        label="Security code"
        hint="The code changes every 30 seconds."
        value={code}
        error={state.kind === 'typing' ? state.error : null}
        onInput={setCode}
      />
      <p class="status" role="status">{state.kind === 'checking' ? 'Checking your code…' : state.kind === 'verified' ? 'Code accepted. Signing you in…' : ''}</p>
      <div class="actions">
        <button class="button" type="submit" disabled={state.kind !== 'typing'}>Continue</button>
      </div>
    </form>
  );
}
