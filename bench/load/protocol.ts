/**
 * What bench/helper-load.ts asks of a target process (bench/load/target.ts) and what it answers,
 * over Node's IPC channel. The server under load runs in a process of its own so that it has one
 * core and autocannon the other, and neither's garbage collection or event loop stalls the other.
 */

/** A bare Fastify with one JSON POST route (the yardstick), or the real helper. */
export type TargetRole = 'bare' | 'helper';

/** One sign-in waiting for its code: the browser's session cookie, its challenge, and the right code. */
export interface PendingCodeCheck {
  cookie: string;
  challenge: string;
  code: string;
}

export interface TargetCalls {
  /** A session signed in with the password alone (Jane, MFA off): what the extension's status call carries. */
  signedInCookie: { input: Record<string, never>; output: { cookie: string } };
  /** `count` new accounts with MFA on, each signed in with its password and waiting for its code. */
  pendingCodeChecks: { input: { count: number }; output: { checks: PendingCodeCheck[] } };
  /**
   * Accounts with MFA off added until the database holds `total`; their bench numbers are
   * `[firstIndex, endIndex)` (bench/load/accounts.ts names them).
   */
  growAccounts: { input: { total: number }; output: { accounts: number; firstIndex: number; endIndex: number; seconds: number } };
}

export type CallName = keyof TargetCalls;

export interface CallMessage<K extends CallName = CallName> {
  id: number;
  call: K;
  input: TargetCalls[K]['input'];
}

export type ReplyMessage = { id: number; ok: true; output: unknown } | { id: number; ok: false; error: string };

/** The target's first message, once it listens. */
export interface ReadyMessage {
  ready: true;
  port: number;
}
