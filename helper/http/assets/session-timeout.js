// The session time-out warning on signed-in portal pages (WCAG 2.2.1, Timing Adjustable), after
// the NHS design system's pattern. The portal's own script, not the extension's: it works with no
// extension installed. Plain JavaScript type-checked through JSDoc (tsconfig's checkJs), so the
// helper serves this file as written, under the strict CSP (script-src 'self').
//
// The helper is the authority: the page starts from the seconds left that the server wrote on the
// dialog, asks again every couple of seconds while the page is in view (asking does not count as
// activity; the trainer's training clock can move the end at any moment), and only goes to the
// signed-out page when the server says the session has ended.

/** How often to ask the helper, while the page is in view. Moving the training clock shows within this. */
const POLL_MS = 2000;
const TICK_MS = 1000;

const found = document.querySelector('dialog[data-esr-session-timeout]');
if (found instanceof HTMLDialogElement) start(found);

/**
 * @typedef {{ secondsLeft: number, warnSeconds: number, extendable: boolean }} TimeLeft
 * What the helper says (core/session-timeout.ts), on the dialog and in its answers.
 */

/** @param {HTMLDialogElement} dialog */
function start(dialog) {
  const countdown = dialog.querySelector('[data-esr-timeout-countdown]');
  const announcer = dialog.querySelector('[data-esr-timeout-announce]');
  const stayButton = dialog.querySelector('[data-esr-timeout-stay]');
  const first = timeLeftFrom({ secondsLeft: Number(dialog.dataset.secondsLeft), warnSeconds: Number(dialog.dataset.warnSeconds), extendable: dialog.dataset.extendable === 'true' });
  if (!(countdown instanceof HTMLElement) || !(announcer instanceof HTMLElement) || !(stayButton instanceof HTMLButtonElement) || first === undefined) return;
  watch(dialog, { countdown, announcer, stayButton }, first);
}

/**
 * The answer as the helper sends it, or undefined for anything else (parsed at the boundary).
 * @param {unknown} value
 * @returns {TimeLeft | undefined}
 */
function timeLeftFrom(value) {
  if (typeof value !== 'object' || value === null) return undefined;
  const { secondsLeft, warnSeconds, extendable } = /** @type {Record<string, unknown>} */ (value);
  if (typeof secondsLeft !== 'number' || !Number.isFinite(secondsLeft) || typeof warnSeconds !== 'number' || !Number.isFinite(warnSeconds) || typeof extendable !== 'boolean') return undefined;
  return { secondsLeft, warnSeconds, extendable };
}

/**
 * @param {HTMLDialogElement} dialog
 * @param {{ countdown: HTMLElement, announcer: HTMLElement, stayButton: HTMLButtonElement }} parts
 * @param {TimeLeft} first
 */
function watch(dialog, { countdown, announcer, stayButton }, first) {
  const data = dialog.dataset;
  const urls = { timeLeft: data.timeLeftUrl ?? '', extend: data.extendUrl ?? '', signedOut: data.signedOutUrl ?? '/signed-out' };
  const prefix = announcer.dataset.prefix ?? '';
  const timeWords = timeWordsFrom(data.timeWords);

  const state = {
    /** performance.now() at which the helper says the session ends. */
    endsAt: 0,
    warnSeconds: 0,
    extendable: true,
    lastAsked: performance.now(),
    asking: false,
    /** Escape on a warning that cannot be extended: leave it closed until the end. */
    dismissed: false,
    announced: '',
    /** @type {Element | null} */
    focusBefore: null,
  };
  learn(first);

  /** @param {TimeLeft | undefined} left */
  function learn(left) {
    if (left === undefined) return;
    state.endsAt = performance.now() + left.secondsLeft * 1000;
    state.warnSeconds = left.warnSeconds;
    state.extendable = left.extendable;
    stayButton.hidden = !left.extendable;
  }

  const secondsLeft = () => Math.max(0, Math.ceil((state.endsAt - performance.now()) / 1000));

  function tick() {
    const now = performance.now();
    const left = secondsLeft();
    // In view, keep up with the helper; out of view, ask only when the time seems to be up.
    if ((document.visibilityState === 'visible' && now - state.lastAsked >= POLL_MS) || left === 0) void ask();
    if (left <= state.warnSeconds && left > 0 && !dialog.open && !state.dismissed) open();
    if (dialog.open) show(left);
  }

  async function ask() {
    if (state.asking) return;
    state.asking = true;
    state.lastAsked = performance.now();
    try {
      const response = await fetch(urls.timeLeft, { credentials: 'same-origin', cache: 'no-store', headers: { accept: 'application/json' } });
      if (response.status === 401) {
        signedOut();
        return;
      }
      if (!response.ok) return;
      learn(timeLeftFrom(await response.json()));
      // Another tab said "Stay signed in", or the trainer moved the clock back.
      if (secondsLeft() > state.warnSeconds) {
        state.dismissed = false;
        if (dialog.open) close();
      }
    } catch {
      // The helper is out of reach for a moment: keep counting down and ask again.
    } finally {
      state.asking = false;
    }
  }

  async function stay() {
    try {
      const response = await fetch(urls.extend, { method: 'POST', credentials: 'same-origin', cache: 'no-store', headers: { accept: 'application/json' } });
      if (response.status === 401) {
        signedOut();
        return;
      }
      if (!response.ok) return;
      learn(timeLeftFrom(await response.json()));
      state.lastAsked = performance.now();
      close();
    } catch {
      // Not extended: the warning stays, and the person can press again.
    }
  }

  function signedOut() {
    window.location.assign(urls.signedOut);
  }

  function open() {
    state.focusBefore = document.activeElement;
    state.announced = '';
    show(secondsLeft());
    // Modal: the rest of the page is inert, and focus moves to "Stay signed in" (autofocus).
    dialog.showModal();
  }

  function close() {
    dialog.close();
    // Back to where the person was, as the NHS pattern asks (not every browser does it for a dialog).
    const before = state.focusBefore;
    state.focusBefore = null;
    if (before instanceof HTMLElement && before.isConnected) before.focus();
  }

  /** @param {number} left */
  function show(left) {
    countdown.textContent = timeText(left, timeWords);
    // Screen readers hear the time when it opens, then once a minute and at 30 seconds: not every second.
    const spoken = `${prefix} ${timeText(left > 30 ? Math.ceil(left / 60) * 60 : 30, timeWords)}.`;
    if (spoken !== state.announced) {
      state.announced = spoken;
      announcer.textContent = spoken;
    }
  }

  stayButton.addEventListener('click', () => { void stay(); });
  // Escape counts as "Stay signed in", as in the NHS pattern; when staying is not possible it
  // only closes the warning.
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    if (state.extendable) void stay();
    else {
      state.dismissed = true;
      close();
    }
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void ask();
  });
  window.setInterval(tick, TICK_MS);
}

/**
 * @typedef {Record<'minute' | 'second', { one: string, many: string }>} TimeWords
 * The page's words for the units, which the helper writes on the dialog from its catalogue.
 */

/** English, if the dialog carries no words the script can read. @type {TimeWords} */
const ENGLISH_TIME_WORDS = { minute: { one: 'minute', many: 'minutes' }, second: { one: 'second', many: 'seconds' } };

/**
 * The dialog's words for the units, checked at the boundary.
 * @param {string | undefined} text
 * @returns {TimeWords}
 */
function timeWordsFrom(text) {
  try {
    /** @type {unknown} */
    const parsed = JSON.parse(text ?? '');
    /** @param {unknown} unit */
    const ok = (unit) => typeof unit === 'object' && unit !== null && typeof (/** @type {Record<string, unknown>} */ (unit)).one === 'string' && typeof (/** @type {Record<string, unknown>} */ (unit)).many === 'string';
    if (typeof parsed === 'object' && parsed !== null && ok((/** @type {Record<string, unknown>} */ (parsed)).minute) && ok((/** @type {Record<string, unknown>} */ (parsed)).second)) {
      return /** @type {TimeWords} */ (parsed);
    }
  } catch {
    // Not JSON: fall back to English rather than show nothing.
  }
  return ENGLISH_TIME_WORDS;
}

/**
 * "2 minutes", "1 minute 5 seconds", "45 seconds" (or "2 munud", "1 munud 5 eiliad"), in the
 * page's words.
 * @param {number} seconds
 * @param {TimeWords} words
 */
function timeText(seconds, words) {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  /** @param {number} count @param {'minute' | 'second'} unit */
  const say = (count, unit) => `${count} ${count === 1 ? words[unit].one : words[unit].many}`;
  if (minutes === 0) return say(rest, 'second');
  return rest === 0 ? say(minutes, 'minute') : `${say(minutes, 'minute')} ${say(rest, 'second')}`;
}

export {};
