import { useEffect, useRef, useState } from 'preact/hooks';
import { REMEMBER_DEVICE_DAYS } from '../../../../shared/device-facts.js';
import { normaliseOneTimeCode } from '../../../../shared/totp.js';
import { CodeField } from '../../../ui/code-field.js';
import type { Connector } from '../../../ui/connector.js';
import { useFocusFirstError } from '../../../ui/focus-first-error.js';
import { errorText, needsNewSignIn } from '../../../ui/error-text.js';
import { t } from '../../../ui/i18n.js';
import { countOf } from '../../../ui/words.js';

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
        setState({ kind: 'typing', error: t('codeFormatError') });
        focusFirstError(form.current);
        return;
      }
      request = connector.send({ type: 'verify-sign-in', challenge, code, rememberDevice });
    } else {
      if (value.trim() === '') {
        setState({ kind: 'typing', error: t('enterRecoveryCodeError') });
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
      setState({ kind: 'start-again', error: errorText(result.error) });
    } else {
      setValue('');
      setState({ kind: 'typing', error: errorText(result.error) });
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
        <p><a href="/login">{t('signInAgain')}</a></p>
      </div>
    );
  }
  const error = state.kind === 'typing' ? state.error : null;
  return (
    <form ref={form} class="panel" onSubmit={(event) => { void submit(event); }} noValidate aria-label={t(mode === 'app' ? 'securityCode' : 'recoveryCode')}>
      {mode === 'app' ? (
        <>
          <p>{t('signInAppIntro')}</p>
          <CodeField id="esr-mfa-sign-in-code" label={t('securityCode')} hint={t('codeChangesHint')} value={value} error={error} onInput={setValue} />
        </>
      ) : (
        <>
          <p>{t('signInRecoveryIntro')}</p>
          <CodeField id="esr-mfa-recovery-code" kind="recovery" label={t('recoveryCode')} hint={t('recoveryCodeHint')} value={value} error={error} onInput={setValue} />
          <div class="checkbox">
            <input id="esr-mfa-replace-phone" type="checkbox" checked={replaceAuthenticator} onChange={(event) => { setReplaceAuthenticator(event.currentTarget.checked); }} />
            <label for="esr-mfa-replace-phone">
              {t('lostPhoneLabel')}
              <span class="hint">{t('lostPhoneHint')}</span>
            </label>
          </div>
        </>
      )}
      <div class="checkbox">
        <input id="esr-mfa-remember-device" type="checkbox" checked={rememberDevice} aria-describedby="esr-mfa-remember-device-hint" onChange={(event) => { setRememberDevice(event.currentTarget.checked); }} />
        <label for="esr-mfa-remember-device">
          {t('rememberDeviceLabel', countOf(REMEMBER_DEVICE_DAYS, 'day'))}
          <span class="hint" id="esr-mfa-remember-device-hint">{t('rememberDeviceHint')}</span>
        </label>
      </div>
      <p class="status" role="status">{state.kind === 'checking' ? t('checkingCode') : state.kind === 'verified' ? t('codeAcceptedSigningIn') : ''}</p>
      <div class="actions">
        <button class="button" type="submit" disabled={state.kind !== 'typing'}>{t('continue')}</button>
        <button class="link" type="button" onClick={() => { switchTo(mode === 'app' ? 'recovery' : 'app'); }}>
          {t(mode === 'app' ? 'useRecoveryCodeInstead' : 'useAppCodeInstead')}
        </button>
      </div>
    </form>
  );
}
