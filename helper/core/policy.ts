import type { Eligibility } from '../../shared/api.js';
import type { AccountRecord } from './store.js';

/**
 * Who may turn MFA on. MFA is optional, so this only ever answers "may you"; nothing here or
 * anywhere else turns it off once on (the store has no such operation, and a database trigger
 * refuses one).
 */
export function enrolmentEligibility(account: AccountRecord): Eligibility {
  if (account.employment === 'left') return { eligible: false, reason: 'leaver' };
  if (account.internetAccess === 'requested') return { eligible: false, reason: 'internet-access-requested' };
  if (account.internetAccess === 'rejected') return { eligible: false, reason: 'internet-access-rejected' };
  if (account.internetAccess !== 'approved') return { eligible: false, reason: 'internet-access-not-approved' };
  // A revoked authenticator (lost phone) must be replaced: that is the one enrolment allowed with MFA on.
  if (account.mfaEnabledAt !== null && account.reenrolmentRequiredAt === null) return { eligible: false, reason: 'already-enrolled' };
  return { eligible: true };
}
