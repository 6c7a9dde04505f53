import { z } from 'zod/mini';
import { ErrorBody, ErrorCode } from '../../shared/errors.js';

/** Local errors the background can add to the helper's own codes. */
export const EXTENSION_ERROR_CODES = ['helper-unreachable', 'extension-stopped', 'invalid-message', 'forbidden-sender', 'frame-expired'] as const;
export const MessageErrorCode = z.union([ErrorCode, z.enum(EXTENSION_ERROR_CODES)]);
export type MessageErrorCode = z.infer<typeof MessageErrorCode>;

/** The helper's own error shape (shared/errors.ts), with the extension's local codes added. */
export const MessageError = z.extend(ErrorBody.shape.error, { code: MessageErrorCode });
export type MessageError = z.infer<typeof MessageError>;

/** Every answer inside the extension: a value, or a typed refusal the UI can put into words. */
export type MessageResult<T> = { ok: true; value: T } | { ok: false; error: MessageError };
