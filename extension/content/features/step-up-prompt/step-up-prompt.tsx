import { useState } from 'preact/hooks';
import { CodeField } from '../../../ui/code-field.js';
import type { Connector } from '../../../ui/connector.js';
import { useFocusFirstError } from '../../../ui/focus-first-error.js';
import { submitCode } from '../../../ui/submit-code.js';
import { t } from '../../../ui/i18n.js';

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
    const result = await submitCode(code, (checked) => connector.send({ type: 'verify-step-up', code: checked }), t('stepUpFormatError'));
    if (result.ok) {
      setStatus('done');
      onSteppedUp();
      return;
    }
    setStatus('typing');
    setCode('');
    setError(result.error?.code === 'step-up-code-expired' ? t('stepUpCodeExpired') : result.message);
    focusFirstError(form);
  }

  return (
    <form class="panel" onSubmit={(event) => { void submit(event); }} noValidate aria-label={t('stepUpFormLabel')}>
      <CodeField
        id="esr-mfa-step-up-code"
        label={t(method === 'app' ? 'stepUpAppLabel' : 'stepUpEmailLabel')}
        hint={t(method === 'app' ? 'stepUpAppHint' : 'stepUpEmailHint')}
        value={code}
        error={error}
        onInput={setCode}
      />
      <p class="status" role="status">{status === 'checking' ? t('checkingCode') : status === 'done' ? t('stepUpConfirmed') : ''}</p>
      <div class="actions">
        <button class="button" type="submit" disabled={status !== 'typing'}>{t('continue')}</button>
      </div>
    </form>
  );
}
