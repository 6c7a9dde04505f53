import type { OptionsHandler } from '../context.js';

export const getSettings: OptionsHandler<'get-settings'> = async (context) => ({ ok: true, value: await context.storage.getSettings() });

export const saveSettings: OptionsHandler<'save-settings'> = async (context, request) => {
  await context.storage.saveSettings(request.settings);
  return { ok: true, value: await context.storage.getSettings() };
};
