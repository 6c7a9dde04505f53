import type { Privilege } from '../../shared/api.js';
import { AUDIT_EVENTS, type AuditEntry } from '../core/audit.js';
import type { AccountRecord, ChallengeRecord, Employment, InternetAccess, OutboxChannel, OutboxMessage, RiskReason, SessionRecord, SessionState } from '../core/store.js';

/** Rows exactly as SQLite returns them, and their mapping to the core's records. */
export interface AccountRow {
  username: string;
  display_name: string;
  job_title: string;
  privilege: Privilege;
  employment: Employment;
  internet_access: InternetAccess;
  email: string;
  date_of_birth: string;
  password_hash: string;
  mfa_enabled_at: number | null;
  totp_secret_sealed: string | null;
  last_totp_step: number | null;
  reenrolment_required_at: number | null;
  setup_code_digest: string | null;
  setup_code_expires_at: number | null;
  mailbox_password_hash: string | null;
}

export function toAccount(row: AccountRow): AccountRecord {
  return {
    username: row.username,
    displayName: row.display_name,
    jobTitle: row.job_title,
    privilege: row.privilege,
    employment: row.employment,
    internetAccess: row.internet_access,
    email: row.email,
    dateOfBirth: row.date_of_birth,
    passwordHash: row.password_hash,
    mfaEnabledAt: row.mfa_enabled_at,
    totpSecretSealed: row.totp_secret_sealed,
    lastTotpStep: row.last_totp_step,
    reenrolmentRequiredAt: row.reenrolment_required_at,
    setupCode: row.setup_code_digest === null || row.setup_code_expires_at === null ? null : { digest: row.setup_code_digest, expiresAt: row.setup_code_expires_at },
    mailboxPasswordHash: row.mailbox_password_hash,
  };
}

export interface SessionRow {
  id_hash: string;
  username: string;
  state: SessionState;
  created_at: number;
  last_seen_at: number;
  stepped_up_at: number | null;
  device_thumbprint: string | null;
  device_label: string;
  location: string;
  risk: string;
  pending_secret_sealed: string | null;
  pending_secret_created_at: number | null;
}

export function toSession(row: SessionRow): SessionRecord {
  return {
    idHash: row.id_hash,
    username: row.username,
    state: row.state,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    steppedUpAt: row.stepped_up_at,
    signIn: { deviceThumbprint: row.device_thumbprint, deviceLabel: row.device_label, location: row.location, risk: JSON.parse(row.risk) as RiskReason[] },
    pendingSecret:
      row.pending_secret_sealed === null || row.pending_secret_created_at === null ? null : { sealed: row.pending_secret_sealed, createdAt: row.pending_secret_created_at },
  };
}

export interface ChallengeRow {
  id_hash: string;
  session_id_hash: string;
  username: string;
  created_at: number;
  expires_at: number;
  satisfied_at: number | null;
  consumed_at: number | null;
}

export function toChallenge(row: ChallengeRow): ChallengeRecord {
  return {
    idHash: row.id_hash,
    sessionIdHash: row.session_id_hash,
    username: row.username,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    satisfiedAt: row.satisfied_at,
    consumedAt: row.consumed_at,
  };
}

export interface OutboxRow {
  id: number;
  at: number;
  username: string;
  channel: OutboxChannel;
  kind: string;
  subject: string;
  body: string;
  seen_at: number | null;
}

export function toOutboxMessage(row: OutboxRow): OutboxMessage {
  return { id: row.id, at: row.at, username: row.username, channel: row.channel, kind: row.kind, subject: row.subject, body: row.body, seenAt: row.seen_at };
}

export interface AuditRow {
  at: number;
  event: string;
  username: string | null;
  ip: string | null;
  detail: string;
}

export function toAuditEntry(row: AuditRow): AuditEntry {
  const event = AUDIT_EVENTS.find((known) => known === row.event);
  if (event === undefined) throw new Error(`Unknown audit event in the database: ${row.event}`);
  return { at: row.at, event, username: row.username, ip: row.ip, detail: JSON.parse(row.detail) as AuditEntry['detail'] };
}
