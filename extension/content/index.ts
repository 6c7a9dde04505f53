/**
 * The two attributes of shared/portal-facts.ts the entry reads, as its own copies: imported, they
 * would be a chunk of their own (other chunks share them) and one more file to fetch, one after
 * the other, before anything is drawn. A test (entry-marks.test.ts) holds them equal.
 */
export const ENTRY_MARKER_ATTRIBUTE = 'data-esr-portal';
export const ENTRY_PAGE_ATTRIBUTE = 'data-esr-page';
/** The storage.local keys of ../ui/language.ts, as the entry's own copies for the same reason. */
export const ENTRY_LANGUAGE_CHOICE_KEY = 'language';
export const ENTRY_CATALOGUE_KEY_PREFIX = 'messages-';

interface PageChunk {
  runOnPortalPage(stored: Promise<Record<string, unknown>>): void;
}

interface ExtensionApi {
  i18n: { getUILanguage(): string };
  storage: { local: { get(keys: string[]): Promise<Record<string, unknown>> } };
}

/**
 * Starts reading, in one storage.local.get, what the panels need to know which language to speak
 * (../ui/language.ts): the person's choice, and the catalogue of the language the browser's own
 * i18n does not speak (with two languages, the other one; the background copies both there). It
 * starts as soon as the portal is seen, so it is in long before the page is read and the panels
 * are drawn: no round trip to the background, and no wait added before a prompt shows.
 */
function readStoredWords(): Promise<Record<string, unknown>> {
  const scope = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  const api = (scope.browser ?? scope.chrome) as ExtensionApi;
  const other = /^cy\b/i.test(api.i18n.getUILanguage()) ? 'en' : 'cy';
  return api.storage.local.get([ENTRY_LANGUAGE_CHOICE_KEY, ENTRY_CATALOGUE_KEY_PREFIX + other]).catch(() => ({}));
}

/**
 * Each portal page's code is a chunk of its own (./pages/*.ts), with what it shares with the
 * others as chunks it imports, so the browser fetches them side by side: a page loads its own
 * panels and no other's (refined-github lazy-loads its features the same way).
 */
const PAGE_CHUNKS = new Map<string | null, () => Promise<PageChunk>>([
  ['login', () => import('./pages/login.js')],
  ['mfa-verify', () => import('./pages/verify.js')],
  ['step-up', () => import('./pages/step-up.js')],
  ['home', () => import('./pages/home.js')],
  ['activity', () => import('./pages/activity.js')],
]);
const loadOtherPage = () => import('./pages/other.js');
/**
 * What every page chunk imports (the portal part, Preact, the connector): fetched side by side
 * with the page chunk, rather than after it has been read.
 */
const loadSharedPart = () => import('./portal.js');

/**
 * Calls back once the page's <body> has been parsed (its attributes come with it), which is long
 * before the rest of the page: the entry runs at document_start, so a portal page's chunk loads
 * while the browser is still reading the page, and is ready to draw when the page is.
 */
function whenBodyParsed(then: (body: HTMLElement) => void): void {
  const body = document.body as HTMLElement | null;
  if (body !== null) {
    then(body);
    return;
  }
  const watcher = new MutationObserver(() => {
    const parsed = document.body as HTMLElement | null;
    if (parsed === null) return;
    watcher.disconnect();
    then(parsed);
  });
  watcher.observe(document, { childList: true, subtree: true });
}

// The entry, run on every page of 127.0.0.1 (the manifest cannot tell the portal's port from any
// other). It is kept to about a kilobyte: on a page that is not the portal it reads one attribute
// of <body> and stops, having drawn, stored and sent nothing. On a portal page it loads that
// page's chunk from the extension. A guard stops a second run in one world (refined-github's
// pattern), as when the extension is reloaded into an open page. A document that never has a
// <body> (an XML document, say) is not the portal either.
const LOADED = Symbol.for('esr-mfa.content-script');
if (!(LOADED in globalThis)) {
  Object.defineProperty(globalThis, LOADED, { value: true });
  whenBodyParsed((body) => {
    if (body.getAttribute(ENTRY_MARKER_ATTRIBUTE) !== '1') return;
    const stored = readStoredWords();
    const load = PAGE_CHUNKS.get(body.getAttribute(ENTRY_PAGE_ATTRIBUTE)) ?? loadOtherPage;
    Promise.all([load(), loadSharedPart()])
      .then(([chunk]) => { chunk.runOnPortalPage(stored); })
      .catch((error: unknown) => { console.error('ESR MFA: the content script failed to load.', error); });
  });
}
