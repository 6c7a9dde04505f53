import { durationText } from '../../../shared/words/index.js';
import { SETUP_CODE_LIFETIME_MS } from '../../core/authenticator-reset.js';
import { DEMO_LOCATIONS, DEVICE_NONCE_META_NAME, HOME_LOCATION } from '../../../shared/device.js';
import { CHALLENGE_ATTRIBUTE } from '../../../shared/portal.js';
import type { LoginView, VerifyView } from '../../core/views.js';
import { errorSummary, layout, textField, type FieldError } from './layout.js';
import { html } from './html.js';

export function loginPage(input: LoginView & {
  username?: string;
  errors?: FieldError[];
  location?: string;
  /** Why this browser was signed out by a change made elsewhere, in words. */
  signedOutBecause?: string | undefined;
}): string {
  const errors = input.errors ?? [];
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  return layout({
    title: errors.length > 0 ? 'Error: Sign in' : 'Sign in',
    page: 'login',
    extraHead: html`<meta name="${DEVICE_NONCE_META_NAME}" content="${input.deviceNonce}">`,
    body: html`<div class="nhsuk-grid-row"><div class="nhsuk-grid-column-two-thirds">
      ${errorSummary(errors)}
      ${input.signedOutBecause === undefined ? '' : html`<div class="nhsuk-inset-text" data-esr-signed-out-reason role="status"><span class="nhsuk-u-visually-hidden">Information: </span><p>${input.signedOutBecause}</p></div>`}
      <h1>Sign in to ESR</h1>
      <p>Fields marked with <span class="esr-required" aria-hidden="true">*</span><span class="nhsuk-u-visually-hidden">an asterisk</span> are required.</p>
      <form action="/login" method="post" novalidate>
        ${textField({ id: 'username', label: 'Username', hint: 'For example, 999JSMITH01', autocomplete: 'username', value: input.username ?? '', error: errorFor('username'), extra: html`spellcheck="false" autocapitalize="characters"` })}
        ${textField({ id: 'password', label: 'Password', type: 'password', autocomplete: 'current-password', error: errorFor('password') })}
        <details class="nhsuk-details">
          <summary class="nhsuk-details__summary"><span class="nhsuk-details__summary-text">Training: where this sign-in comes from</span></summary>
          <div class="nhsuk-details__text">
            <div class="nhsuk-form-group">
              <label class="nhsuk-label" for="demoLocation">Pretend this sign-in comes from</label>
              <div class="nhsuk-hint" id="demoLocation-hint">Pick a place other than Leeds to see how ESR treats a sign-in from an unusual place.</div>
              <select class="nhsuk-select" id="demoLocation" name="demoLocation" aria-describedby="demoLocation-hint">
                ${DEMO_LOCATIONS.map((place) => html`<option value="${place}" ${place === (input.location ?? HOME_LOCATION) ? html`selected` : ''}>${place}</option>`)}
              </select>
            </div>
          </div>
        </details>
        <button class="nhsuk-button" type="submit">Sign in</button>
      </form>
      <p><a href="/forgotten-password">Forgotten your password?</a></p>
      <details class="nhsuk-details">
        <summary class="nhsuk-details__summary"><span class="nhsuk-details__summary-text">Demo accounts for training</span></summary>
        <div class="nhsuk-details__text">
          <p>Every demo account uses the password given in the README and printed when the portal starts.</p>
          <ul>${input.demoUsernames.map((u) => html`<li><code>${u}</code></li>`)}</ul>
        </div>
      </details>
    </div></div>`,
  });
}

/**
 * "Verification needed": the step between password and portal for users with MFA on. Without the
 * extension (or JavaScript) its own form works; with it, the extension's prompt takes its place.
 */
export function verifyPage(input: VerifyView & { error?: string; recoveryError?: string }): string {
  if (input.method === 'setup-code') return setupCodePage(input);
  return layout({
    title: input.error === undefined && input.recoveryError === undefined ? 'Enter your security code' : 'Error: Enter your security code',
    page: 'mfa-verify',
    bodyAttributes: html`${CHALLENGE_ATTRIBUTE}="${input.challenge}"`,
    body: html`<div class="nhsuk-grid-row"><div class="nhsuk-grid-column-two-thirds">
      ${input.error === undefined ? '' : errorSummary([{ field: 'code', message: input.error }])}
      ${input.recoveryError === undefined ? '' : errorSummary([{ field: 'recoveryCode', message: input.recoveryError }])}
      <span class="nhsuk-caption-l">Signing in as ${input.username}</span>
      <h1>Verification needed</h1>
      <div id="esr-verify-fallback">
        <p>Open Microsoft Authenticator on your phone and enter the 6-digit code shown for ESR.</p>
        <form action="/login/verify" method="post" novalidate>
          <input type="hidden" name="challenge" value="${input.challenge}">
          ${textField({ id: 'code', label: 'Security code', hint: 'The code changes every 30 seconds.', autocomplete: 'one-time-code', error: input.error, extra: html`inputmode="numeric" spellcheck="false"` })}
          <button class="nhsuk-button" type="submit">Continue</button>
        </form>
        <details class="nhsuk-details" ${input.recoveryError === undefined ? '' : html`open`}>
          <summary class="nhsuk-details__summary"><span class="nhsuk-details__summary-text">Use a recovery code instead</span></summary>
          <div class="nhsuk-details__text">
            <form action="/login/verify" method="post" novalidate>
              <input type="hidden" name="challenge" value="${input.challenge}">
              ${textField({ id: 'recoveryCode', label: 'Recovery code', hint: 'One of the codes you saved when you set up extra security, for example ABCD-EFGH-JKLM-NPQR. Each code works once.', autocomplete: 'off', error: input.recoveryError, extra: html`spellcheck="false" autocapitalize="characters"` })}
              <div class="nhsuk-checkboxes nhsuk-form-group">
                <div class="nhsuk-checkboxes__item">
                  <input class="nhsuk-checkboxes__input" id="replaceAuthenticator" name="replaceAuthenticator" type="checkbox" value="yes">
                  <label class="nhsuk-label nhsuk-checkboxes__label" for="replaceAuthenticator">I have lost my phone or have a new one: stop the old one working and set up the app again</label>
                </div>
              </div>
              <button class="nhsuk-button nhsuk-button--secondary" type="submit">Continue with a recovery code</button>
            </form>
          </div>
        </details>
      </div>
      <p><a href="/login">Cancel and sign in again</a></p>
    </div></div>`,
  });
}

/** After signing out, or (with why) after being signed out, as when the session timed out. */
export function signedOutPage(why?: { heading: string; message: string }): string {
  const heading = why?.heading ?? 'You have signed out';
  return layout({
    title: heading,
    page: 'signed-out',
    body: html`<h1>${heading}</h1>
      ${why === undefined ? '' : html`<p class="nhsuk-body" data-esr-signed-out-reason>${why.message}</p>`}
      <p><a href="/login">Sign in again</a></p>`,
  });
}

/**
 * After a helpdesk reset: the one-time set-up code from the email, then straight into setting up
 * the new phone. The portal's own form: the page carries no challenge for the extension's prompt.
 */
function setupCodePage(input: { challenge: string; username: string; error?: string }): string {
  return layout({
    title: input.error === undefined ? 'Enter your set-up code' : 'Error: Enter your set-up code',
    page: 'mfa-verify',
    body: html`<div class="nhsuk-grid-row"><div class="nhsuk-grid-column-two-thirds">
      ${input.error === undefined ? '' : errorSummary([{ field: 'setupCode', message: input.error }])}
      <span class="nhsuk-caption-l">Signing in as ${input.username}</span>
      <h1>Enter your set-up code</h1>
      <p>Your ESR administrator reset your authenticator app and emailed you a one-time set-up code. Enter it to set up Microsoft Authenticator on your new phone.</p>
      <p class="nhsuk-body-s">Training portal: the email is in the <a href="/demo/mailbox" target="_blank" rel="noopener">demo mailbox (opens in a new tab)</a>.</p>
      <form action="/login/verify" method="post" novalidate>
        <input type="hidden" name="challenge" value="${input.challenge}">
        ${textField({ id: 'setupCode', label: 'Set-up code', hint: `For example, ABCD-EFGH-JKLM-NPQR. It works once, within ${durationText(SETUP_CODE_LIFETIME_MS)} of the email.`, autocomplete: 'off', error: input.error, extra: html`spellcheck="false" autocapitalize="characters"` })}
        <button class="nhsuk-button" type="submit">Continue</button>
      </form>
      <p><a href="/login">Cancel and sign in again</a></p>
    </div></div>`,
  });
}
