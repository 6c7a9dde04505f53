import type { MessageResult, OptionsRequest, Settings } from '../../../shared/messages.js';
import type { BackgroundContext } from '../context.js';

export async function getSettings(context: BackgroundContext): Promise<MessageResult<Settings>> {
  return { ok: true, value: await context.storage.getSettings() };
}

export async function saveSettings(context: BackgroundContext, request: Extract<OptionsRequest, { type: 'save-settings' }>): Promise<MessageResult<Settings>> {
  await context.storage.saveSettings(request.settings);
  return { ok: true, value: await context.storage.getSettings() };
}
