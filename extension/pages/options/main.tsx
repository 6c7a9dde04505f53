import { render } from 'preact';
import { runtimeConnector } from '../../ui/connector.js';
import { t } from '../../ui/i18n.js';
import { languageOfBrowserLanguages, readLanguageChoice, speakOnExtensionPage, wantedLanguage } from '../../ui/language.js';
import '../page.css';
import './options.css';
import { Options } from './options.js';

// The page speaks the language chosen on it; 'auto' here, with no ESR page to follow, is the
// browser's languages.
void readLanguageChoice()
  .catch(() => 'auto' as const)
  .then(async (choice) => {
    await speakOnExtensionPage(wantedLanguage(choice, languageOfBrowserLanguages(navigator.languages)));
    document.title = t('optionsTitle');
    const app = document.getElementById('app');
    if (app !== null) render(<Options connector={runtimeConnector()} languageChoice={choice} />, app);
  });
