import { z } from 'zod/mini';
import { GUIDE_STEPS } from './guide-steps.js';

export { FEW_RECOVERY_CODES_LEFT, GUIDE_STEPS, REENROLMENT_STEPS } from './guide-steps.js';

/** What the extension keeps about a set-up in progress, and the steps of the guide. */
export const Username = z.string().check(z.regex(/^[A-Z0-9]{1,32}$/));

export const GuideStep = z.enum(GUIDE_STEPS);
export type GuideStep = z.infer<typeof GuideStep>;

export const EnrolmentProgress = z.object({
  username: Username,
  step: GuideStep,
  acknowledgedIrreversible: z.boolean(),
  updatedAt: z.number(),
});
export type EnrolmentProgress = z.infer<typeof EnrolmentProgress>;
