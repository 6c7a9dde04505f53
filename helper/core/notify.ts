import type { CoreDeps } from './deps.js';
import { wordsFor, type Email, type EmailParams, type NotificationKind } from '../../shared/words/index.js';
import type { AccountRecord, OutboxMessage } from './store.js';
import type { MessageView } from './views.js';

/**
 * What the helper tells a user, written to the simulated outbox (the training portal shows each
 * person theirs in the demo mailbox, /demo/mailbox, instead of sending email). Every change to how
 * someone signs in is told. The words are the catalogue's (shared/words), filled in here.
 */
const LONDON_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' });
/** Made once: a DateTimeFormat is costly to make (locale and time zone data) and cheap to reuse. */
const when = (at: number) => LONDON_TIME.format(at);

/** What a kind of email needs besides the time it was sent; nothing for most. */
type Details<K extends NotificationKind> = Omit<EmailParams[K], 'when'>;
type DetailsArgument<K extends NotificationKind> = keyof Details<K> extends never ? [] : [Details<K>];

export function notify<K extends NotificationKind>(deps: CoreDeps, username: string, kind: K, ...details: DetailsArgument<K>): void {
  const at = deps.clock.now();
  const params = { when: when(at), ...details[0] } as EmailParams[K];
  const email: Email = (wordsFor().emails[kind] as (p: EmailParams[K]) => Email)(params);
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
