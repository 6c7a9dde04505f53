import { Settings } from './settings.js';
import { defineMessages, messageRequest, type RequestIn } from './table.js';

/** From the options page. */
export const OPTIONS_MESSAGES = defineMessages({
  'get-settings': { request: messageRequest('get-settings', {}), response: Settings },
  'save-settings': { request: messageRequest('save-settings', { settings: Settings }), response: Settings },
});
export type OptionsMessages = typeof OPTIONS_MESSAGES;
export type OptionsRequest = RequestIn<OptionsMessages>;
