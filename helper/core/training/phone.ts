import type { CameraView, PhoneAccount, PhoneView } from '../../console/contract.js';
import { TOTP_PARAMETERS } from '../../../shared/totp.js';
import { audit, type RequestContext } from '../audit.js';
import { normaliseUsername } from '../deps.js';
import { livePendingSecret } from '../enrolment.js';
import { openPendingSecret, openPhoneSecret, sealPhoneSecret } from '../sealed-secrets.js';
import type { PhoneAccountRecord, SessionRecord } from '../store.js';
import { isUsableTotpSecret, secondsLeftAt, totpCodeAt } from '../totp.js';
import { done, refused, type TrainingDeps, type TrainingResult } from './deps.js';
import { liveSessionsOf } from './people.js';

/**
 * The training phone: a virtual Microsoft Authenticator for the classroom. Its codes are worked out
 * on the helper's clock, the training clock, so they match the portal when the trainer has moved
 * time and a real phone's do not.
 */
function phoneAccountView(deps: TrainingDeps, account: PhoneAccountRecord, now: number): PhoneAccount {
  const secret = openPhoneSecret(deps, account);
  return { id: account.id, issuer: account.issuer, accountName: account.accountName, code: totpCodeAt(secret, now), secondsLeft: secondsLeftAt(now), addedAt: account.addedAt };
}

export function phoneView(deps: TrainingDeps): PhoneView {
  const now = deps.clock.now();
  return { now, accounts: deps.store.listPhoneAccounts().map((account) => phoneAccountView(deps, account, now)) };
}

/**
 * Adds an account to the phone under `accountName` with the given key, as the app does. Adding an
 * account already on the phone (same issuer and name) replaces its key rather than adding a second
 * one that looks the same: a class that sets up again must not be left guessing which code is live.
 */
function putOnPhone(deps: TrainingDeps, accountName: string, secret: string): PhoneAccount {
  const account = { issuer: TOTP_PARAMETERS.issuer, accountName };
  const stored = deps.store.putPhoneAccount({ ...account, secretSealed: sealPhoneSecret(deps, account, secret), addedAt: deps.clock.now() });
  return phoneAccountView(deps, stored, deps.clock.now());
}

/** "Enter code manually": the key as a person types it, spaces and case ignored. */
export function addTypedKey(deps: TrainingDeps, input: { key: string; accountName: string }): TrainingResult<PhoneAccount> {
  const key = input.key.replace(/[\s-]/g, '').toUpperCase().replace(/=+$/, '');
  if (!/^[A-Z2-7]+$/.test(key) || !isUsableTotpSecret(key)) {
    return refused('invalid-key', 'That is not a key an authenticator app can use. Check it against the one on the screen: letters A to Z and numbers 2 to 7, at least 26 of them.');
  }
  return done(putOnPhone(deps, input.accountName.trim(), key));
}

export function removePhoneAccount(deps: TrainingDeps, id: number): TrainingResult<{ removed: true }> {
  return deps.store.removePhoneAccount(id) ? done({ removed: true as const }) : refused('not-found', 'There is no such account on the training phone.');
}

interface ShownSetUp {
  session: SessionRecord;
  sealed: string;
  startedAt: number;
}

/**
 * The set-up QR codes being shown now: the pending key of every live signed-in session that has
 * one still in date. One per person (their newest): that is the screen a class is looking at.
 */
function setUpsShowing(deps: TrainingDeps): ShownSetUp[] {
  const newestFirst = liveSessionsOf(deps)
    .flatMap((session) => {
      const pending = livePendingSecret(deps, session);
      return pending === null ? [] : [{ session, sealed: pending.sealed, startedAt: pending.createdAt }];
    })
    .sort((a, b) => b.startedAt - a.startedAt);
  return newestFirst.filter((shown, index) => newestFirst.findIndex((other) => other.session.username === shown.session.username) === index);
}

export function cameraView(deps: TrainingDeps): CameraView {
  return {
    showing: setUpsShowing(deps).map(({ session, startedAt }) => ({
      username: session.username,
      displayName: deps.store.findAccount(session.username)?.displayName ?? session.username,
      startedAt,
    })),
  };
}

/**
 * The simulated camera "scans" a set-up QR code. The key comes from the helper, out of the session
 * that started the set-up (where it is sealed to that session), never from the portal page: what
 * a classroom phone would read off the screen, without the screen. Which code, when several people
 * are setting up, the trainer must say.
 */
export function scan(deps: TrainingDeps, context: RequestContext, input: { username?: string | undefined }): TrainingResult<PhoneAccount> {
  const showing = setUpsShowing(deps);
  let chosen: ShownSetUp | undefined;
  if (input.username !== undefined) {
    const username = normaliseUsername(input.username);
    chosen = showing.find((shown) => shown.session.username === username);
    if (chosen === undefined) return refused('nothing-to-scan', `No set-up QR code is showing for ${username}. Sign in as them and go to the "Add your ESR account" step first.`);
  } else if (showing.length === 0) {
    return refused('nothing-to-scan', 'No set-up QR code is showing. Sign in as someone who can turn on extra security and go to the "Add your ESR account" step first.');
  } else if (showing.length > 1) {
    return refused('choose-who-to-scan', `Set-up QR codes are showing for ${showing.map((shown) => shown.session.username).join(', ')}. Say whose to scan.`);
  } else {
    chosen = showing[0];
  }
  if (chosen === undefined) return refused('nothing-to-scan', 'No set-up QR code is showing.');
  const secret = openPendingSecret(deps, chosen.session, chosen.sealed);
  const added = putOnPhone(deps, chosen.session.username, secret);
  audit(deps, context, 'training-phone-scanned', chosen.session.username);
  return done(added);
}
