import type { CoreDeps } from './deps.js';
import type { SessionRecord } from './store.js';

/** Where each kind of secret is sealed, and what it is bound to: one place, so none is mixed up. */
export function sealTotpSecret(deps: CoreDeps, username: string, secret: string): string {
  return deps.secrets.seal(secret, { account: username, purpose: 'totp' });
}

export function openTotpSecret(deps: CoreDeps, account: { username: string; totpSecretSealed: string }): string {
  return deps.secrets.open(account.totpSecretSealed, { account: account.username, purpose: 'totp' });
}

/** A set-up in progress is bound to its session too: it opens nowhere else. */
export function sealPendingSecret(deps: CoreDeps, session: SessionRecord, secret: string): string {
  return deps.secrets.seal(secret, { account: session.username, purpose: `pending:${session.idHash}` });
}

export function openPendingSecret(deps: CoreDeps, session: SessionRecord, sealed: string): string {
  return deps.secrets.open(sealed, { account: session.username, purpose: `pending:${session.idHash}` });
}
