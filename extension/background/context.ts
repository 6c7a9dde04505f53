import type { ContentMessages } from '../messages/content.js';
import type { FrameMessages } from '../messages/frame.js';
import type { OptionsMessages } from '../messages/options.js';
import type { Handler } from '../messages/table.js';
import type { ExtensionStorage } from '../storage/db.js';
import type { FrameTickets } from './frame-tickets.js';
import type { HelperClient } from './helper-client.js';
import type { Notifier } from './notifier.js';
import type { SessionOwners } from './session-owners.js';

/** What every handler may use. Built once in the entry; faked in unit tests. */
export interface BackgroundContext {
  storage: ExtensionStorage;
  helper: HelperClient;
  tickets: FrameTickets;
  notifier: Notifier;
  owners: SessionOwners;
  now: () => number;
}

/** The tab a portal page or secure frame message came from, as the browser (not the page) says. */
export interface FromTab {
  tabId: number;
}

/** A handler's type, taken from its sender's table: its request and answer follow the schemas. */
export type ContentHandler<K extends keyof ContentMessages> = Handler<ContentMessages, K, BackgroundContext, FromTab>;
export type FrameHandler<K extends keyof FrameMessages> = Handler<FrameMessages, K, BackgroundContext, FromTab>;
export type OptionsHandler<K extends keyof OptionsMessages> = Handler<OptionsMessages, K, BackgroundContext, undefined>;
