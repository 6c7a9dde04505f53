import { describe } from 'vitest';
import { useStage, type BrowserKind } from 'esr-mfa/test-kit';
import { enrolmentJourneys } from './journeys/enrolment.js';
import { managerAreaJourneys } from './journeys/manager-area.js';
import { recoveryJourneys } from './journeys/recovery.js';
import { signInJourneys } from './journeys/sign-in.js';
import { trainerJourneys } from './journeys/trainer.js';
import { whoSeesWhatJourneys } from './journeys/who-sees-what.js';

/**
 * Every journey of the extension, in one real browser against one real helper. Each journey
 * starts from a reset portal and a fresh tab (useStage), so any one can run alone
 * (`-t "<name>"`) and the suite runs them in a shuffled order.
 */
export function registerJourneys(kind: BrowserKind): void {
  // One retry: Firefox ESR's content process has been seen to crash ("Gah. Your tab just crashed")
  // under a loaded machine. The retry starts afresh like any journey; failing again is a real failure.
  describe(`ESR MFA in ${kind}`, { retry: 1 }, () => {
    const stage = useStage(kind);
    enrolmentJourneys(stage);
    signInJourneys(stage);
    managerAreaJourneys(stage);
    whoSeesWhatJourneys(stage);
    recoveryJourneys(stage);
    trainerJourneys(stage);
  });
}
