import type { TimeUnit, Words } from '../../../shared/words/index.js';
import type { SessionTimeLeft } from '../../core/session-timeout.js';
import { html, Html } from './html.js';

/**
 * Where a signed-in page's time-out warning goes. The server fills it in as the page is sent
 * (session-timeout-routes.ts), with the session's time left at that moment, so no page's view
 * model has to carry it.
 */
export const SESSION_TIMEOUT_SLOT = '<!--esr-session-timeout-->';

/** The paths the warning's script uses, handed to it on the dialog so it names none itself. */
export const SESSION_TIMEOUT_PATHS = {
  timeLeft: '/session/time-left',
  extend: '/session/extend',
  script: '/assets/session-timeout.js',
  signedOut: '/signed-out?reason=inactive',
} as const;

/**
 * How the script writes the time left ("2 minutes", "2 munud"), in the page's words: the
 * catalogue's own durations for 1 and for more (the script, unbuilt JavaScript, cannot import
 * them), written as the catalogue writes them with the count left out.
 */
function timeWords(shared: Words): Record<'minute' | 'second', { one: string; many: string }> {
  const unit = (name: TimeUnit) => ({ one: shared.duration(1, name).replace(/^1 /, ''), many: shared.duration(2, name).replace(/^2 /, '') });
  return { minute: unit('minute'), second: unit('second') };
}

/**
 * The NHS session time-out pattern, closed until the page's script opens it as a modal
 * (WCAG 2.2.1). Without JavaScript it never shows, and the page works as before. Labelled by its
 * heading and described by the polite live region, which the script updates sparingly (each
 * minute, and at 30 seconds); the visible countdown, updated every second, is hidden from screen
 * readers so they are not told the time every second.
 */
export function sessionTimeoutDialog(left: SessionTimeLeft, shared: Words): Html {
  const words = shared.sessionTimeout;
  return html`<dialog class="esr-timeout" id="esr-session-timeout" aria-labelledby="esr-timeout-heading" aria-describedby="esr-timeout-announce"
      data-esr-session-timeout data-seconds-left="${left.secondsLeft}" data-warn-seconds="${left.warnSeconds}" data-extendable="${String(left.extendable)}"
      data-time-left-url="${SESSION_TIMEOUT_PATHS.timeLeft}" data-extend-url="${SESSION_TIMEOUT_PATHS.extend}" data-signed-out-url="${SESSION_TIMEOUT_PATHS.signedOut}"
      data-time-words="${JSON.stringify(timeWords(shared))}">
    <h2 class="nhsuk-heading-m" id="esr-timeout-heading">${words.heading}</h2>
    <p class="nhsuk-body" aria-hidden="true">${words.signOutIn} <strong class="esr-timeout__countdown" data-esr-timeout-countdown></strong>.</p>
    <p class="nhsuk-u-visually-hidden" id="esr-timeout-announce" aria-live="polite" aria-atomic="true" data-esr-timeout-announce data-prefix="${words.signOutIn}"></p>
    <p class="nhsuk-body">${words.explanation}</p>
    <div class="esr-timeout__actions">
      <button class="nhsuk-button" type="button" autofocus data-esr-timeout-stay>${words.staySignedIn}</button>
      <form class="esr-timeout__sign-out" action="/logout" method="post" novalidate>
        <button class="esr-link-button" type="submit">${words.signOut}</button>
      </form>
    </div>
  </dialog>
  <script type="module" src="${SESSION_TIMEOUT_PATHS.script}"></script>`;
}
