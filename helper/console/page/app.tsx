import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Language } from '../../../shared/words/index.js';
import type { ClockView, ConsoleStatus, PersonState } from '../contract.js';
import { createConsoleApi, type ConsoleApi, type ConsoleFailure } from './api.js';
import { Clock } from './clock.js';
import { errorText } from './error-text.js';
import { usePoll, useNow } from './hooks.js';
import { chosenLanguage, keepLanguage } from './language.js';
import { Outbox } from './outbox.js';
import { People } from './people.js';
import { Phone } from './phone.js';
import { Scenarios } from './scenarios.js';
import { StatusBar } from './status-bar.js';
import { forgetRefusedToken, hasTokenFragment, keepToken, takeToken } from './token.js';
import { TokenForm } from './token-form.js';
import { Problem, Section, useSaid } from './ui.js';
import { consoleWordsFor, SECTION_IDS, useWords, WordsContext } from './words/index.js';

/** How often the status and the people are asked for: trainees change them from the portal. */
const STATE_POLL_MS = 3000;

/** The console, in the trainer's language: its token first, then every section. */
export function App({ initialToken }: { initialToken: string | null }) {
  const [language, setLanguage] = useState<Language>(() => chosenLanguage(window));
  const words = consoleWordsFor(language);
  // The document says its language too: screen readers pick their voice by it, browsers their spelling.
  useEffect(() => {
    document.documentElement.lang = words.shared.locale;
    document.title = words.pageTitle;
  }, [words]);
  const switchLanguage = (to: Language) => {
    keepLanguage(window, to);
    setLanguage(to);
  };
  return (
    <WordsContext.Provider value={words}>
      <Frame onLanguage={switchLanguage}>
        <Console initialToken={initialToken} />
      </Frame>
    </WordsContext.Provider>
  );
}

function Console({ initialToken }: { initialToken: string | null }) {
  const [token, setToken] = useState(initialToken);
  const [refusal, setRefusal] = useState<Pick<ConsoleFailure, 'code'> | null>(null);
  const api = useMemo(() => {
    if (token === null) return null;
    return createConsoleApi(token, {
      onTokenAccepted: () => { keepToken(window, token); },
      onTokenRefused: (error) => {
        forgetRefusedToken(window, token);
        setRefusal({ code: error.code });
        setToken(null);
      },
    });
  }, [token]);

  // Pasting the printed address into a tab already on the console changes only the fragment, and
  // a fragment change does not reload the page.
  useEffect(() => {
    const onHashChange = () => {
      if (!hasTokenFragment(window.location.hash)) return;
      const fresh = takeToken(window);
      if (fresh === null) return;
      setRefusal(null);
      setToken(fresh);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => { window.removeEventListener('hashchange', onHashChange); };
  }, []);

  return api === null ? (
    <TokenForm refusal={refusal} onToken={(pasted) => { setRefusal(null); setToken(pasted); }} />
  ) : (
    <Sections api={api} />
  );
}

function Sections({ api }: { api: ConsoleApi }) {
  const words = useWords();
  const [status, setStatus] = useState<{ value: ConsoleStatus; receivedAt: number } | null>(null);
  const [people, setPeople] = useState<PersonState[] | null>(null);
  const [problem, setProblem] = useSaid();
  // Bumped after anything that changes the helper's state, so every section asks again at once.
  const [refreshKey, setRefreshKey] = useState(0);
  const changed = () => { setRefreshKey((key) => key + 1); };
  useNow(1000);

  usePoll(async (isStale) => {
    const [statusResult, peopleResult] = await Promise.all([api.status(), api.people()]);
    if (isStale()) return;
    if (statusResult.ok) setStatus({ value: statusResult.value, receivedAt: Date.now() });
    if (peopleResult.ok) setPeople(peopleResult.value);
    const failed = !statusResult.ok ? statusResult.error : !peopleResult.ok ? peopleResult.error : null;
    setProblem(failed === null ? null : (w) => errorText(failed, w));
  }, STATE_POLL_MS, [api, refreshKey]);

  // The helper's clock runs on between answers; only its offset from real time is the helper's to say.
  const helperNow = status === null ? null : status.value.clock.now + Math.max(0, Date.now() - status.receivedAt);
  const onClock = (clock: ClockView) => {
    setStatus((old) => (old === null ? null : { value: { ...old.value, clock }, receivedAt: Date.now() }));
    changed();
  };

  return (
    <>
      <h1 class="nhsuk-heading-xl esr-title">{words.heading}</h1>
      <StatusBar status={status?.value ?? null} helperNow={helperNow} />
      <Problem message={problem?.(words) ?? null} />
      <nav class="esr-nav" aria-label={words.nav.label}>
        <ul class="esr-nav__list">
          {SECTION_IDS.map((id) => <li key={id}><a class="nhsuk-link" href={`#${id}`}>{words.nav.sections[id]}</a></li>)}
        </ul>
      </nav>
      <Section id="people" title={words.nav.sections.people}>
        <People api={api} people={people} onPeople={setPeople} onChanged={changed} />
      </Section>
      <Section id="phone" title={words.nav.sections.phone}>
        <p class="nhsuk-body">{words.phone.intro}</p>
        <Phone api={api} refreshKey={refreshKey} onChanged={changed} />
      </Section>
      <Section id="clock" title={words.nav.sections.clock}>
        <Clock api={api} clock={status?.value.clock ?? null} helperNow={helperNow} onClock={onClock} />
      </Section>
      <Section id="outbox" title={words.nav.sections.outbox}>
        <Outbox api={api} people={people} refreshKey={refreshKey} />
      </Section>
      <Section id="scenarios" title={words.nav.sections.scenarios}>
        <Scenarios api={api} onPeople={setPeople} onChanged={changed} />
      </Section>
    </>
  );
}

const NHS_LOGO_PATH = 'M200 0v80H0V0h200Zm-27.5 5.5c-14.5 0-29 5-29 22 0 10.2 7.7 13.5 14.7 16.3l.7.3c5.4 2 10.1 3.9 10.1 8.4 0 6.5-8.5 7.5-14 7.5s-12.5-1.5-16-3.5L135 70c5.5 2 13.5 3.5 20 3.5 15.5 0 32-4.5 32-22.5 0-19.5-25.5-16.5-25.5-25.5 0-5.5 5.5-6.5 12.5-6.5a35 35 0 0 1 14.5 3l4-13.5c-4.5-2-12-3-20-3Zm-131 2h-22l-14 65H22l9-45h.5l13.5 45h21.5l14-65H64l-9 45h-.5l-13-45Zm63 0h-18l-13 65h17l6-28H117l-5.5 28H129l13.5-65H125L119.5 32h-20l5-24.5Z';
/** A name, the same in every language. */
const NHS = 'NHS';

/**
 * The portal's frame (helper/http/pages/layout.ts), so the console looks like the rest of ESR
 * training, with the language switch where the portal has its own: the header. The switch is
 * written in the language it switches to, and says so with `lang`.
 */
function Frame({ onLanguage, children }: { onLanguage: (language: Language) => void; children: ComponentChildren }) {
  const words = useWords();
  return (
    <>
      <a class="nhsuk-skip-link" href="#maincontent">{words.frame.skipLink}</a>
      <header class="nhsuk-header" role="banner">
        <div class="nhsuk-header__container nhsuk-width-container esr-wide">
          <div class="nhsuk-header__service">
            <span class="nhsuk-header__service-logo">
              <svg class="nhsuk-header__logo" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 80" height="40" width="100" focusable="false" role="img" aria-label={NHS}>
                <title>{NHS}</title>
                <path fill="currentcolor" d={NHS_LOGO_PATH} />
              </svg>
            </span>
            <span class="nhsuk-header__service-name">{words.frame.serviceName}</span>
          </div>
          <button type="button" class="esr-language-switch" lang={words.switchTo.language} onClick={() => { onLanguage(words.switchTo.language); }}>
            {words.switchTo.label}
          </button>
        </div>
      </header>
      <div class="esr-training-banner" role="note">{words.frame.banner}</div>
      <div class="nhsuk-width-container esr-wide">
        <main class="nhsuk-main-wrapper" id="maincontent">{children}</main>
      </div>
      <footer class="nhsuk-footer" role="contentinfo">
        <div class="nhsuk-width-container esr-wide"><p class="nhsuk-body-s">{words.frame.footer}</p></div>
      </footer>
    </>
  );
}
