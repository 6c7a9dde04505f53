import { auditTyped, type RequestContext } from './audit.js';
import { normaliseUsername, type CoreDeps } from './deps.js';
import { admitGuess, refundGuess } from './guess-budget.js';
import { verifyPassword } from './password-hash.js';
import { fail, ok, type Result } from './result.js';
import { DECOY_HASH } from './sign-in.js';
import { messageView } from './notify.js';
import { hashToken, newOpaqueToken } from './tokens.js';
import type { MailboxView } from './views.js';

/**
 * The demo mailbox: in training, the emails ESR would send (step-up codes, security notices) are
 * read here instead of in a real inbox. It stands for the person's own email account, so it opens
 * only with that account's own password, never with the ESR password: otherwise whoever learnt
 * the ESR password would also get the emailed code meant to stop them.
 */

/** Short, as the mailbox holds one-time codes; reading it again later takes the password again. */
export const MAILBOX_SESSION_MS = 15 * 60_000;
const MESSAGES_SHOWN = 50;

export interface MailboxInput {
  username: string;
  password: string;
}

/** Checks the mailbox password and starts a mailbox session; the token is for a cookie, stored only as its hash. */
export async function openMailbox(deps: CoreDeps, context: RequestContext, input: MailboxInput): Promise<Result<{ token: string }>> {
  const { store, clock } = deps;
  const typed = normaliseUsername(input.username);
  const account = store.findAccount(typed);
  const username = account?.username ?? null;
  const audit = auditTyped(deps, context, typed, username);

  // Throttled by the name typed, so an unknown name is slowed exactly like a real one; charged
  // before the hash is checked, so a burst sent at once gets only the free tries.
  const admission = admitGuess(deps, typed, 'mailbox');
  if (!admission.admitted) {
    audit('mailbox-refused-locked');
    return fail({ code: 'account-locked', retryAfterSeconds: admission.retryAfterSeconds });
  }

  // Unknown names are checked against a decoy, so they take as long as a wrong password.
  const passwordMatches = await verifyPassword(input.password, account?.mailboxPasswordHash ?? DECOY_HASH);

  return store.transaction(() => {
    const now = clock.now();
    if (!passwordMatches || account === undefined) {
      audit('mailbox-open-failed', { attemptsLeft: admission.guess.attemptsLeftIfWrong });
      const locks = admission.guess.locksForSeconds;
      return fail<{ token: string }>(locks === null ? { code: 'invalid-credentials' } : { code: 'account-locked', retryAfterSeconds: locks });
    }
    refundGuess(deps, admission.guess);
    const token = newOpaqueToken(deps.random);
    store.insertMailboxSession({ idHash: hashToken(token), username: account.username, createdAt: now, expiresAt: now + MAILBOX_SESSION_MS });
    audit('mailbox-opened');
    return ok({ token });
  });
}

/** The messages of the one person this mailbox session was opened for, and nobody else's. */
export function readMailbox(deps: CoreDeps, token: string | undefined): Result<MailboxView> {
  if (token === undefined) return fail({ code: 'not-signed-in' });
  const session = deps.store.findMailboxSession(hashToken(token));
  if (session === undefined || session.expiresAt <= deps.clock.now()) return fail({ code: 'not-signed-in' });
  const account = deps.store.findAccount(session.username);
  if (account === undefined) return fail({ code: 'not-signed-in' });
  return ok({
    username: account.username,
    email: account.email,
    openUntil: session.expiresAt,
    messages: deps.store.listOutbox({ username: account.username, limit: MESSAGES_SHOWN }).map(messageView),
  });
}

/** Signs out of the mailbox: the token stops working at once, whoever holds a copy. */
export function closeMailbox(deps: CoreDeps, token: string | undefined): void {
  if (token !== undefined) deps.store.deleteMailboxSession(hashToken(token));
}
