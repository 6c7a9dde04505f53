import type { AddPhoneAccountRequest, CameraView, PhoneAccount } from '../contract.js';
import type { ConsoleWords } from './words/index.js';

/** What the training phone says and checks, kept out of its markup so tests can read it. */

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

export function addedText(account: PhoneAccount, words: ConsoleWords): string {
  return words.phone.added(accountLabel(account));
}

/** "12 seconds left": said to screen readers beside the ring, which they cannot see. */
export function secondsLeftText(seconds: number, words: ConsoleWords): string {
  return words.phone.secondsLeft(seconds);
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
/** Each way a typed key can be wrong, named as the catalogue names its words (words.manualKey). */
export type ManualKeyProblem = 'accountNameMissing' | 'accountNameTooLong' | 'keyMissing' | 'keyCharacters' | 'keyTooLong';
export type ManualKeyErrors = Partial<Record<keyof ManualKeyFields, ManualKeyProblem>>;

/**
 * Checks the "Enter key manually" form before it is sent, with the same tolerance as the helper
 * (spaces and case do not matter). Whether the key is long enough is the helper's to say.
 */
export function checkManualKey(fields: ManualKeyFields): { ok: true; request: AddPhoneAccountRequest } | { ok: false; errors: ManualKeyErrors } {
  const errors: ManualKeyErrors = {};
  const accountName = fields.accountName.trim();
  const key = fields.key.replace(/\s/g, '');
  if (accountName === '') errors.accountName = 'accountNameMissing';
  else if (accountName.length > 100) errors.accountName = 'accountNameTooLong';
  if (key === '') errors.key = 'keyMissing';
  else if (!/^[A-Za-z2-7]+=*$/.test(key)) errors.key = 'keyCharacters';
  else if (fields.key.length > 200) errors.key = 'keyTooLong';
  if (errors.accountName !== undefined || errors.key !== undefined) return { ok: false, errors };
  return { ok: true, request: { accountName, key: fields.key.trim() } };
}
