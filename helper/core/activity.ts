import { audit, type RequestContext } from './audit.js';
import type { CoreDeps } from './deps.js';
import { messageView, securityMessages } from './notify.js';
import { recoveryCodesLeft } from './recovery-codes.js';
import { fail, ok, type Result } from './result.js';
import { signedInAccount } from './sessions.js';
import type { SessionRecord } from './store.js';
import type { ActivityView } from './views.js';

/** Everything the account activity page shows a signed-in user about their own account. */
export function accountActivity(deps: CoreDeps, session: SessionRecord | undefined): Result<ActivityView> {
  const found = signedInAccount(deps, session);
  if (!found.ok) return found;
  const { account } = found.value;
  const now = deps.clock.now();
  return ok({
    username: account.username,
    mfaOn: account.mfaEnabledAt !== null,
    recoveryCodesLeft: recoveryCodesLeft(deps, account),
    signIns: deps.store.listSignInEvents(account.username, 20).map(({ at, deviceLabel, location, outcome, risk }) => ({ at, deviceLabel, location, outcome, risk })),
    rememberedDevices: deps.store.listDevices(account.username).flatMap(({ thumbprint, label, lastSeenAt, rememberedUntil }) =>
      rememberedUntil !== null && rememberedUntil > now ? [{ thumbprint, label, lastSeenAt, rememberedUntil, thisDevice: thumbprint === found.value.session.signIn.deviceThumbprint }] : [],
    ),
    messages: securityMessages(deps, account, { limit: 10 }).map(messageView),
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
