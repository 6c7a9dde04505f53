import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestHelper, type HelperFixture } from '../../test/support/helper-fixture.js';
import { PERSONAS } from '../personas.js';
import { enrolmentEligibility } from './policy.js';

describe('enrolment eligibility for every persona', () => {
  let fx: HelperFixture;
  beforeEach(async () => { fx = await openTestHelper(); });
  afterEach(() => { fx.cleanup(); });

  it.each([
    ['999JSMITH01', { eligible: true }],
    ['999AKHAN01', { eligible: false, reason: 'already-enrolled' }],
    ['999PJONES01', { eligible: false, reason: 'leaver' }],
    ['999TBROWN01', { eligible: false, reason: 'internet-access-not-approved' }],
    ['999KOKAFOR01', { eligible: false, reason: 'internet-access-requested' }],
    ['999DEVANS01', { eligible: false, reason: 'internet-access-rejected' }],
    ['999SGREEN01', { eligible: true }],
    ['999RPATEL01', { eligible: false, reason: 'already-enrolled' }],
  ])('%s -> %j', (username, expected) => {
    const account = fx.helper.store.findAccount(username);
    expect(account).toBeDefined();
    expect(enrolmentEligibility(account!)).toEqual(expected);
  });

  it('covers every persona', () => {
    expect(fx.helper.store.listAccounts().map((a) => a.username)).toEqual(PERSONAS.map((p) => p.username));
  });

  it('a leaver is refused even with internet access approved, and leaving outranks access', () => {
    const priya = fx.helper.store.findAccount('999PJONES01')!;
    expect(enrolmentEligibility({ ...priya, internetAccess: 'not-requested' })).toEqual({ eligible: false, reason: 'leaver' });
  });
});
