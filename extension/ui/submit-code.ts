import type { MessageError, MessageResult } from '../messages/result.js';
import { normaliseOneTimeCode } from '../../shared/totp.js';
import { codeErrorText } from './error-text.js';

export const CODE_FORMAT_ERROR = 'Enter the 6-digit code from your app, for example 123456.';

export type CodeSubmission<T> = { ok: true; value: T } | { ok: false; message: string; error: MessageError | null };

/**
 * What every 6-digit code field does on submit: tidy what was typed ("123 456" is fine), refuse it
 * in plain words if it cannot be a code, otherwise send it and put any refusal into plain words.
 */
export async function submitCode<T>(
  typed: string,
  send: (code: string) => Promise<MessageResult<T>>,
  formatError = CODE_FORMAT_ERROR,
): Promise<CodeSubmission<T>> {
  const code = normaliseOneTimeCode(typed);
  if (code === null) return { ok: false, message: formatError, error: null };
  const result = await send(code);
  return result.ok ? result : { ok: false, message: codeErrorText(result.error), error: result.error };
}
