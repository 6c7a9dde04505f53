import browser, { type Runtime } from 'webextension-polyfill';
import { createExtensionStorage, openExtensionDb } from '../storage/db.js';
import { copyCataloguesToStorage } from './catalogues.js';
import { createFrameTickets } from './frame-tickets.js';
import { createHelperClient } from './helper-client.js';
import { toBase64Url } from './base64url.js';
import type { Notifier } from './notifier.js';
import { routeMessage } from './router.js';
import { createSessionOwners } from './session-owners.js';

// The background only wires things together; each handler lives in ./handlers.
const storage = createExtensionStorage(openExtensionDb());
const context = {
  storage,
  helper: createHelperClient(async () => (await storage.getSettings()).helperOrigin),
  tickets: createFrameTickets(() => toBase64Url(crypto.getRandomValues(new Uint8Array(32))), () => Date.now()),
  owners: createSessionOwners(),
  now: () => Date.now(),
  notifier: {
    permitted: () => browser.permissions.contains({ permissions: ['notifications'] }),
    async show(notice) {
      await browser.notifications.create(`esr-mfa-notice-${notice.id}`, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('extension/icons/icon-128.png'),
        title: notice.subject,
        message: notice.body,
      });
    },
  } satisfies Notifier,
};
const own = { id: browser.runtime.id, url: (path: string) => browser.runtime.getURL(path) };

const copyCatalogues = () => {
  copyCataloguesToStorage((path) => browser.runtime.getURL(path), (items) => browser.storage.local.set(items))
    .catch((error: unknown) => { console.error('ESR MFA: the word catalogues could not be copied to storage.', error); });
};
browser.runtime.onInstalled.addListener(copyCatalogues);
browser.runtime.onStartup.addListener(copyCatalogues);

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => routeMessage(context, own, message, sender));

// A closed tab's session owner is forgotten (this event needs no permission); a tab that navigates
// is refreshed by its next page's page-context.
browser.tabs.onRemoved.addListener((tabId) => { context.owners.forget(tabId); });
