import { useEffect, useRef, useState } from 'preact/hooks';
import { REMEMBER_DEVICE_DAYS } from '../../../../shared/device-facts.js';
import { normaliseOneTimeCode } from '../../../../shared/totp.js';
import { CodeField } from '../../../ui/code-field.js';
import type { Connector } from '../../../ui/connector.js';
import { useFocusFirstError } from '../../../ui/focus-first-error.js';
import { codeErrorText, needsNewSignIn } from '../../../ui/error-text.js';
import { CODE_FORMAT_ERROR } from '../../../ui/submit-code.js';

export interface SignInPromptProps {
  connector: Connector;
  challenge: string;
  /** Called once the helper has accepted the code: the page then finishes signing in. */
  onVerified: () => void;
}

type State = { kind: 'typing'; error: string | null } | { kind: 'checking' } | { kind: 'verified' } | { kind: 'start-again'; error: string };
type Mode = 'app' | 'recovery';

/** The code prompt on the "Verification needed" step of sign-in, with recovery codes as the way out. */
export function SignInPrompt({ connector, challenge, onVerified }: SignInPromptProps) {
  const [mode, setMode] = useState<Mode>('app');
  const [value, setValue] = useState('');
  const [state, setState] = useState<State>({ kind: 'typing', error: null });
  const [rememberDevice, setRememberDevice] = useState(false);
  const [replaceAuthenticator, setReplaceAuthenticator] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError();
  // The field changes with the mode: keep keyboard and screen reader users on it.
  useEffect(() => { form.current?.querySelector('input')?.focus(); }, [mode]);

  async function submit(event: Event) {
    event.preventDefault();
    if (state.kind !== 'typing') return;
    let request;
    if (mode === 'app') {
      const code = normaliseOneTimeCode(value);
      if (code === null) {
        setState({ kind: 'typing', error: CODE_FORMAT_ERROR });
        focusFirstError(form.current);
        return;
      }
      request = connector.send({ type: 'verify-sign-in', challenge, code, rememberDevice });
    } else {
      if (value.trim() === '') {
        setState({ kind: 'typing', error: 'Enter one of your recovery codes.' });
        focusFirstError(form.current);
        return;
      }
      request = connector.send({ type: 'verify-sign-in-recovery', challenge, recoveryCode: value.trim(), rememberDevice, replaceAuthenticator });
    }
    setState({ kind: 'checking' });
    const result = await request;
    if (result.ok) {
      setState({ kind: 'verified' });
      onVerified();
    } else if (needsNewSignIn(result.error)) {
      setState({ kind: 'start-again', error: codeErrorText(result.error) });
    } else {
      setValue('');
      setState({ kind: 'typing', error: codeErrorText(result.error) });
      focusFirstError(form.current);
    }
  }

  function switchTo(next: Mode) {
    setMode(next);
    setValue('');
    setState({ kind: 'typing', error: null });
  }

  if (state.kind === 'start-again') {
    return (
      <div class="panel panel--warning">
        <p class="error-message" role="alert">{state.error}</p>
        <p><a href="/login">Sign in again</a></p>
      </div>
    );
  }
  const error = state.kind === 'typing' ? state.error : null;
  return (
    <form ref={form} class="panel" onSubmit={(event) => { void submit(event); }} noValidate aria-label={mode === 'app' ? 'Security code' : 'Recovery code'}>
      {mode === 'app' ? (
        <>
          <p>Open Microsoft Authenticator on your phone and enter the 6-digit code shown for ESR.</p>
          <CodeField id="esr-mfa-sign-in-code" label="Security code" hint="The code changes every 30 seconds." value={value} error={error} onInput={setValue} />
        </>
      ) : (
        <>
          <p>Enter one of the recovery codes you saved when you set up extra security.</p>
          <CodeField id="esr-mfa-recovery-code" kind="recovery" label="Recovery code" hint="For example, ABCD-EFGH-JKLM-NPQR. Each code works once." value={value} error={error} onInput={setValue} />
          <div class="checkbox">
            <input id="esr-mfa-replace-phone" type="checkbox" checked={replaceAuthenticator} onChange={(event) => { setReplaceAuthenticator(event.currentTarget.checked); }} />
            <label for="esr-mfa-replace-phone">
              I have lost my phone or have a new one
              <span class="hint">Your old phone will stop working for ESR at once, and you will set up the app on your new phone after you sign in.</span>
            </label>
          </div>
        </>
      )}
      <div class="checkbox">
        <input id="esr-mfa-remember-device" type="checkbox" checked={rememberDevice} aria-describedby="esr-mfa-remember-device-hint" onChange={(event) => { setRememberDevice(event.currentTarget.checked); }} />
        <label for="esr-mfa-remember-device">
          Remember this device for {REMEMBER_DEVICE_DAYS} days
          <span class="hint" id="esr-mfa-remember-device-hint">Only on a device that is yours. You will still be asked for a code if a sign-in looks unusual. You can stop this in Account activity.</span>
        </label>
      </div>
      <p class="status" role="status">{state.kind === 'checking' ? 'Checking your code…' : state.kind === 'verified' ? 'Code accepted. Signing you in…' : ''}</p>
      <div class="actions">
        <button class="button" type="submit" disabled={state.kind !== 'typing'}>Continue</button>
        <button class="link" type="button" onClick={() => { switchTo(mode === 'app' ? 'recovery' : 'app'); }}>
          {mode === 'app' ? 'Use a recovery code instead' : 'Use a code from your app instead'}
        </button>
      </div>
    </form>
  );
}
