import type { AccountStore, EnrolmentStore } from './store/accounts.js';
import type { AuditStore } from './store/audit.js';
import type { CodeStore } from './store/codes.js';
import type { DeviceStore } from './store/devices.js';
import type { MailboxStore } from './store/mailbox.js';
import type { OutboxStore } from './store/outbox.js';
import type { SessionStore } from './store/sessions.js';

export type * from './store/accounts.js';
export type * from './store/audit.js';
export type * from './store/codes.js';
export type * from './store/devices.js';
export type * from './store/mailbox.js';
export type * from './store/outbox.js';
export type * from './store/sessions.js';
export type * from './store/training.js';
export { SESSION_END_REASONS } from './store/sessions.js';

/**
 * What the core needs from storage: one port per thing stored (store/*.ts), composed. Each write
 * is a named operation, never a generic update.
 */
export interface Store extends AccountStore, EnrolmentStore, SessionStore, DeviceStore, CodeStore, AuditStore, OutboxStore, MailboxStore {
  /** Runs `work` atomically; any throw rolls everything back. */
  transaction<T>(work: () => T): T;
}
