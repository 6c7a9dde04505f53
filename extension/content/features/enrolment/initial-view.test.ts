import { describe, expect, it } from 'vitest';
import type { Eligibility } from '../../../../shared/api.js';
import type { PageContext } from '../../../messages/content.js';
import { GUIDE_STEPS, REENROLMENT_STEPS } from '../../../messages/enrolment.js';
import { initialView } from './enrolment-panel.js';

const NOW = 1_000_000;
function context(enrolment: Eligibility, extra: Partial<PageContext> = {}, enabled = false, risk: ('new-device' | 'unusual-location')[] = []): PageContext {
  return {
    status: { state: 'signed-in', user: { username: '999JSMITH01', displayName: 'Jane Smith', jobTitle: 'Staff nurse', privilege: 'staff' }, mfa: { enabled, enrolment, recoveryCodesLeft: enabled ? 10 : null, reenrolmentRequired: false }, signIn: { risk, location: 'Leeds, UK', device: 'Firefox on Linux' }, notices: [] },
    snoozedUntil: null,
    progress: null,
    snoozeDays: 7,
    ...extra,
  };
}
const progress = { username: '999JSMITH01', step: 'confirm' as const, acknowledgedIrreversible: true, updatedAt: 1 };

describe('what the portal home shows', () => {
  it.each<[string, PageContext, string]>([
    ['an eligible user: the invitation', context({ eligible: true }), 'invitation'],
    ['an eligible user who said "Not now": nothing until the snooze ends', context({ eligible: true }, { snoozedUntil: NOW + 1 }), 'closed'],
    ['after the snooze: the invitation again', context({ eligible: true }, { snoozedUntil: NOW - 1 }), 'invitation'],
    ['someone half-way through: the guide at their step, even when snoozed', context({ eligible: true }, { progress, snoozedUntil: NOW + 1 }), 'guide'],
    ['a leaver: why not', context({ eligible: false, reason: 'leaver' }), 'ineligible'],
    ['no internet access: why not', context({ eligible: false, reason: 'internet-access-not-approved' }), 'ineligible'],
    ['internet access asked for, not yet approved: why not', context({ eligible: false, reason: 'internet-access-requested' }), 'ineligible'],
    ['internet access turned down: why not', context({ eligible: false, reason: 'internet-access-rejected' }), 'ineligible'],
    ['a closed notice stays closed while snoozed', context({ eligible: false, reason: 'leaver' }, { snoozedUntil: NOW + 1 }), 'closed'],
    ['MFA already on: nothing', context({ eligible: false, reason: 'already-enrolled' }, {}, true), 'closed'],
    ['MFA on but the recovery codes not yet confirmed saved: that step', context({ eligible: false, reason: 'already-enrolled' }, { progress: { ...progress, step: 'recovery-codes' } }, true), 'guide'],
    ['a risky sign-in: the invitation even when snoozed', context({ eligible: true }, { snoozedUntil: NOW + 1 }, false, ['new-device']), 'invitation'],
  ])('%s', (_name, page, kind) => {
    expect(initialView(page, NOW).kind).toBe(kind);
  });

  it('resumes at the saved step with the saved acknowledgement', () => {
    expect(initialView(context({ eligible: true }, { progress }), NOW)).toEqual({ kind: 'guide', steps: GUIDE_STEPS, startAt: 'confirm', acknowledged: true, focus: false });
  });

  it('after a lost phone, goes straight to setting up the new one (MFA still on), resuming where it was left', () => {
    const lostPhone = (extra: Partial<PageContext>) => {
      const page = context({ eligible: true }, extra, true);
      return page.status.state === 'signed-in' ? { ...page, status: { ...page.status, mfa: { ...page.status.mfa, reenrolmentRequired: true } } } : page;
    };
    expect(initialView(lostPhone({}), NOW)).toEqual({ kind: 'guide', steps: REENROLMENT_STEPS, startAt: 'get-app', acknowledged: true, focus: false });
    expect(initialView(lostPhone({ progress: { ...progress, step: 'add-account' } }), NOW)).toMatchObject({ startAt: 'add-account' });
  });
});
