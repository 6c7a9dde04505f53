import { CONTENT_MESSAGES, type ContentRequest } from './content.js';
import { FRAME_MESSAGES, type FrameRequest } from './frame.js';
import { OPTIONS_MESSAGES, type OptionsRequest } from './options.js';
import type { MessageResult } from './result.js';
import type { ResponseOf } from './table.js';

/**
 * Every sender's messages in one look-up, for the receiving end (the connector), which knows the
 * type it asked for but not which table it came from. No type may appear in two tables (a test
 * checks it), or one answer could be read with the other's schema.
 */
export const EXTENSION_MESSAGES = { ...CONTENT_MESSAGES, ...FRAME_MESSAGES, ...OPTIONS_MESSAGES };
export type ExtensionMessages = typeof EXTENSION_MESSAGES;

export type ExtensionRequest = ContentRequest | FrameRequest | OptionsRequest;
export type ResponseFor<R extends ExtensionRequest> = MessageResult<ResponseOf<ExtensionMessages, R['type']>>;
