import type { ExtensionStorage } from '../storage/db.js';
import type { FrameTickets } from './frame-tickets.js';
import type { HelperClient } from './helper-client.js';
import type { Notifier } from './notifier.js';

/** What every handler may use. Built once in the entry; faked in unit tests. */
export interface BackgroundContext {
  storage: ExtensionStorage;
  helper: HelperClient;
  tickets: FrameTickets;
  notifier: Notifier;
  now: () => number;
}
