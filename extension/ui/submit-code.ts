import type { MessageError, MessageResult } from '../messages/result.js';
import { normaliseOneTimeCode } from '../../shared/totp.js';
import { errorText } from './error-text.js';
import { t } from './i18n.js';

export type CodeSubmission<T> = { ok: true; value: T } | { ok: false; message: string; error: MessageError | null };

/**
 * What every 6-digit code field does on submit: tidy what was typed ("123 456" is fine), refuse it
 * in plain words if it cannot be a code, otherwise send it and put any refusal into plain words.
 */
export async function submitCode<T>(
  typed: string,
  send: (code: string) => Promise<MessageResult<T>>,
  formatError = t('codeFormatError'),
): Promise<CodeSubmission<T>> {
  const code = normaliseOneTimeCode(typed);
  if (code === null) return { ok: false, message: formatError, error: null };
  const result = await send(code);
  return result.ok ? result : { ok: false, message: errorText(result.error), error: result.error };
}
