import type { Helper } from '../../helper/app.js';

/**
 * The one-time code in the newest email of a kind (a step-up, reset or set-up code), read from
 * the outbox that stands for the person's inbox.
 */
export function codeInLatestEmail(helper: Helper, username: string, kind: 'step-up-code' | 'password-reset-started' | 'setup-code'): string {
  const body = helper.store.listOutbox({ username, kind, limit: 1 })[0]?.body ?? '';
  const code = / is (\d{6}|[A-Z2-7]{4}(?:-[A-Z2-7]{4}){3})\b/.exec(body)?.[1];
  if (code === undefined) throw new Error(`No code in ${username}'s newest ${kind} email: ${body}`);
  return code;
}
