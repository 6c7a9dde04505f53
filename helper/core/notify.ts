import type { CoreDeps } from './deps.js';
import { dateTimeText, wordsFor, type Email, type EmailParams, type NotificationKind, type Words } from '../../shared/words/index.js';
import type { AccountRecord, OutboxMessage } from './store.js';
import type { MessageView } from './views.js';

/**
 * What the helper tells a user, written to the simulated outbox (the training portal shows each
 * person theirs in the demo mailbox, /demo/mailbox, instead of sending email). Every change to how
 * someone signs in is told. The words are the catalogue's (shared/words), in the person's chosen
 * language, filled in here: an email is written once, as sent, and keeps its words.
 */

/** A value an email needs, or how to write it in the reader's words (a length of time, a device). */
type InWords<T> = { [P in keyof T]: T[P] | ((words: Words) => T[P]) };
/** What a kind of email needs besides the time it was sent; nothing for most. */
type Details<K extends NotificationKind> = InWords<Omit<EmailParams[K], 'when'>>;
type DetailsArgument<K extends NotificationKind> = keyof Details<K> extends never ? [] : [Details<K>];

export function notify<K extends NotificationKind>(deps: CoreDeps, username: string, kind: K, ...details: DetailsArgument<K>): void {
  const at = deps.clock.now();
  const words = wordsFor(deps.store.findAccount(username)?.language ?? 'en');
  const written = Object.entries(details[0] ?? {}).map(([name, value]) => [name, typeof value === 'function' ? (value as (w: Words) => unknown)(words) : value]);
  const params = { when: dateTimeText(at, words), ...Object.fromEntries(written) } as EmailParams[K];
  const email: Email = (words.emails[kind] as (p: EmailParams[K]) => Email)(params);
  deps.store.appendOutbox({ at, username, channel: 'email', kind, ...email });
}

/** One "a code was used twice" email an hour at most: a replay attacker cannot flood the inbox. */
const REPLAY_EMAIL_EVERY_MS = 60 * 60_000;

export function notifyReplay(deps: CoreDeps, username: string): void {
  const [last] = deps.store.listOutbox({ username, kind: 'code-replayed', limit: 1 });
  if (last !== undefined && deps.clock.now() - last.at < REPLAY_EMAIL_EVERY_MS) return;
  notify(deps, username, 'code-replayed');
}

/**
 * Emails that carry a one-time code: they stay in the (simulated) mailbox only, never on a page,
 * in the extension or in a browser notification, where whoever holds just the ESR password, or a
 * script in the page, could read them.
 */
export const MAILBOX_ONLY_KINDS: readonly NotificationKind[] = ['step-up-code', 'password-reset-started', 'setup-code'];

/** What the user is shown of their messages, in the extension and on the activity page. */
export function securityMessages(deps: CoreDeps, account: AccountRecord, filter: { limit: number; unseenOnly?: boolean }): OutboxMessage[] {
  return deps.store.listOutbox({ username: account.username, exceptKinds: MAILBOX_ONLY_KINDS, ...filter });
}

/** A message as the person reads it. */
export const messageView = ({ at, channel, kind, subject, body }: OutboxMessage): MessageView => ({ at, channel, kind, subject, body });
