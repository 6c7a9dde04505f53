import type { CoreDeps } from './deps.js';

/** Every security-relevant event the helper records. The audit table is append-only. */
export const AUDIT_EVENTS = [
  'sign-in',
  'sign-in-mfa-required',
  'sign-in-completed',
  'sign-in-failed',
  'sign-in-refused-locked',
  'password-lockout',
  'mfa-code-wrong',
  'mfa-code-replayed',
  'mfa-lockout',
  'mfa-refused-locked',
  'challenge-expired',
  'enrolment-started',
  'enrolment-refused',
  'mfa-enabled',
  'recovery-code-used',
  'recovery-codes-renewed',
  'sign-out',
  'device-forgotten',
  'device-remembered',
  'devices-forgotten',
  'setup-code-used',
  'authenticator-revoked',
  'authenticator-replaced',
  'helpdesk-reset',
  'helpdesk-reset-refused',
  'step-up-code-sent',
  'step-up-passed',
  'step-up-failed',
  'password-reset-started',
  'password-reset-refused',
  'password-reset',
  'mailbox-opened',
  'mailbox-open-failed',
  'mailbox-refused-locked',
  'training-clock-moved',
  'training-reset',
  'training-scenario',
  'training-phone-scanned',
] as const;
export type AuditEvent = (typeof AUDIT_EVENTS)[number];

export type AuditDetail = Record<string, string | number | boolean>;

export interface AuditEntry {
  at: number;
  event: AuditEvent;
  /** Null when the username typed matches no account: the name tried is in `detail`. */
  username: string | null;
  ip: string | null;
  detail: AuditDetail;
}

/** Who is asking, as the HTTP layer saw it: recorded with every audit entry. */
export interface RequestContext {
  ip: string | null;
}

/** The trail is written at the core's own clock, never the caller's idea of the time. */
type AuditDeps = Pick<CoreDeps, 'store' | 'clock'>;

/** Records one event in the audit trail, with who asked. */
export function audit(deps: AuditDeps, context: RequestContext, event: AuditEvent, username: string | null, detail: AuditDetail = {}): void {
  deps.store.appendAudit({ at: deps.clock.now(), event, username, ip: context.ip, detail });
}

/**
 * Audits what was done with a name typed into a form: under the account when there is one, and
 * otherwise under no account, with the name tried (cut short) in the detail.
 */
export function auditTyped(deps: AuditDeps, context: RequestContext, typed: string, username: string | null) {
  return (event: AuditEvent, detail: AuditDetail = {}) => {
    audit(deps, context, event, username, username === null ? { typedUsername: typed.slice(0, 64), ...detail } : detail);
  };
}
