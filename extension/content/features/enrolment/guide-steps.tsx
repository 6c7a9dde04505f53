import type { Connector } from '../../../ui/connector.js';
import { useCallback } from 'preact/hooks';
import { RecoveryCodesFrame, RegenerateRecoveryCodes } from '../../recovery-codes.js';
import { SecureFrameEmbed } from '../../secure-frame-embed.js';
import { HELP_PATH } from '../../../../shared/portal-facts.js';
import { t } from '../../../ui/i18n.js';

const APP_STORE = 'https://apps.apple.com/gb/app/microsoft-authenticator/id983156458';
const GOOGLE_PLAY = 'https://play.google.com/store/apps/details?id=com.azure.authenticator';

export function WhyStep({ acknowledged, error, onAcknowledge }: { acknowledged: boolean; error: string | null; onAcknowledge: (value: boolean) => void }) {
  return (
    <>
      <p>{t('whyMeaning')}</p>
      <p>{t('whyHelpsTo')}</p>
      <ul>
        <li>{t('whyGetBackIn')}</li>
        <li>{t('whySpotAttempts')}</li>
        <li>{t('whyKeepDetailsSafe')}</li>
      </ul>
      <p>{t('whyYourChoice')}</p>
      {/* The portal's own help page: the panel is drawn on a portal page, so the path is the portal's. */}
      <p><a href={HELP_PATH} target="_blank" rel="noopener">{t('whyHelpLink')}<span class="visually-hidden"> {t('opensInNewTab')}</span></a></p>
      <div class="warning-callout">
        <h3>{t('whyWarningTitle')}</h3>
        <p>{t('whyWarning')}</p>
      </div>
      <div class={`form-group${error === null ? '' : ' form-group--error'}`}>
        <span class="error-message" id="esr-mfa-acknowledge-error" role="alert" hidden={error === null}>{error}</span>
        <div class="checkbox">
          <input
            id="esr-mfa-acknowledge"
            type="checkbox"
            checked={acknowledged}
            aria-describedby={error === null ? undefined : 'esr-mfa-acknowledge-error'}
            onChange={(event) => { onAcknowledge(event.currentTarget.checked); }}
          />
          <label for="esr-mfa-acknowledge">{t('acknowledgeLabel')}</label>
        </div>
      </div>
    </>
  );
}

export function GetAppStep() {
  return (
    <>
      <p>{t('getAppNeed')}</p>
      <ul>
        <li><a href={APP_STORE} target="_blank" rel="noopener noreferrer">{t('getAppFromAppStore')}<span class="visually-hidden"> {t('opensInNewTab')}</span></a></li>
        <li><a href={GOOGLE_PLAY} target="_blank" rel="noopener noreferrer">{t('getAppFromGooglePlay')}<span class="visually-hidden"> {t('opensInNewTab')}</span></a></li>
      </ul>
      <p>{t('getAppAlreadyHave')}</p>
    </>
  );
}

export function AddAccountStep({ connector }: { connector: Connector }) {
  const getTicket = useCallback(() => connector.send({ type: 'open-secure-frame' }), [connector]);
  return (
    <>
      <ol>
        <li>{t('addAccountOpenApp')}</li>
        <li>{t('addAccountSelect')} <strong>+</strong> {t('addAccountAddAccount')}</li>
        <li>{t('addAccountChoose')} <strong>{t('addAccountOtherAccount')}</strong>.</li>
        <li>{t('addAccountPointCamera')}</li>
      </ol>
      <SecureFrameEmbed connector={connector} getTicket={getTicket} title={t('addAccountFrameTitle')} />
      <p>{t('addAccountWhenShown')}</p>
    </>
  );
}

export function RecoveryCodesStep(props: {
  connector: Connector;
  ticket: string | null;
  saved: boolean;
  error: string | null;
  onSaved: (value: boolean) => void;
}) {
  return (
    <>
      <p>{t('recoveryCodesUse')}</p>
      <p>{t('recoveryCodesSaveNow')}</p>
      {props.ticket === null ? (
        <>
          <p>{t('recoveryCodesShownBefore')}</p>
          <RegenerateRecoveryCodes connector={props.connector} />
        </>
      ) : (
        <RecoveryCodesFrame connector={props.connector} ticket={props.ticket} />
      )}
      <div class={`form-group${props.error === null ? '' : ' form-group--error'}`}>
        <span class="error-message" id="esr-mfa-saved-error" role="alert" hidden={props.error === null}>{props.error}</span>
        <div class="checkbox">
          <input
            id="esr-mfa-saved"
            type="checkbox"
            checked={props.saved}
            aria-describedby={props.error === null ? undefined : 'esr-mfa-saved-error'}
            onChange={(event) => { props.onSaved(event.currentTarget.checked); }}
          />
          <label for="esr-mfa-saved">{t('codesSavedLabel')}</label>
        </div>
      </div>
    </>
  );
}

export function DoneStep() {
  return (
    <>
      <p>{t('doneNextSignIn')}</p>
      <p>{t('doneKeepPhone')}</p>
    </>
  );
}
