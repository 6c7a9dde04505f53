export type OutboxChannel = 'email' | 'sms';

/** A message the helper "sent": the training portal shows them instead of sending anything. */
export interface OutboxMessage {
  id: number;
  at: number;
  username: string;
  channel: OutboxChannel;
  kind: string;
  subject: string;
  body: string;
  seenAt: number | null;
}

export interface OutboxStore {
  appendOutbox(message: Omit<OutboxMessage, 'id' | 'seenAt'>): void;
  /** Newest first; optionally one user's, of one kind, without some kinds, or only those not yet seen. */
  listOutbox(filter: { username?: string; limit: number; kind?: string; exceptKinds?: readonly string[]; unseenOnly?: boolean }): OutboxMessage[];
  markOutboxSeen(username: string, at: number): void;
}
