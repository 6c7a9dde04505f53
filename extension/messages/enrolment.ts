import { z } from 'zod/mini';

/** What the extension keeps about a set-up in progress, and the steps of the guide. */

export const Username = z.string().check(z.regex(/^[A-Z0-9]{1,32}$/));

/** At or below this many unused recovery codes, the extension suggests making new ones. */
export const FEW_RECOVERY_CODES_LEFT = 3;

export const GUIDE_STEPS = ['why', 'get-app', 'add-account', 'confirm', 'recovery-codes', 'done'] as const;
export const GuideStep = z.enum(GUIDE_STEPS);
/** Replacing a lost phone: MFA is already on, so the guide starts at getting the app. */
export const REENROLMENT_STEPS = ['get-app', 'add-account', 'confirm', 'recovery-codes', 'done'] as const satisfies readonly GuideStep[];
export type GuideStep = z.infer<typeof GuideStep>;

export const EnrolmentProgress = z.object({
  username: Username,
  step: GuideStep,
  acknowledgedIrreversible: z.boolean(),
  updatedAt: z.number(),
});
export type EnrolmentProgress = z.infer<typeof EnrolmentProgress>;
