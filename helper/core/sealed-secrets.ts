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

/**
 * A persona's demo set (training room): the key and recovery codes a reset restores, each sealed
 * for its own purpose, so neither can be passed off as the account's live authenticator.
 */
export function sealDemoSecret(deps: CoreDeps, username: string, secret: string): string {
  return deps.secrets.seal(secret, { account: username, purpose: 'demo-totp' });
}

export function openDemoSecret(deps: CoreDeps, username: string, sealed: string): string {
  return deps.secrets.open(sealed, { account: username, purpose: 'demo-totp' });
}

export function sealDemoRecoveryCodes(deps: CoreDeps, username: string, codes: readonly string[]): string {
  return deps.secrets.seal(JSON.stringify(codes), { account: username, purpose: 'demo-recovery-codes' });
}

export function openDemoRecoveryCodes(deps: CoreDeps, username: string, sealed: string): string[] {
  return JSON.parse(deps.secrets.open(sealed, { account: username, purpose: 'demo-recovery-codes' })) as string[];
}

/** A key on the training phone, bound to the account name and issuer it was added under. */
export function sealPhoneSecret(deps: CoreDeps, account: { issuer: string; accountName: string }, secret: string): string {
  return deps.secrets.seal(secret, { account: account.accountName, purpose: `training-phone:${account.issuer}` });
}

export function openPhoneSecret(deps: CoreDeps, account: { issuer: string; accountName: string; secretSealed: string }): string {
  return deps.secrets.open(account.secretSealed, { account: account.accountName, purpose: `training-phone:${account.issuer}` });
}
