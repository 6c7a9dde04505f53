import type { GuidePartId, GuideStepId, Language } from './steps.js';
import { ENGLISH } from './catalogue-en.js';
import { WELSH } from './catalogue-cy.js';

/** The words of one step: a one-line caption under its picture, and the picture's alt text. */
export interface StepWords {
  caption: string;
  alt: string;
}

/** Every word the guide and the video's captions use in one language (the product's own words come from the product). */
export interface GuideCatalogue {
  /** The `lang` attribute of the HTML. */
  lang: string;
  title: string;
  /** Paragraphs under the title. */
  intro: readonly string[];
  contents: string;
  parts: Record<GuidePartId, string>;
  steps: Record<GuideStepId, StepWords>;
  /** A note at the end: the guide is drawn from the training portal with demo people and keys. */
  madeFrom: string;
  /** The video's first and last captions. */
  videoStart: string;
  videoEnd: string;
}

const CATALOGUES: Record<Language, GuideCatalogue> = { en: ENGLISH, cy: WELSH };

export function catalogueFor(language: Language): GuideCatalogue {
  return CATALOGUES[language];
}
