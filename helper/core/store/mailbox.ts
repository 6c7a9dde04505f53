/** A signed-in demo mailbox, named by its own cookie, stored as a hash. */
export interface MailboxSessionRecord {
  idHash: string;
  username: string;
  createdAt: number;
  expiresAt: number;
}

/** Each person's demo mailbox: its password and its sessions. */
export interface MailboxStore {
  setMailboxPasswordHash(username: string, mailboxPasswordHash: string): void;
  /** Also clears away mailbox sessions that had ended before this one began. */
  insertMailboxSession(session: MailboxSessionRecord): void;
  findMailboxSession(idHash: string): MailboxSessionRecord | undefined;
  deleteMailboxSession(idHash: string): void;
}
