import { useState } from 'preact/hooks';
import { CodeField } from '../../../ui/code-field.js';
import type { Connector } from '../../../ui/connector.js';
import { useFocusFirstError } from '../../../ui/focus-first-error.js';
import { submitCode } from '../../../ui/submit-code.js';

export interface StepUpPromptProps {
  connector: Connector;
  method: 'app' | 'email';
  onSteppedUp: () => void;
}

/** The code prompt in front of the manager area. */
export function StepUpPrompt({ connector, method, onSteppedUp }: StepUpPromptProps) {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<'typing' | 'checking' | 'done'>('typing');
  const focusFirstError = useFocusFirstError();

  async function submit(event: Event) {
    event.preventDefault();
    const form = event.currentTarget;
    if (status !== 'typing') return;
    setStatus('checking');
    const result = await submitCode(code, (checked) => connector.send({ type: 'verify-step-up', code: checked }), 'Enter the 6-digit code, for example 123456.');
    if (result.ok) {
      setStatus('done');
      onSteppedUp();
      return;
    }
    setStatus('typing');
    setCode('');
    setError(result.error?.code === 'step-up-code-expired' ? 'That code has expired or was used up. Select "Send a new code" below.' : result.message);
    focusFirstError(form);
  }

  return (
    <form class="panel" onSubmit={(event) => { void submit(event); }} noValidate aria-label="Confirm it is you">
      <CodeField
        id="esr-mfa-step-up-code"
        label={method === 'app' ? 'Code from Microsoft Authenticator' : 'Code from the email'}
        hint={method === 'app' ? 'The 6-digit code shown for ESR. It changes every 30 seconds.' : 'The 6-digit code in the email we sent you.'}
        value={code}
        error={error}
        onInput={setCode}
      />
      <p class="status" role="status">{status === 'checking' ? 'Checking your code…' : status === 'done' ? 'Confirmed. Opening the manager area…' : ''}</p>
      <div class="actions">
        <button class="button" type="submit" disabled={status !== 'typing'}>Continue</button>
      </div>
    </form>
  );
}
