import type { Connector } from '../../../ui/connector.js';
import { useCallback } from 'preact/hooks';
import { RecoveryCodesFrame, RegenerateRecoveryCodes } from '../../recovery-codes.js';
import { SecureFrameEmbed } from '../../secure-frame-embed.js';

const APP_STORE = 'https://apps.apple.com/gb/app/microsoft-authenticator/id983156458';
const GOOGLE_PLAY = 'https://play.google.com/store/apps/details?id=com.azure.authenticator';

export function WhyStep({ acknowledged, error, onAcknowledge }: { acknowledged: boolean; error: string | null; onAcknowledge: (value: boolean) => void }) {
  return (
    <>
      <p>Extra security (also called multi-factor authentication) means that when you sign in to ESR you enter your password and then a 6-digit code from an app on your phone.</p>
      <p>It helps to:</p>
      <ul>
        <li>get you back into your account if you forget your password</li>
        <li>spot sign-in attempts from an unusual place or device</li>
        <li>keep your pay, bank and personal details safe</li>
      </ul>
      <p>Setting it up is your choice.</p>
      <div class="warning-callout">
        <h3>Once it is on, you cannot turn it off</h3>
        <p>After you set up extra security, you will always need a code from your phone to sign in to ESR.</p>
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
          <label for="esr-mfa-acknowledge">I understand that I cannot turn extra security off once it is on</label>
        </div>
      </div>
    </>
  );
}

export function GetAppStep() {
  return (
    <>
      <p>You need a smartphone with the free Microsoft Authenticator app. ESR works with this app only.</p>
      <ul>
        <li><a href={APP_STORE} target="_blank" rel="noopener noreferrer">Get Microsoft Authenticator from the App Store (iPhone)<span class="visually-hidden"> (opens in a new tab)</span></a></li>
        <li><a href={GOOGLE_PLAY} target="_blank" rel="noopener noreferrer">Get Microsoft Authenticator from Google Play (Android)<span class="visually-hidden"> (opens in a new tab)</span></a></li>
      </ul>
      <p>If you already have the app, continue.</p>
    </>
  );
}

export function AddAccountStep({ connector }: { connector: Connector }) {
  const getTicket = useCallback(() => connector.send({ type: 'open-secure-frame' }), [connector]);
  return (
    <>
      <ol>
        <li>Open Microsoft Authenticator on your phone.</li>
        <li>Select <strong>+</strong> (Add account).</li>
        <li>Choose <strong>Other account (Google, Facebook, etc.)</strong>.</li>
        <li>Point your phone's camera at the QR code below.</li>
      </ol>
      <SecureFrameEmbed connector={connector} getTicket={getTicket} title="QR code and key for Microsoft Authenticator" />
      <p>When ESR shows in the app with a 6-digit code, continue.</p>
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
      <p>If you lose your phone, you can sign in with one of these codes instead of a code from the app. Each code works once.</p>
      <p>Save them now, somewhere safe that is not your phone: they are shown only once.</p>
      {props.ticket === null ? (
        <>
          <p>Your recovery codes were shown when you turned on extra security. If you did not save them, make new ones.</p>
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
          <label for="esr-mfa-saved">I have saved my recovery codes somewhere safe</label>
        </div>
      </div>
    </>
  );
}

export function DoneStep() {
  return (
    <>
      <p>From your next sign-in, after your password, ESR will ask for the 6-digit code from Microsoft Authenticator.</p>
      <p>Keep your phone with you when you sign in to ESR. If you lose it, sign in with one of your recovery codes.</p>
    </>
  );
}
