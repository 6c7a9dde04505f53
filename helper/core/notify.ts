import type { CoreDeps } from './deps.js';
import type { AccountRecord, OutboxMessage } from './store.js';
import type { MessageView } from './views.js';

/**
 * What the helper tells a user, written to the simulated outbox (the training portal shows each
 * person theirs in the demo mailbox, /demo/mailbox, instead of sending email). Every change to how
 * someone signs in is told.
 */
export const NOTIFICATION_KINDS = [
  'mfa-enabled',
  'recovery-code-used',
  'recovery-codes-renewed',
  'password-reset',
  'password-lockout',
  'mfa-lockout',
  'code-replayed',
  'step-up-code',
  'new-sign-in',
  'authenticator-reset',
  'authenticator-replaced',
  'password-reset-started',
  'setup-code',
  'device-remembered',
  'signed-out-elsewhere',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

const when = (at: number) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' }).format(at);

const TEMPLATES: Record<NotificationKind, (at: number, detail: Record<string, string>) => { subject: string; body: string }> = {
  'mfa-enabled': (at) => ({
    subject: 'Extra security is now on for your ESR account',
    body: `Extra security was turned on for your ESR account on ${when(at)}. From now on you will need a code from Microsoft Authenticator to sign in. If this was not you, contact your ESR administrator now.`,
  }),
  'recovery-code-used': (at, d) => ({
    subject: 'A recovery code was used on your ESR account',
    body: `A recovery code was used to sign in to your ESR account on ${when(at)}. You have ${d['left'] ?? 'some'} recovery codes left. If this was not you, contact your ESR administrator now.`,
  }),
  'recovery-codes-renewed': (at) => ({
    subject: 'You have new ESR recovery codes',
    body: `New recovery codes were made for your ESR account on ${when(at)}. Your old codes no longer work.`,
  }),
  'password-reset': (at) => ({
    subject: 'Your ESR password was changed',
    body: `The password for your ESR account was reset on ${when(at)}, and you were signed out everywhere. If this was not you, contact your ESR administrator now.`,
  }),
  'password-lockout': (at) => ({
    subject: 'Sign-in to your ESR account was paused',
    body: `Someone entered the wrong password for your ESR account several times, so we paused sign-in on ${when(at)}. If this was not you, someone may be trying to get into your account.`,
  }),
  'mfa-lockout': (at) => ({
    subject: 'Too many wrong codes on your ESR account',
    body: `Someone entered your password correctly but then several wrong security codes on ${when(at)}, so we paused sign-in. If this was not you, change your password now.`,
  }),
  'code-replayed': (at) => ({
    subject: 'A security code was used twice on your ESR account',
    body: `A security code that had already been used was entered again on ${when(at)}. It was refused. If you did not do this, change your password now.`,
  }),
  'new-sign-in': (at, d) => ({
    subject: d['reason'] === 'unusual-location' ? 'A sign-in to ESR from an unusual place' : 'A sign-in to ESR from a new device',
    body: `Your ESR account was signed in to on ${when(at)} from ${d['device'] ?? 'a browser'} in ${d['location'] ?? 'an unknown place'}. If this was you, you need do nothing. If it was not, change your password now${d['mfa'] === 'on' ? '' : ' and turn on extra security'}.`,
  }),
  'authenticator-reset': (at, d) => ({
    subject: 'Your ESR authenticator was reset',
    body: `${d['route'] === 'helpdesk' ? 'Your ESR administrator reset' : 'A recovery code was used to reset'} the authenticator app for your ESR account on ${when(at)}. Your old phone no longer works for ESR and you were signed out everywhere. ${d['route'] === 'helpdesk' ? 'We have sent you a one-time set-up code in a separate email. Within 24 hours, sign in with your password and that code, then' : 'Sign in and'} set up Microsoft Authenticator again. If this was not you, contact your ESR administrator now.`,
  }),
  'authenticator-replaced': (at) => ({
    subject: 'Your new phone is set up for ESR',
    body: `A new authenticator app was set up for your ESR account on ${when(at)}, with a new set of recovery codes. If this was not you, contact your ESR administrator now.`,
  }),
  'password-reset-started': (at, d) => ({
    subject: 'Your ESR password reset code',
    body: `Someone started resetting the password for your ESR account on ${when(at)}. If it was you, your code is ${d['code'] ?? ''}. It works once and lasts 15 minutes. Do not share it. If it was not you, you need do nothing: your password has not changed.`,
  }),
  'setup-code': (_at, d) => ({
    subject: 'Your ESR set-up code',
    body: `Your one-time set-up code is ${d['code'] ?? ''}. Sign in to ESR with your password, enter this code when asked, then set up Microsoft Authenticator on your new phone. It works once, within 24 hours. Do not share it.`,
  }),
  'device-remembered': (at, d) => ({
    subject: 'A browser will be remembered for your ESR account',
    body: `${d['device'] ?? 'A browser'} was set to be remembered for your ESR account on ${when(at)}. It will not be asked for a code for ${d['days'] ?? '30'} days. If this was not you, open Account activity, choose "Stop remembering", and change your password.`,
  }),
  'signed-out-elsewhere': (at) => ({
    subject: 'You were signed out of ESR everywhere else',
    body: `Every other browser signed in to your ESR account was signed out on ${when(at)}, when new recovery codes were made. If this was not you, change your password now.`,
  }),
  'step-up-code': (_at, d) => ({
    subject: 'Your ESR confirmation code',
    body: `Your code to open the ESR manager area is ${d['code'] ?? ''}. It works once and lasts 10 minutes. Do not share it.`,
  }),
};

export function notify(deps: CoreDeps, username: string, kind: NotificationKind, detail: Record<string, string> = {}): void {
  const at = deps.clock.now();
  deps.store.appendOutbox({ at, username, channel: 'email', kind, ...TEMPLATES[kind](at, detail) });
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
