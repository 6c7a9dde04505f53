import { audit, type RequestContext } from './audit.js';
import type { CoreDeps } from './deps.js';
import { securityMessages } from './notify.js';
import { recoveryCodesLeft } from './recovery-codes.js';
import { fail, ok, type Result } from './result.js';
import type { DeviceRecord, OutboxMessage, SessionRecord, SignInEvent } from './store.js';

export interface Activity {
  mfaOn: boolean;
  recoveryCodesLeft: number | null;
  signIns: SignInEvent[];
  rememberedDevices: DeviceRecord[];
  thisDevice: string | null;
  messages: OutboxMessage[];
}

/** Everything the account activity page shows a signed-in user about their own account. */
export function accountActivity(deps: CoreDeps, session: SessionRecord | undefined): Result<Activity> {
  if (session?.state !== 'signed-in') return fail({ code: 'not-signed-in' });
  const account = deps.store.findAccount(session.username);
  if (account === undefined) return fail({ code: 'not-signed-in' });
  const now = deps.clock.now();
  return ok({
    mfaOn: account.mfaEnabledAt !== null,
    recoveryCodesLeft: recoveryCodesLeft(deps, account),
    signIns: deps.store.listSignInEvents(account.username, 20),
    rememberedDevices: deps.store.listDevices(account.username).filter((d) => d.rememberedUntil !== null && d.rememberedUntil > now),
    thisDevice: session.signIn.deviceThumbprint,
    messages: securityMessages(deps, account, { limit: 10 }),
  });
}

/** "Stop remembering": the device must give a code again at its next sign-in. */
export function forgetDevice(deps: CoreDeps, context: RequestContext, session: SessionRecord | undefined, thumbprint: string): Result<{ forgotten: true }> {
  if (session?.state !== 'signed-in') return fail({ code: 'not-signed-in' });
  if (!deps.store.forgetDevice(session.username, thumbprint)) return fail({ code: 'not-found' });
  audit(deps, context, 'device-forgotten', session.username, { device: thumbprint.slice(0, 12) });
  return ok({ forgotten: true as const });
}

export function markNoticesSeen(deps: CoreDeps, session: SessionRecord | undefined): Result<{ seen: true }> {
  if (session?.state !== 'signed-in') return fail({ code: 'not-signed-in' });
  deps.store.markOutboxSeen(session.username, deps.clock.now());
  return ok({ seen: true as const });
}
