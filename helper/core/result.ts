import type { ErrorCode, IneligibilityReason } from '../../shared/errors.js';

/** What a core operation refused, with the details the UI needs to explain it. */
export interface CoreError {
  code: ErrorCode;
  attemptsLeft?: number;
  retryAfterSeconds?: number;
  reason?: IneligibilityReason;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: CoreError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: CoreError): Result<T> => ({ ok: false, error });
