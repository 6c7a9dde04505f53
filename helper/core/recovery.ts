import { audit, type RequestContext } from './audit.js';
import { acceptCode, checkOneTimeCode } from './code-check.js';
import type { CoreDeps } from './deps.js';
import { notify } from './notify.js';
import { issueRecoveryCodes } from './recovery-codes.js';
import { openTotpSecret } from './sealed-secrets.js';
import { fail, ok, type Result } from './result.js';
import { endOtherSessions } from './sessions.js';
import type { SessionRecord } from './store.js';

/**
 * A new set of recovery codes, for a signed-in user with MFA on who proves it with a fresh app
 * code (a stolen session alone cannot mint codes). The old set stops working at once.
 */
export function regenerateRecoveryCodes(
  deps: CoreDeps,
  context: RequestContext,
  session: SessionRecord | undefined,
  code: string,
  options: { signOutOthers?: boolean | undefined } = {},
): Result<{ recoveryCodes: string[]; signedOutOthers: number }> {
  if (session?.state !== 'signed-in') return fail({ code: 'not-signed-in' });
  const account = deps.store.findAccount(session.username);
  if (account === undefined) return fail({ code: 'not-signed-in' });
  if (account.totpSecretSealed === null) return fail({ code: 'mfa-not-on' });
  const checked = checkOneTimeCode(deps, context, account, { secret: openTotpSecret(deps, { ...account, totpSecretSealed: account.totpSecretSealed }), code, purpose: 'recovery-codes' });
  if (!checked.ok) return checked;
  return deps.store.transaction(() => {
    if (!acceptCode(deps, context, account.username, checked.value)) return fail({ code: 'code-already-used' });
    const recoveryCodes = issueRecoveryCodes(deps, account.username);
    audit(deps, context, 'recovery-codes-renewed', account.username);
    notify(deps, account.username, 'recovery-codes-renewed');
    // Offered with new codes: someone who may have seen the old ones may also be signed in.
    const signedOutOthers = options.signOutOthers === true ? endOtherSessions(deps, account.username, 'signed-out-elsewhere', session) : 0;
    if (signedOutOthers > 0) notify(deps, account.username, 'signed-out-elsewhere');
    return ok({ recoveryCodes, signedOutOthers });
  });
}
