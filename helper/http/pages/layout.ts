import { PORTAL_MARKER_ATTRIBUTE, PORTAL_PAGE_ATTRIBUTE, type PortalPage } from '../../../shared/portal.js';
import { dateTimeText, spanText, type Language } from '../../../shared/words/index.js';
import { HELP_PATH } from '../../../shared/portal-facts.js';
import { html, Html } from './html.js';
import { SESSION_TIMEOUT_SLOT } from './session-timeout-dialog.js';
import { portalWordsFor, type PortalWords } from './words/index.js';

/** Where the portal's script that starts the NHS design system's components is served (server.ts). */
export const NHSUK_INIT_PATH = '/assets/nhsuk-init.js';

export interface LayoutInput {
  /** The page's title, without "Error: " or the portal's name, which the layout adds. */
  title: string;
  /** Whether the page shows errors: its title then starts "Error: " (NHS pattern). */
  hasErrors?: boolean | undefined;
  page: PortalPage;
  body: Html;
  signedInAs?: string | undefined;
  /** Extra elements in <head>, already rendered. */
  extraHead?: Html | undefined;
  /** Extra attributes on <body>, already rendered. */
  bodyAttributes?: Html | undefined;
}

const NHS_LOGO = html`<svg class="nhsuk-header__logo" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 80" height="40" width="100" focusable="false" role="img" aria-label="NHS"><title>NHS</title><path fill="currentcolor" d="M200 0v80H0V0h200Zm-27.5 5.5c-14.5 0-29 5-29 22 0 10.2 7.7 13.5 14.7 16.3l.7.3c5.4 2 10.1 3.9 10.1 8.4 0 6.5-8.5 7.5-14 7.5s-12.5-1.5-16-3.5L135 70c5.5 2 13.5 3.5 20 3.5 15.5 0 32-4.5 32-22.5 0-19.5-25.5-16.5-25.5-25.5 0-5.5 5.5-6.5 12.5-6.5a35 35 0 0 1 14.5 3l4-13.5c-4.5-2-12-3-20-3Zm-131 2h-22l-14 65H22l9-45h.5l13.5 45h21.5l14-65H64l-9 45h-.5l-13-45Zm63 0h-18l-13 65h17l6-28H117l-5.5 28H129l13.5-65H125L119.5 32h-20l5-24.5Z"/></svg>`;

/**
 * Where the training clock's banner goes. The server fills it in as each page is sent (server.ts),
 * so every page carries it, error pages too, without each page being handed the clock.
 */
export const TRAINING_CLOCK_SLOT = '<!--esr-training-clock-->';

/** The banner shown while the trainer has moved the portal's time ahead, in the catalogue's words. */
export function trainingClockBanner(clock: { now(): number; offsetMs(): number }, language: Language): Html | '' {
  const ahead = clock.offsetMs();
  if (ahead <= 0) return '';
  const words = portalWordsFor(language).shared;
  return html`<div class="esr-training-clock" role="status" data-esr-training-clock="${Math.floor(ahead / 1000)}">${words.trainingClock.banner(spanText(ahead, words), dateTimeText(clock.now(), words))}</div>`;
}

/**
 * Where the language switch goes. The server fills it in as each page is sent (server.ts), with
 * the address of the page it was sent for, so every page carries it, error pages too.
 */
export const LANGUAGE_SWITCH_SLOT = '<!--esr-language-switch-->';

/**
 * The link to this page in the other language, written in that language (so marked with its
 * `lang`); `back` is where the switch returns to, this page's path and query.
 */
export function languageSwitch(words: PortalWords, back: string): Html {
  const to = words.layout.switchTo;
  return html`<nav class="esr-language-switch" aria-label="${words.layout.languageNav}">
        <a href="/language/${to.language}?back=${encodeURIComponent(back)}" lang="${to.htmlLang}" hreflang="${to.htmlLang}" data-esr-language-switch="${to.language}">${to.text}</a>
      </nav>`;
}

/** The shared frame of every portal page: NHS header, training banner, main, footer. */
export function layout(words: PortalWords, input: LayoutInput): string {
  const w = words.layout;
  const account =
    input.signedInAs === undefined
      ? ''
      : html`<nav class="nhsuk-header__account" aria-label="${w.accountNav}">
          <ul class="nhsuk-header__account-list">
            <li class="nhsuk-header__account-item"><span class="nhsuk-header__account-link">${input.signedInAs}</span></li>
            <li class="nhsuk-header__account-item">
              <form class="nhsuk-header__account-form" action="/logout" method="post" novalidate>
                <button class="nhsuk-header__account-button">${w.signOut}</button>
              </form>
            </li>
          </ul>
        </nav>`;
  return html`<!doctype html>
<html lang="${words.htmlLang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${input.hasErrors === true ? w.errorPrefix : ''}${input.title} – ${w.titleSuffix}</title>
  ${input.extraHead}
  <link rel="stylesheet" href="/assets/nhsuk/nhsuk-frontend.min.css">
  <link rel="stylesheet" href="/assets/portal.css">
  <link rel="icon" href="/assets/nhsuk/assets/images/favicon.svg" type="image/svg+xml">
</head>
<body class="nhsuk-frontend-supported" ${PORTAL_MARKER_ATTRIBUTE}="1" ${PORTAL_PAGE_ATTRIBUTE}="${input.page}" ${input.bodyAttributes}>
  <a class="nhsuk-skip-link" href="#maincontent">${w.skipLink}</a>
  <header class="nhsuk-header" role="banner">
    <div class="nhsuk-header__container nhsuk-width-container">
      <div class="nhsuk-header__service">
        <a class="nhsuk-header__service-logo" href="/" aria-label="${w.homeLinkLabel}">${NHS_LOGO}</a>
        <span class="nhsuk-header__service-name">${w.serviceName}</span>
      </div>
      ${new Html(LANGUAGE_SWITCH_SLOT)}
      ${account}
    </div>
  </header>
  <div class="esr-training-banner" role="note">${w.trainingBanner}</div>
  ${new Html(TRAINING_CLOCK_SLOT)}
  <div class="nhsuk-width-container">
    <main class="nhsuk-main-wrapper" id="maincontent">
      ${input.body}
    </main>
  </div>
  <footer class="nhsuk-footer" role="contentinfo">
    <div class="nhsuk-width-container">
      <p class="nhsuk-body-s"><a href="${HELP_PATH}" data-esr-help-link>${w.footerHelpLink}</a></p>
      <p class="nhsuk-body-s">${w.footer} <a href="/demo/mailbox">${w.footerMailboxLink}</a> ${w.footerMailboxWhat}</p>
    </div>
  </footer>
  ${input.signedInAs === undefined ? '' : new Html(SESSION_TIMEOUT_SLOT)}
  <script type="module" src="${NHSUK_INIT_PATH}"></script>
</body>
</html>`.value;
}

export interface FieldError {
  field: string;
  message: string;
}

/**
 * NHS error summary: announced on load (role=alert), each entry links to its field. The design
 * system's script (data-module, started by nhsuk-init.js) moves the focus to it as the page loads,
 * and from a link to its field.
 */
export function errorSummary(words: PortalWords, errors: readonly FieldError[]): Html | '' {
  if (errors.length === 0) return '';
  return html`<div class="nhsuk-error-summary" data-module="nhsuk-error-summary" aria-labelledby="error-summary-title" tabindex="-1">
    <div role="alert">
      <h2 class="nhsuk-error-summary__heading" id="error-summary-title">${words.layout.errorSummaryTitle}</h2>
      <div class="nhsuk-error-summary__body">
        <ul class="nhsuk-list nhsuk-error-summary__list">
          ${errors.map((e) => html`<li><a href="#${e.field}">${e.message}</a></li>`)}
        </ul>
      </div>
    </div>
  </div>`;
}

export interface TextFieldInput {
  /** The page's words: for the "Error: " read before an error. */
  words: PortalWords;
  id: string;
  label: string;
  hint?: string;
  type?: 'text' | 'password' | 'email' | 'date';
  autocomplete: string;
  value?: string;
  error?: string | undefined;
  extra?: Html;
}

/** A required text field in the NHS pattern, with its hint and error tied to it for screen readers. */
export function textField(field: TextFieldInput): Html {
  const describedBy = [field.hint === undefined ? '' : `${field.id}-hint`, field.error === undefined ? '' : `${field.id}-error`].filter(Boolean).join(' ');
  return html`<div class="nhsuk-form-group ${field.error === undefined ? '' : 'nhsuk-form-group--error'}">
    <label class="nhsuk-label" for="${field.id}">${field.label} <span class="esr-required" aria-hidden="true">*</span></label>
    ${field.hint === undefined ? '' : html`<div class="nhsuk-hint" id="${field.id}-hint">${field.hint}</div>`}
    ${field.error === undefined ? '' : html`<span class="nhsuk-error-message" id="${field.id}-error"><span class="nhsuk-u-visually-hidden">${field.words.layout.errorPrefix}</span>${field.error}</span>`}
    <input class="nhsuk-input nhsuk-u-width-two-thirds ${field.error === undefined ? '' : 'nhsuk-input--error'}" id="${field.id}" name="${field.id}"
      type="${field.type ?? 'text'}" autocomplete="${field.autocomplete}" value="${field.value ?? ''}" required aria-required="true"
      ${describedBy === '' ? '' : html`aria-describedby="${describedBy}"`} ${field.extra}>
  </div>`;
}
