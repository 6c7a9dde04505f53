import type { Privilege, RiskReason } from '../../shared/api.js';
import { isLanguage } from '../../shared/words/index.js';
import { AUDIT_EVENTS, type AuditEntry } from '../core/audit.js';
import type { GuessState } from '../core/guess-budget.js';
import type {
  AccountRecord,
  ChallengeRecord,
  DeviceRecord,
  Employment,
  InternetAccess,
  MailboxSessionRecord,
  OutboxChannel,
  OutboxMessage,
  PasswordResetRecord,
  PersonaSeed,
  PhoneAccountRecord,
  SessionRecord,
  SessionState,
  SignInEvent,
  SignInOutcome,
  StepUpCodeRecord,
} from '../core/store.js';

/**
 * Rows exactly as SQLite returns them, and their mapping to the core's records: each mapping once,
 * here, whichever part of the store reads the table.
 */

/**
 * The first `limit` rows of a query, read one at a time and the query stopped there: in place of
 * `LIMIT ?`. SQLite prepares a statement afresh on every run when its LIMIT is a bound parameter
 * (the value may change the plan), which made a five-row read of the outbox (the status call,
 * on every portal page) cost several times the read itself. As LIMIT does, a negative limit reads
 * every row.
 */
export function firstRows<T>(rows: IterableIterator<T>, limit: number): T[] {
  const found: T[] = [];
  if (limit === 0) {
    rows.return?.();
    return found;
  }
  for (const row of rows) {
    found.push(row);
    if (found.length === limit) break;
  }
  return found;
}

/** Risk reasons are kept as a JSON array in one column. */
export const riskColumn = (risk: readonly RiskReason[]): string => JSON.stringify(risk);
const parseRisk = (column: string): RiskReason[] => JSON.parse(column) as RiskReason[];

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
  language: string;
}

export const toAccount = (row: AccountRow): AccountRecord => ({
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
  // The column's CHECK allows only known languages; English if a future one is not known here.
  language: isLanguage(row.language) ? row.language : 'en',
});

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

export const toSession = (row: SessionRow): SessionRecord => ({
  idHash: row.id_hash,
  username: row.username,
  state: row.state,
  createdAt: row.created_at,
  lastSeenAt: row.last_seen_at,
  steppedUpAt: row.stepped_up_at,
  signIn: { deviceThumbprint: row.device_thumbprint, deviceLabel: row.device_label, location: row.location, risk: parseRisk(row.risk) },
  pendingSecret:
    row.pending_secret_sealed === null || row.pending_secret_created_at === null ? null : { sealed: row.pending_secret_sealed, createdAt: row.pending_secret_created_at },
});

/** The insert's named parameters: the sign-in circumstances and the pending key flattened into columns. */
export const sessionParams = ({ signIn, pendingSecret, ...session }: SessionRecord) => ({
  ...session,
  ...signIn,
  risk: riskColumn(signIn.risk),
  pendingSecretSealed: pendingSecret?.sealed ?? null,
  pendingSecretCreatedAt: pendingSecret?.createdAt ?? null,
});

export interface ChallengeRow {
  id_hash: string;
  session_id_hash: string;
  username: string;
  created_at: number;
  expires_at: number;
  satisfied_at: number | null;
  consumed_at: number | null;
}

export const toChallenge = (row: ChallengeRow): ChallengeRecord => ({
  idHash: row.id_hash,
  sessionIdHash: row.session_id_hash,
  username: row.username,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  satisfiedAt: row.satisfied_at,
  consumedAt: row.consumed_at,
});

export interface DeviceRow {
  username: string;
  thumbprint: string;
  label: string;
  first_seen_at: number;
  last_seen_at: number;
  remembered_until: number | null;
}

export const toDevice = (row: DeviceRow): DeviceRecord => ({
  username: row.username, thumbprint: row.thumbprint, label: row.label, firstSeenAt: row.first_seen_at, lastSeenAt: row.last_seen_at, rememberedUntil: row.remembered_until,
});

export interface SignInRow {
  id: number;
  username: string;
  at: number;
  device_label: string;
  device_thumbprint: string | null;
  location: string;
  outcome: SignInOutcome;
  risk: string;
}

export const toSignInEvent = (row: SignInRow): SignInEvent => ({
  id: row.id,
  username: row.username,
  at: row.at,
  deviceLabel: row.device_label,
  deviceThumbprint: row.device_thumbprint,
  location: row.location,
  outcome: row.outcome,
  risk: parseRisk(row.risk),
});

export interface GuessStateRow {
  consecutive_failures: number;
  locked_until: number | null;
  allowance: number;
  allowance_at: number;
}

export const toGuessState = (row: GuessStateRow): GuessState => ({
  consecutiveFailures: row.consecutive_failures, lockedUntil: row.locked_until, allowance: row.allowance, allowanceAt: row.allowance_at,
});

export interface PasswordResetRow {
  id_hash: string;
  username: string;
  created_at: number;
  expires_at: number;
  email_code_digest: string;
  email_verified_at: number | null;
  second_factor_at: number | null;
  used_at: number | null;
}

export const toPasswordReset = (row: PasswordResetRow): PasswordResetRecord => ({
  idHash: row.id_hash,
  username: row.username,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  emailCodeDigest: row.email_code_digest,
  emailVerifiedAt: row.email_verified_at,
  secondFactorAt: row.second_factor_at,
  usedAt: row.used_at,
});

export interface StepUpCodeRow {
  session_id_hash: string;
  username: string;
  code_digest: string;
  created_at: number;
  expires_at: number;
  wrong_attempts: number;
}

export const toStepUpCode = (row: StepUpCodeRow): StepUpCodeRecord => ({
  sessionIdHash: row.session_id_hash, username: row.username, codeDigest: row.code_digest, createdAt: row.created_at, expiresAt: row.expires_at, wrongAttempts: row.wrong_attempts,
});

export interface MailboxSessionRow {
  id_hash: string;
  username: string;
  created_at: number;
  expires_at: number;
}

export const toMailboxSession = (row: MailboxSessionRow): MailboxSessionRecord => ({ idHash: row.id_hash, username: row.username, createdAt: row.created_at, expiresAt: row.expires_at });

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

export const toOutboxMessage = (row: OutboxRow): OutboxMessage => ({
  id: row.id, at: row.at, username: row.username, channel: row.channel, kind: row.kind, subject: row.subject, body: row.body, seenAt: row.seen_at,
});

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

export interface PersonaSeedRow {
  username: string;
  password_hash: string;
  mailbox_password_hash: string;
  demo_secret_sealed: string | null;
  demo_recovery_codes_sealed: string | null;
}

export const toPersonaSeed = (row: PersonaSeedRow): PersonaSeed => ({
  username: row.username,
  passwordHash: row.password_hash,
  mailboxPasswordHash: row.mailbox_password_hash,
  demo: row.demo_secret_sealed === null || row.demo_recovery_codes_sealed === null ? null : { secretSealed: row.demo_secret_sealed, recoveryCodesSealed: row.demo_recovery_codes_sealed },
});

export interface PhoneAccountRow {
  id: number;
  issuer: string;
  account_name: string;
  secret_sealed: string;
  added_at: number;
}

export const toPhoneAccount = (row: PhoneAccountRow): PhoneAccountRecord => ({
  id: row.id, issuer: row.issuer, accountName: row.account_name, secretSealed: row.secret_sealed, addedAt: row.added_at,
});
