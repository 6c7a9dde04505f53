import type { AddPhoneAccountRequest, CameraView, PhoneAccount } from '../contract.js';

/** What the training phone says and checks, kept out of its markup so tests can read it. */

export const NOTHING_TO_SCAN = 'No set-up QR code is being shown. Open the set-up guide in the portal first.';

export type Showing = CameraView['showing'][number];

/** Pointing the camera: at nothing, at the only QR code showing, or the trainer chooses whose. */
export type ScanPlan = { kind: 'nothing' } | { kind: 'one'; showing: Showing } | { kind: 'choose'; showing: Showing[] };

export function planScan(camera: CameraView): ScanPlan {
  const [first, ...rest] = camera.showing;
  if (first === undefined) return { kind: 'nothing' };
  return rest.length === 0 ? { kind: 'one', showing: first } : { kind: 'choose', showing: camera.showing };
}

export function accountLabel(account: Pick<PhoneAccount, 'issuer' | 'accountName'>): string {
  return `${account.issuer} (${account.accountName})`;
}

export function addedText(account: PhoneAccount): string {
  return `${accountLabel(account)} is on the training phone. Its code is ready to type in the portal.`;
}

/** "12 seconds left": said to screen readers beside the ring, which they cannot see. */
export function secondsLeftText(seconds: number): string {
  return seconds === 1 ? '1 second left' : `${seconds} seconds left`;
}

/**
 * The countdown between polls: the server's seconds left, less the whole seconds since it said
 * so, never below 1 (the next poll brings the next code).
 */
export function secondsLeftNow(secondsLeft: number, receivedAt: number, now: number): number {
  return Math.max(1, secondsLeft - Math.floor(Math.max(0, now - receivedAt) / 1000));
}

export interface ManualKeyFields {
  accountName: string;
  key: string;
}
export type ManualKeyErrors = Partial<Record<keyof ManualKeyFields, string>>;

/**
 * Checks the "Enter key manually" form before it is sent, with the same tolerance as the helper
 * (spaces and case do not matter). Whether the key is long enough is the helper's to say.
 */
export function checkManualKey(fields: ManualKeyFields): { ok: true; request: AddPhoneAccountRequest } | { ok: false; errors: ManualKeyErrors } {
  const errors: ManualKeyErrors = {};
  const accountName = fields.accountName.trim();
  const key = fields.key.replace(/\s/g, '');
  if (accountName === '') errors.accountName = 'Enter the account name, for example 999JSMITH01';
  else if (accountName.length > 100) errors.accountName = 'The account name must be 100 characters or fewer';
  if (key === '') errors.key = 'Enter the key shown under the QR code';
  else if (!/^[A-Za-z2-7]+=*$/.test(key)) errors.key = 'The key can only contain the letters A to Z and the numbers 2 to 7';
  else if (fields.key.length > 200) errors.key = 'The key must be 200 characters or fewer';
  if (errors.accountName !== undefined || errors.key !== undefined) return { ok: false, errors };
  return { ok: true, request: { accountName, key: fields.key.trim() } };
}
