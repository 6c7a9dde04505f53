import { useCallback, useState } from 'preact/hooks';
import { CodeField } from '../ui/code-field.js';
import type { Connector } from '../ui/connector.js';
import { useFocusFirstError } from '../ui/focus-first-error.js';
import { submitCode } from '../ui/submit-code.js';
import { SecureFrameEmbed } from './secure-frame-embed.js';
import { t } from '../ui/i18n.js';
import { countedText } from '../ui/words.js';

/** A set of recovery codes, drawn by the secure frame from a ticket. */
export function RecoveryCodesFrame({ connector, ticket }: { connector: Connector; ticket: string }) {
  const getTicket = useCallback(() => Promise.resolve({ ok: true as const, value: { ticket } }), [ticket]);
  return <SecureFrameEmbed connector={connector} getTicket={getTicket} title={t('yourRecoveryCodes')} />;
}

/**
 * Makes a new set of recovery codes after a fresh code from the app; the old set stops working.
 * Used when codes run low, and when the first set was never seen.
 */
export function RegenerateRecoveryCodes({ connector, onRenewed }: { connector: Connector; onRenewed?: () => void }) {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [ticket, setTicket] = useState<string | null>(null);
  const [signOutOthers, setSignOutOthers] = useState(false);
  const [signedOutOthers, setSignedOutOthers] = useState(0);
  const focusFirstError = useFocusFirstError();

  if (ticket !== null) {
    return (
      <>
        <p>{t('newRecoveryCodesShown')}</p>
        {signedOutOthers > 0 && <p role="status">{countedText(signedOutOthers, 'otherBrowsersSignedOutOne', 'otherBrowsersSignedOutMany')}</p>}
        <RecoveryCodesFrame connector={connector} ticket={ticket} />
      </>
    );
  }

  async function submit(event: Event) {
    event.preventDefault();
    const form = event.currentTarget;
    setBusy(true);
    const result = await submitCode(code, (checked) => connector.send({ type: 'regenerate-recovery-codes', code: checked, signOutOthers }));
    setBusy(false);
    if (!result.ok) {
      setCode('');
      setError(result.message);
      focusFirstError(form);
      return;
    }
    setSignedOutOthers(result.value.signedOutOthers);
    setTicket(result.value.recoveryTicket);
    onRenewed?.();
  }

  return (
    <form onSubmit={(event) => { void submit(event); }} noValidate aria-label={t('makeNewRecoveryCodes')}>
      <CodeField id="esr-mfa-regenerate-code" label={t('codeFromYourApp')} hint={t('regenerateHint')} value={code} error={error} onInput={setCode} />
      <div class="checkbox">
        <input id="esr-mfa-sign-out-others" type="checkbox" checked={signOutOthers} aria-describedby="esr-mfa-sign-out-others-hint" onChange={(event) => { setSignOutOthers(event.currentTarget.checked); }} />
        <label for="esr-mfa-sign-out-others">
          {t('signOutOthersLabel')}
          <span class="hint" id="esr-mfa-sign-out-others-hint">{t('signOutOthersHint')}</span>
        </label>
      </div>
      <div class="actions">
        <button class="button button--secondary" type="submit" disabled={busy}>{t('makeNewRecoveryCodes')}</button>
      </div>
    </form>
  );
}
