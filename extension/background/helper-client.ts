import type { z } from 'zod/mini';
import { ErrorBody } from '../../shared/errors.js';
import type { MessageResult } from '../messages/result.js';

/**
 * The extension's only door to the helper. Every answer is parsed with the contract's schema; an
 * answer that does not fit is treated like no answer at all.
 */
export interface HelperClient {
  post<S extends z.ZodMiniType>(path: string, body: unknown, responseSchema: S): Promise<MessageResult<z.infer<S>>>;
}

const UNREACHABLE = { code: 'helper-unreachable', message: 'ESR could not be reached. Check your connection and try again.' } as const;

export function createHelperClient(helperOrigin: () => Promise<string>, fetchImpl: typeof fetch = fetch): HelperClient {
  return {
    async post(path, body, responseSchema) {
      let response: Response;
      try {
        response = await fetchImpl(`${await helperOrigin()}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
          // The session is the browser's HttpOnly portal cookie: page scripts can neither read it
          // nor send it with this extension's Origin, which is the only Origin the API answers.
          credentials: 'include',
          cache: 'no-store',
        });
      } catch {
        return { ok: false, error: UNREACHABLE };
      }
      const json: unknown = await response.json().catch(() => undefined);
      if (response.ok) {
        const parsed = responseSchema.safeParse(json);
        return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: UNREACHABLE };
      }
      const error = ErrorBody.safeParse(json);
      return { ok: false, error: error.success ? error.data.error : UNREACHABLE };
    },
  };
}
