import type { OutboxEmail } from '../contract.js';

/** Said once to screen readers when emails arrive while the console is open. */
export function newEmailsText(arrived: Pick<OutboxEmail, 'displayName' | 'subject'>[]): string {
  const [first] = arrived;
  if (first === undefined) return '';
  return arrived.length === 1 ? `New email to ${first.displayName}: ${first.subject}` : `${arrived.length} new emails`;
}
