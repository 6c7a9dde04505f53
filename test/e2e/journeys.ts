import { afterAll, afterEach, beforeAll, describe } from 'vitest';
import { setPortalAddress } from '../../helper/launcher/portal-address.js';
import { enrolmentJourneys } from './journeys/enrolment.js';
import { enterCode, expectSecretNotInPage, type Journey } from './journeys/journey.js';
import { managerAreaJourneys } from './journeys/manager-area.js';
import { recoveryJourneys } from './journeys/recovery.js';
import { signInJourneys } from './journeys/sign-in.js';
import { whoSeesWhatJourneys } from './journeys/who-sees-what.js';
import { launchWithExtension, screenshotter, type BrowserKind } from './support/browsers.js';
import { HelperProcess } from './support/helper-process.js';
import { startOtherSite } from './support/other-site.js';

/**
 * Every journey of the extension against a real helper, in one real browser. The journeys run in
 * order, as one story: Jane enrols first and signs in with codes later, and so on.
 */
export function registerJourneys(kind: BrowserKind): void {
  // One retry: Firefox ESR's content process has been seen to crash ("Gah. Your tab just crashed")
  // under a loaded CI machine. A journey that fails again is a real failure.
  describe(`ESR MFA in ${kind}`, { retry: 1 }, () => {
    const j = {
      kind,
      shot: screenshotter(kind),
      portal: () => j.helper.origin,
      jane: { secret: '', lastStep: null, recoveryCodes: [] },
      amir: { key: '', lastStep: null },
      ravi: { key: '' },
      enterCode: (code: string) => enterCode(j.page, code),
      expectNoSecretInPage: () => expectSecretNotInPage(j.page, j.jane.secret),
      // tb, helper, other and page arrive in beforeAll, before any journey runs.
    } as unknown as Journey;

    beforeAll(async () => {
      [j.helper, j.other, j.tb] = await Promise.all([HelperProcess.start(), startOtherSite(), launchWithExtension(kind)]);
      j.page = await j.tb.browser.newPage();
      await setPortalAddress(j.tb, j.page, j.other.origin, j.helper.origin);
      await j.shot(j.page, 'options-page-saved');
    }, 60_000);

    // A failed journey leaves a picture of what the person would have seen; a crashed tab is
    // replaced, so the retry and the journeys after it start from a live page.
    afterEach(async (context) => {
      if (context.task.result?.state === 'fail') {
        await j.shot(j.page, `FAILED-${context.task.name.slice(0, 40).replace(/\W+/g, '-')}`).catch(() => undefined);
        const crashed = await j.page.evaluate(() => location.href).then((href) => href.startsWith('about:tabcrashed'), () => true);
        if (crashed) j.page = await j.tb.browser.newPage();
      }
    });

    afterAll(async () => {
      await j.tb.browser.close();
      await Promise.all([j.helper.stop(), j.other.close()]);
    });

    enrolmentJourneys(j);
    signInJourneys(j);
    managerAreaJourneys(j);
    whoSeesWhatJourneys(j);
    recoveryJourneys(j);
  });
}
