import { describe } from 'vitest';
import { useStage, type BrowserKind } from 'esr-mfa/test-kit';
import { enrolmentJourneys } from './journeys/enrolment.js';
import { keyboardJourneys } from './journeys/keyboard.js';
import { managerAreaJourneys } from './journeys/manager-area.js';
import { recoveryJourneys } from './journeys/recovery.js';
import { sessionTimeoutJourneys } from './journeys/session-timeout.js';
import { signInJourneys } from './journeys/sign-in.js';
import { trainerJourneys } from './journeys/trainer.js';
import { welshExtensionJourneys } from './journeys/welsh-extension.js';
import { whoSeesWhatJourneys } from './journeys/who-sees-what.js';

/**
 * The journeys in two halves of about the same length, each half a file of its own per browser, so
 * vitest runs them side by side: each half has its own helper and browser.
 */
export type JourneyHalf = 'setting-up' | 'using';

/**
 * Half of the journeys of the extension, in one real browser against one real helper. Each journey
 * starts from a reset portal and a fresh tab (useStage), so any one can run alone
 * (`-t "<name>"`) and the suite runs them in a shuffled order.
 */
export function registerJourneys(kind: BrowserKind, half: JourneyHalf): void {
  // Shuffled with the run's seed (printed first; E2E_SEED repeats it). One retry: Firefox ESR's
  // content process has been seen to crash ("Gah. Your tab just crashed") under a loaded machine.
  // The retry starts afresh like any journey; failing again is a real failure.
  describe(`ESR MFA in ${kind}`, { retry: 1, shuffle: true }, () => {
    const stage = useStage(kind);
    if (half === 'setting-up') {
      enrolmentJourneys(stage);
      recoveryJourneys(stage);
      managerAreaJourneys(stage);
      sessionTimeoutJourneys(stage);
    } else {
      signInJourneys(stage);
      whoSeesWhatJourneys(stage);
      trainerJourneys(stage);
      welshExtensionJourneys(stage);
      keyboardJourneys(stage);
    }
  });
}
