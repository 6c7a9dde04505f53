import { useEffect, useState } from 'preact/hooks';
import { HelperOrigin } from '../../messages/settings.js';
import type { Connector } from '../../ui/connector.js';
import { errorText } from '../../ui/error-text.js';
import { t, type MessageKey } from '../../ui/i18n.js';
import { languageOfBrowserLanguages, saveLanguageChoice, speakOnExtensionPage, wantedLanguage, type LanguageChoice } from '../../ui/language.js';

interface Fields {
  helperOrigin: string;
  snoozeDays: string;
  browserNotifications: boolean;
  language: LanguageChoice;
}

type Errors = Partial<Record<'helperOrigin' | 'snoozeDays', string>>;

/** The choices of language, each named in its own language (lang marks the Welsh one for screen readers). */
const LANGUAGE_OPTIONS: readonly { choice: LanguageChoice; label: MessageKey; lang?: string }[] = [
  { choice: 'auto', label: 'languageSameAsPage' },
  { choice: 'en', label: 'languageNameEnglish', lang: 'en' },
  { choice: 'cy', label: 'languageNameWelsh', lang: 'cy' },
];

/** Where the ESR training portal runs, how long "Not now" lasts, and which language to speak. */
export function Options({ connector, languageChoice }: { connector: Connector; languageChoice: LanguageChoice }) {
  const [fields, setFields] = useState<Fields | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState('');

  useEffect(() => {
    void connector.send({ type: 'get-settings' }).then((result) => {
      if (result.ok) setFields({ helperOrigin: result.value.helperOrigin, snoozeDays: String(result.value.snoozeDays), browserNotifications: result.value.browserNotifications, language: languageChoice });
      else setStatus(errorText(result.error));
    });
  }, [connector, languageChoice]);

  if (fields === null) return <p role="status">{status || t('loading')}</p>;

  async function save(event: Event) {
    event.preventDefault();
    if (fields === null) return;
    const helperOrigin = fields.helperOrigin.trim().replace(/\/+$/, '');
    const snoozeDays = Number(fields.snoozeDays);
    const found: Errors = {};
    const origin = HelperOrigin.safeParse(helperOrigin);
    if (!origin.success) found.helperOrigin = t('portalAddressError');
    if (!Number.isInteger(snoozeDays) || snoozeDays < 1 || snoozeDays > 90) found.snoozeDays = t('snoozeDaysError');
    setErrors(found);
    setStatus('');
    if (Object.keys(found).length > 0) return;
    const result = await connector.send({ type: 'save-settings', settings: { helperOrigin, snoozeDays, browserNotifications: fields.browserNotifications } });
    if (result.ok) {
      // Kept where the content scripts read it without asking the background (ui/language.ts);
      // this page speaks the new choice at once.
      await saveLanguageChoice(fields.language);
      await speakOnExtensionPage(wantedLanguage(fields.language, languageOfBrowserLanguages(navigator.languages)));
      document.title = t('optionsTitle');
    }
    setStatus(result.ok ? t('settingsSaved') : errorText(result.error));
  }

  // The permission must be asked for in the click itself, so it is asked here, not on save.
  async function toggleNotifications(wanted: boolean) {
    if (fields === null) return;
    const granted = wanted ? await connector.requestPermission('notifications') : false;
    setFields({ ...fields, browserNotifications: granted });
    if (wanted && !granted) setStatus(t('notificationsRefused'));
  }

  const field = (key: 'helperOrigin' | 'snoozeDays', label: MessageKey, hint: MessageKey, narrow = false) => (
    <div class={`form-group${errors[key] === undefined ? '' : ' form-group--error'}`}>
      <label for={key}>{t(label)}</label>
      <span class="hint" id={`${key}-hint`}>{t(hint)}</span>
      {errors[key] !== undefined && <span class="error-message" id={`${key}-error`}><span class="visually-hidden">{t('errorPrefix')} </span>{errors[key]}</span>}
      <input
        class={`input${narrow ? ' input--narrow' : ''}`}
        id={key}
        name={key}
        type="text"
        inputMode={narrow ? 'numeric' : 'url'}
        spellcheck={false}
        value={fields[key]}
        aria-invalid={errors[key] === undefined ? 'false' : 'true'}
        aria-describedby={`${key}-hint${errors[key] === undefined ? '' : ` ${key}-error`}`}
        onInput={(e) => { setFields({ ...fields, [key]: e.currentTarget.value }); }}
      />
    </div>
  );

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <form onSubmit={(e) => { void save(e); }} noValidate>
        {Object.keys(errors).length > 0 && <p class="error-message" role="alert">{t('optionsProblem')}</p>}
        {field('helperOrigin', 'portalAddressLabel', 'portalAddressHint')}
        {field('snoozeDays', 'snoozeDaysLabel', 'snoozeDaysHint', true)}
        <div class="form-group checkbox-row">
          <input id="browserNotifications" type="checkbox" checked={fields.browserNotifications} onChange={(e) => { void toggleNotifications(e.currentTarget.checked); }} />
          <label for="browserNotifications">{t('notificationsLabel')}</label>
        </div>
        <fieldset class="form-group" aria-describedby="language-hint">
          <legend>{t('languageLegend')}</legend>
          <span class="hint" id="language-hint">{t('languageHint')}</span>
          {LANGUAGE_OPTIONS.map(({ choice, label, lang }) => (
            <div class="radio-row" key={choice}>
              <input id={`language-${choice}`} type="radio" name="language" value={choice} checked={fields.language === choice} onChange={() => { setFields({ ...fields, language: choice }); }} />
              <label for={`language-${choice}`} lang={lang}>{t(label)}</label>
            </div>
          ))}
        </fieldset>
        <button class="button" type="submit">{t('saveSettings')}</button>
        <p class="status" role="status">{status}</p>
      </form>
    </main>
  );
}
