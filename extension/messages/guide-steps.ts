/**
 * The steps of the guide, in a module with no imports, so the content script's panels can use
 * them without the validation library (see shared/portal-facts.ts). ./enrolment.ts re-exports
 * them beside its schemas.
 */
export const GUIDE_STEPS = ['why', 'get-app', 'add-account', 'confirm', 'recovery-codes', 'done'] as const;
export type GuideStep = (typeof GUIDE_STEPS)[number];

/** Replacing a lost phone: MFA is already on, so the guide starts at getting the app. */
export const REENROLMENT_STEPS = ['get-app', 'add-account', 'confirm', 'recovery-codes', 'done'] as const satisfies readonly GuideStep[];

/** At or below this many unused recovery codes, the extension suggests making new ones. */
export const FEW_RECOVERY_CODES_LEFT = 3;
