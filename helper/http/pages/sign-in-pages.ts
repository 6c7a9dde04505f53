import { durationText } from '../../../shared/words/index.js';
import { SETUP_CODE_LIFETIME_MS } from '../../core/authenticator-reset.js';
import { DEMO_LOCATIONS, DEVICE_NONCE_META_NAME, HOME_LOCATION } from '../../../shared/device.js';
import { CHALLENGE_ATTRIBUTE } from '../../../shared/portal.js';
import type { LoginView, VerifyView } from '../../core/views.js';
import { errorSummary, layout, textField, type FieldError } from './layout.js';
import { html } from './html.js';
import type { PortalWords } from './words/index.js';

export function loginPage(words: PortalWords, input: LoginView & {
  username?: string;
  errors?: FieldError[];
  location?: string;
  /** Why this browser was signed out by a change made elsewhere, in words. */
  signedOutBecause?: string | undefined;
}): string {
  const w = words.signIn;
  const required = words.layout.requiredNote;
  const errors = input.errors ?? [];
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  return layout(words, {
    title: w.title,
    hasErrors: errors.length > 0,
    page: 'login',
    extraHead: html`<meta name="${DEVICE_NONCE_META_NAME}" content="${input.deviceNonce}">`,
    body: html`<div class="nhsuk-grid-row"><div class="nhsuk-grid-column-two-thirds">
      ${errorSummary(words, errors)}
      ${input.signedOutBecause === undefined ? '' : html`<div class="nhsuk-inset-text" data-esr-signed-out-reason role="status"><span class="nhsuk-u-visually-hidden">${w.information}</span><p>${input.signedOutBecause}</p></div>`}
      <h1>${w.heading}</h1>
      <p>${required.before} <span class="esr-required" aria-hidden="true">*</span><span class="nhsuk-u-visually-hidden">${required.asterisk}</span>${required.after === '.' ? '' : ' '}${required.after}</p>
      <form action="/login" method="post" novalidate>
        ${textField({ words, id: 'username', label: w.username, hint: w.usernameHint, autocomplete: 'username', value: input.username ?? '', error: errorFor('username'), extra: html`spellcheck="false" autocapitalize="characters"` })}
        ${textField({ words, id: 'password', label: w.password, type: 'password', autocomplete: 'current-password', error: errorFor('password') })}
        <details class="nhsuk-details">
          <summary class="nhsuk-details__summary"><span class="nhsuk-details__summary-text">${w.whereFrom}</span></summary>
          <div class="nhsuk-details__text">
            <div class="nhsuk-form-group">
              <label class="nhsuk-label" for="demoLocation">${w.pretendFrom}</label>
              <div class="nhsuk-hint" id="demoLocation-hint">${w.pretendFromHint}</div>
              <select class="nhsuk-select" id="demoLocation" name="demoLocation" aria-describedby="demoLocation-hint">
                ${DEMO_LOCATIONS.map((place) => html`<option value="${place}" ${place === (input.location ?? HOME_LOCATION) ? html`selected` : ''}>${place}</option>`)}
              </select>
            </div>
          </div>
        </details>
        <button class="nhsuk-button" type="submit">${w.signIn}</button>
      </form>
      <p><a href="/forgotten-password">${w.forgotten}</a></p>
      <details class="nhsuk-details">
        <summary class="nhsuk-details__summary"><span class="nhsuk-details__summary-text">${w.demoAccounts}</span></summary>
        <div class="nhsuk-details__text">
          <p>${w.demoAccountsText}</p>
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
export function verifyPage(words: PortalWords, input: VerifyView & { error?: string; recoveryError?: string }): string {
  if (input.method === 'setup-code') return setupCodePage(words, input);
  const w = words.verify;
  return layout(words, {
    title: w.title,
    hasErrors: input.error !== undefined || input.recoveryError !== undefined,
    page: 'mfa-verify',
    bodyAttributes: html`${CHALLENGE_ATTRIBUTE}="${input.challenge}"`,
    body: html`<div class="nhsuk-grid-row"><div class="nhsuk-grid-column-two-thirds">
      ${input.error === undefined ? '' : errorSummary(words, [{ field: 'code', message: input.error }])}
      ${input.recoveryError === undefined ? '' : errorSummary(words, [{ field: 'recoveryCode', message: input.recoveryError }])}
      <span class="nhsuk-caption-l">${w.signingInAs(input.username)}</span>
      <h1>${w.heading}</h1>
      <div id="esr-verify-fallback">
        <p>${w.intro}</p>
        <form action="/login/verify" method="post" novalidate>
          <input type="hidden" name="challenge" value="${input.challenge}">
          ${textField({ words, id: 'code', label: w.code, hint: w.codeHint, autocomplete: 'one-time-code', error: input.error, extra: html`inputmode="numeric" spellcheck="false"` })}
          <button class="nhsuk-button" type="submit">${w.continue}</button>
        </form>
        <details class="nhsuk-details" ${input.recoveryError === undefined ? '' : html`open`}>
          <summary class="nhsuk-details__summary"><span class="nhsuk-details__summary-text">${w.useRecoveryCode}</span></summary>
          <div class="nhsuk-details__text">
            <form action="/login/verify" method="post" novalidate>
              <input type="hidden" name="challenge" value="${input.challenge}">
              ${textField({ words, id: 'recoveryCode', label: w.recoveryCode, hint: w.recoveryCodeHint, autocomplete: 'off', error: input.recoveryError, extra: html`spellcheck="false" autocapitalize="characters"` })}
              <div class="nhsuk-checkboxes nhsuk-form-group">
                <div class="nhsuk-checkboxes__item">
                  <input class="nhsuk-checkboxes__input" id="replaceAuthenticator" name="replaceAuthenticator" type="checkbox" value="yes">
                  <label class="nhsuk-label nhsuk-checkboxes__label" for="replaceAuthenticator">${w.lostPhone}</label>
                </div>
              </div>
              <button class="nhsuk-button nhsuk-button--secondary" type="submit">${w.continueWithRecoveryCode}</button>
            </form>
          </div>
        </details>
      </div>
      <p><a href="/login">${w.cancel}</a></p>
    </div></div>`,
  });
}

/** After signing out, or (with why) after being signed out, as when the session timed out. */
export function signedOutPage(words: PortalWords, why?: { heading: string; message: string }): string {
  const heading = why?.heading ?? words.signedOut.heading;
  return layout(words, {
    title: heading,
    page: 'signed-out',
    body: html`<h1>${heading}</h1>
      ${why === undefined ? '' : html`<p class="nhsuk-body" data-esr-signed-out-reason>${why.message}</p>`}
      <p><a href="/login">${words.signedOut.signInAgain}</a></p>`,
  });
}

/**
 * After a helpdesk reset: the one-time set-up code from the email, then straight into setting up
 * the new phone. The portal's own form: the page carries no challenge for the extension's prompt.
 */
function setupCodePage(words: PortalWords, input: { challenge: string; username: string; error?: string }): string {
  const w = words.setupCode;
  return layout(words, {
    title: w.title,
    hasErrors: input.error !== undefined,
    page: 'mfa-verify',
    body: html`<div class="nhsuk-grid-row"><div class="nhsuk-grid-column-two-thirds">
      ${input.error === undefined ? '' : errorSummary(words, [{ field: 'setupCode', message: input.error }])}
      <span class="nhsuk-caption-l">${words.verify.signingInAs(input.username)}</span>
      <h1>${w.title}</h1>
      <p>${w.intro}</p>
      <p class="nhsuk-body-s">${w.inMailbox} <a href="/demo/mailbox" target="_blank" rel="noopener">${w.demoMailboxNewTab}</a>.</p>
      <form action="/login/verify" method="post" novalidate>
        <input type="hidden" name="challenge" value="${input.challenge}">
        ${textField({ words, id: 'setupCode', label: w.label, hint: w.hint(durationText(SETUP_CODE_LIFETIME_MS, words.shared)), autocomplete: 'off', error: input.error, extra: html`spellcheck="false" autocapitalize="characters"` })}
        <button class="nhsuk-button" type="submit">${words.verify.continue}</button>
      </form>
      <p><a href="/login">${words.verify.cancel}</a></p>
    </div></div>`,
  });
}
