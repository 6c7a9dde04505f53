import { durationText } from '../../../shared/words/index.js';
import { REMEMBER_DEVICE_DAYS } from '../../../shared/device.js';
import type { ActivityView, SignInOutcome } from '../../core/views.js';
import { html } from './html.js';
import { layout } from './layout.js';

const LONDON_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' });
const when = (at: number) => LONDON_TIME.format(at);

const OUTCOME_TEXT: Record<SignInOutcome, string> = {
  'signed-in': 'Signed in',
  'signed-in-remembered-device': 'Signed in (remembered device, no code needed)',
  'wrong-password': 'Wrong password',
  'wrong-code': 'Wrong code',
};

/** Account activity: sign-ins, remembered devices, extra security and the messages ESR sent. */
export function activityPage(activity: ActivityView): string {
  return layout({
    title: 'Account activity',
    page: 'activity',
    signedInAs: activity.username,
    body: html`<h1>Account activity</h1>
      <h2>Extra security</h2>
      <dl class="nhsuk-summary-list">
        <div class="nhsuk-summary-list__row"><dt class="nhsuk-summary-list__key">Extra security (MFA)</dt><dd class="nhsuk-summary-list__value" data-esr-mfa-status="${activity.mfaOn ? 'on' : 'off'}">${activity.mfaOn ? 'On' : 'Off'}</dd></div>
        ${activity.recoveryCodesLeft === null ? '' : html`<div class="nhsuk-summary-list__row"><dt class="nhsuk-summary-list__key">Recovery codes left</dt><dd class="nhsuk-summary-list__value" id="esr-recovery-codes-left">${activity.recoveryCodesLeft}</dd></div>`}
      </dl>
      <div id="esr-activity-extension"></div>

      <h2>Recent sign-ins</h2>
      ${activity.signIns.length === 0 ? html`<p>None yet.</p>` : html`<table class="nhsuk-table" id="esr-sign-ins">
        <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">Recent sign-ins, newest first</caption>
        <thead class="nhsuk-table__head"><tr><th scope="col">When</th><th scope="col">Device</th><th scope="col">Place</th><th scope="col">What happened</th></tr></thead>
        <tbody class="nhsuk-table__body">${activity.signIns.map((event) => html`<tr class="nhsuk-table__row">
          <td class="nhsuk-table__cell">${when(event.at)}</td>
          <td class="nhsuk-table__cell">${event.deviceLabel}${event.risk.includes('new-device') ? html` <strong class="nhsuk-tag nhsuk-tag--yellow">New device</strong>` : ''}</td>
          <td class="nhsuk-table__cell">${event.location}${event.risk.includes('unusual-location') ? html` <strong class="nhsuk-tag nhsuk-tag--yellow">Unusual place</strong>` : ''}</td>
          <td class="nhsuk-table__cell" data-esr-outcome="${event.outcome}">${OUTCOME_TEXT[event.outcome]}</td>
        </tr>`)}</tbody>
      </table>`}

      <h2>Remembered devices</h2>
      <p>A remembered device can skip the code at sign-in for ${durationText(REMEMBER_DEVICE_DAYS * 24 * 60 * 60_000)}, unless the sign-in looks unusual.</p>
      ${activity.rememberedDevices.length === 0 ? html`<p id="esr-no-remembered-devices">No devices are remembered.</p>` : html`<ul class="nhsuk-list" id="esr-remembered-devices">${activity.rememberedDevices.map((device) => html`<li>
        <strong>${device.label}</strong>${device.thisDevice ? ' (this device)' : ''}, last used ${when(device.lastSeenAt)}, remembered until ${when(device.rememberedUntil)}
        <form action="/account/devices/forget" method="post" class="esr-inline-form">
          <input type="hidden" name="thumbprint" value="${device.thumbprint}">
          <button class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="submit">Stop remembering<span class="nhsuk-u-visually-hidden"> ${device.label}</span></button>
        </form>
      </li>`)}</ul>`}

      <h2>Security messages</h2>
      ${activity.messages.length === 0 ? html`<p>No messages.</p>` : html`<ul class="nhsuk-list">${activity.messages.map((m) => html`<li><strong>${m.subject}</strong> (${when(m.at)})<br>${m.body}</li>`)}</ul>`}
      <p><a href="/portal">Back to your home page</a></p>`,
  });
}
