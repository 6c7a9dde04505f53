import type { OutboxEmail } from '../contract.js';
import type { ConsoleWords } from './words/index.js';

/** Said once to screen readers when emails arrive while the console is open. */
export function newEmailsText(arrived: Pick<OutboxEmail, 'displayName' | 'subject'>[], words: ConsoleWords): string {
  const [first] = arrived;
  if (first === undefined) return '';
  return arrived.length === 1 ? words.outbox.newEmail(first.displayName, first.subject) : words.outbox.newEmails(arrived.length);
}
