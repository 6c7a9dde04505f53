/**
 * The steps the guide promises, in order: the list its contents show, the pictures it draws, and
 * what its test checks. Each language's catalogue must word every one (catalogue.ts).
 */
export const GUIDE_STEPS = [
  'sign-in',
  'invitation',
  'why',
  'get-app',
  'qr-code',
  'phone-scan',
  'phone-code',
  'enter-code',
  'save-recovery-codes',
  'done',
  'mfa-on',
  'sign-in-again',
  'phone-next-code',
  'enter-sign-in-code',
  'recovery-codes-left',
  'use-recovery-code',
  'lost-phone',
  'set-up-new-phone',
] as const;

export type GuideStepId = (typeof GUIDE_STEPS)[number];

/** The parts the guide is in, each a run of steps, so the contents read as three short lists. */
export const GUIDE_PARTS = [
  { id: 'turn-on', first: 'sign-in', last: 'mfa-on' },
  { id: 'sign-in-with-code', first: 'sign-in-again', last: 'enter-sign-in-code' },
  { id: 'recovery', first: 'recovery-codes-left', last: 'set-up-new-phone' },
] as const satisfies readonly { id: string; first: GuideStepId; last: GuideStepId }[];

export type GuidePartId = (typeof GUIDE_PARTS)[number]['id'];

export const LANGUAGES = ['en', 'cy'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Generated file names: English without a suffix, other languages with one (mfa-step-by-step.cy.html). */
export function fileName(base: string, language: Language, extension: string): string {
  return language === 'en' ? `${base}.${extension}` : `${base}.${language}.${extension}`;
}
