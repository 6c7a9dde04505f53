import type { Language } from '../../../../shared/words/index.js';
import type { PortalWords } from './catalogue.js';
import { cy } from './cy.js';
import { en } from './en.js';

export type { PortalWords } from './catalogue.js';

/** The portal's page catalogues, one per language the shared catalogue has: a missing one does not compile. */
const PORTAL_CATALOGUES: Record<Language, PortalWords> = { en, cy };

export function portalWordsFor(language: Language = 'en'): PortalWords {
  return PORTAL_CATALOGUES[language];
}
