import { useEffect, useRef, useState } from 'preact/hooks';
import { GUIDE_STEPS, type GuideStep } from '../../../messages/guide-steps.js';
import { CodeField } from '../../../ui/code-field.js';
import type { Connector } from '../../../ui/connector.js';
import { useFocusFirstError } from '../../../ui/focus-first-error.js';
import { submitCode } from '../../../ui/submit-code.js';
import { AddAccountStep, DoneStep, GetAppStep, RecoveryCodesStep, WhyStep } from './guide-steps.js';
import { t, type MessageKey } from '../../../ui/i18n.js';

const TITLES: Record<GuideStep, MessageKey> = {
  why: 'addExtraSecurityTitle',
  'get-app': 'guideTitleGetApp',
  'add-account': 'guideTitleAddAccount',
  confirm: 'guideTitleConfirm',
  'recovery-codes': 'guideTitleRecoveryCodes',
  done: 'guideTitleDone',
};

export interface GuideProps {
  /** The steps to show: all of them, or the shorter replacement of a lost phone. */
  steps: readonly GuideStep[];
  connector: Connector;
  startAt: GuideStep;
  acknowledged: boolean;
  /** Whether to move focus to the heading on first show (only when the person asked for the guide). */
  focusOnOpen: boolean;
  onFinish: () => void;
}

/** The step-by-step set-up: one step at a time, "Step N of M", back and continue, resumable. */
export function Guide({ steps, connector, startAt, acknowledged: acknowledgedAtStart, focusOnOpen, onFinish }: GuideProps) {
  const [step, setStep] = useState<GuideStep>(startAt);
  const [acknowledged, setAcknowledged] = useState(acknowledgedAtStart);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [recoveryTicket, setRecoveryTicket] = useState<string | null>(null);
  const [codesSaved, setCodesSaved] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(focusOnOpen);
  const focusFirstError = useFocusFirstError();
  const index = Math.max(0, steps.indexOf(step));
  const replacing = steps[0] !== 'why';

  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = true;
  }, [step]);

  function goTo(next: GuideStep) {
    setError(null);
    setStep(next);
    void connector.send({ type: 'save-progress', step: next, acknowledgedIrreversible: acknowledged });
  }

  async function onContinue(event: Event) {
    event.preventDefault();
    const form = event.currentTarget;
    if (busy) return;
    if (step === 'why' && !acknowledged) {
      setError(t('acknowledgeError'));
      focusFirstError(form);
      return;
    }
    if (step === 'confirm') {
      setBusy(true);
      const result = await submitCode(code, (checked) => connector.send({ type: 'confirm-enrolment', code: checked }));
      setBusy(false);
      if (!result.ok) {
        setCode('');
        setError(result.message);
        focusFirstError(form);
        return;
      }
      setRecoveryTicket(result.value.recoveryTicket);
    }
    if (step === 'recovery-codes' && !codesSaved) {
      setError(t('codesSavedError'));
      focusFirstError(form);
      return;
    }
    if (step === 'done') {
      onFinish();
      return;
    }
    const next = steps[index + 1];
    if (next !== undefined) goTo(next);
  }

  // Once MFA is on there is no going back to the set-up steps.
  const previous = index > 0 && GUIDE_STEPS.indexOf(step) <= GUIDE_STEPS.indexOf('confirm') ? steps[index - 1] : undefined;
  return (
    <form class={`panel${step === 'done' ? ' panel--success' : ''}`} onSubmit={(event) => { void onContinue(event); }} noValidate aria-labelledby="esr-mfa-guide-title">
      <span class="caption">{t('guideStepOf', String(index + 1), String(steps.length))}</span>
      <h2 id="esr-mfa-guide-title" tabIndex={-1} ref={heading}>{t(replacing && step === 'get-app' ? 'guideTitleNewPhone' : TITLES[step])}</h2>
      {replacing && step === 'get-app' && <p><strong>{t('newPhoneLead')}</strong> {t('newPhoneRest')}</p>}
      {step === 'why' && <WhyStep acknowledged={acknowledged} error={error} onAcknowledge={(value) => { setAcknowledged(value); setError(null); }} />}
      {step === 'get-app' && <GetAppStep />}
      {step === 'add-account' && <AddAccountStep connector={connector} />}
      {step === 'confirm' && (
        <CodeField id="esr-mfa-enrol-code" label={t('enrolCodeLabel')} hint={t('enrolCodeHint')} value={code} error={error} onInput={setCode} />
      )}
      {step === 'recovery-codes' && (
        <RecoveryCodesStep connector={connector} ticket={recoveryTicket} saved={codesSaved} error={error} onSaved={(value) => { setCodesSaved(value); setError(null); }} />
      )}
      {step === 'done' && <DoneStep />}
      <p class="status" role="status">{busy ? t('checkingCode') : ''}</p>
      <div class="actions">
        <button class="button" type="submit" disabled={busy}>{t(step === 'confirm' ? 'turnOnExtraSecurity' : step === 'done' ? 'finish' : 'continue')}</button>
        {previous !== undefined && <button class="link" type="button" onClick={() => { goTo(previous); }}>{t('back')}</button>}
      </div>
    </form>
  );
}
