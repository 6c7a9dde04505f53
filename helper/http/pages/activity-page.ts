import { dateTimeText, deviceText, durationText } from '../../../shared/words/index.js';
import { REMEMBER_DEVICE_DAYS } from '../../../shared/device.js';
import type { ActivityView } from '../../core/views.js';
import { html } from './html.js';
import { layout } from './layout.js';
import type { PortalWords } from './words/index.js';

/** Account activity: sign-ins, remembered devices, extra security and the messages ESR sent. */
export function activityPage(words: PortalWords, activity: ActivityView): string {
  const w = words.activity;
  const when = (at: number) => dateTimeText(at, words.shared);
  const device = (label: string) => deviceText(label, words.shared);
  return layout(words, {
    title: w.title,
    page: 'activity',
    signedInAs: activity.username,
    body: html`<h1>${w.title}</h1>
      <h2>${w.extraSecurity}</h2>
      <dl class="nhsuk-summary-list">
        <div class="nhsuk-summary-list__row"><dt class="nhsuk-summary-list__key">${words.home.mfa}</dt><dd class="nhsuk-summary-list__value" data-esr-mfa-status="${activity.mfaOn ? 'on' : 'off'}">${activity.mfaOn ? words.home.on : words.home.off}</dd></div>
        ${activity.recoveryCodesLeft === null ? '' : html`<div class="nhsuk-summary-list__row"><dt class="nhsuk-summary-list__key">${w.recoveryCodesLeft}</dt><dd class="nhsuk-summary-list__value" id="esr-recovery-codes-left">${activity.recoveryCodesLeft}</dd></div>`}
      </dl>
      <div id="esr-activity-extension"></div>

      <h2>${w.recentSignIns}</h2>
      ${activity.signIns.length === 0 ? html`<p>${w.noneYet}</p>` : html`<table class="nhsuk-table" id="esr-sign-ins">
        <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">${w.signInsCaption}</caption>
        <thead class="nhsuk-table__head"><tr><th scope="col">${w.when}</th><th scope="col">${w.device}</th><th scope="col">${w.place}</th><th scope="col">${w.whatHappened}</th></tr></thead>
        <tbody class="nhsuk-table__body">${activity.signIns.map((event) => html`<tr class="nhsuk-table__row">
          <td class="nhsuk-table__cell">${when(event.at)}</td>
          <td class="nhsuk-table__cell">${device(event.deviceLabel)}${event.risk.includes('new-device') ? html` <strong class="nhsuk-tag nhsuk-tag--yellow">${w.newDevice}</strong>` : ''}</td>
          <td class="nhsuk-table__cell">${event.location}${event.risk.includes('unusual-location') ? html` <strong class="nhsuk-tag nhsuk-tag--yellow">${w.unusualPlace}</strong>` : ''}</td>
          <td class="nhsuk-table__cell" data-esr-outcome="${event.outcome}">${w.outcome[event.outcome]}</td>
        </tr>`)}</tbody>
      </table>`}

      <h2>${w.rememberedDevices}</h2>
      <p>${w.rememberedExplained(durationText(REMEMBER_DEVICE_DAYS * 24 * 60 * 60_000, words.shared))}</p>
      ${activity.rememberedDevices.length === 0 ? html`<p id="esr-no-remembered-devices">${w.noRememberedDevices}</p>` : html`<ul class="nhsuk-list" id="esr-remembered-devices">${activity.rememberedDevices.map((remembered) => html`<li>
        <strong>${device(remembered.label)}</strong>${remembered.thisDevice ? w.thisDevice : ''}${w.lastUsed(when(remembered.lastSeenAt))}${w.rememberedUntil(when(remembered.rememberedUntil))}
        <form action="/account/devices/forget" method="post" class="esr-inline-form">
          <input type="hidden" name="thumbprint" value="${remembered.thumbprint}">
          <button class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="submit">${w.stopRemembering}<span class="nhsuk-u-visually-hidden"> ${device(remembered.label)}</span></button>
        </form>
      </li>`)}</ul>`}

      <h2>${w.securityMessages}</h2>
      ${activity.messages.length === 0 ? html`<p>${w.noMessages}</p>` : html`<ul class="nhsuk-list">${activity.messages.map((m) => html`<li><strong>${m.subject}</strong> (${when(m.at)})<br>${m.body}</li>`)}</ul>`}
      <p><a href="/portal">${w.backHome}</a></p>`,
  });
}
