/**
 * The content script's life cycle (refined-github's `init(signal)`, with the signal actually
 * aborted): features run with a signal that lives as long as the page is shown. Leaving the page
 * (`pagehide`) aborts it, so every feature takes its panels down; a page brought back from the
 * back/forward cache (`pageshow` with `persisted`) starts the features again with a new signal,
 * on fresh answers, since the session may have changed while the page was away.
 * https://web.dev/articles/bfcache#observe-when-a-page-is-restored-from-bfcache
 */

/** The part of `window` the life cycle needs; a plain EventTarget in tests. */
export interface PageEvents {
  addEventListener(type: 'pagehide' | 'pageshow', listener: (event: Event) => void): void;
}

export function runWhileShown(page: PageEvents, start: (signal: AbortSignal) => Promise<void>): void {
  let shown = new AbortController();
  const run = (signal: AbortSignal) => {
    start(signal).catch((error: unknown) => { console.error('ESR MFA: the content script failed to start.', error); });
  };
  page.addEventListener('pagehide', () => { shown.abort(); });
  page.addEventListener('pageshow', (event) => {
    // The first pageshow of a normal load is not a return: the features are already running.
    if (!('persisted' in event) || event.persisted !== true) return;
    shown.abort();
    shown = new AbortController();
    run(shown.signal);
  });
  run(shown.signal);
}

/**
 * Starts one feature. A feature that throws is reported by name and the caller goes on to the
 * next, so one broken panel does not take the others with it.
 */
export function runFeature<T>(name: string, init: () => T): T | undefined {
  try {
    return init();
  } catch (error) {
    console.error(`ESR MFA: the ${name} feature failed to start.`, error);
    return undefined;
  }
}
