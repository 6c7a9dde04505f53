import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Notice } from '../../shared/api.js';
import { createExtensionStorage, openExtensionDb, type ExtensionStorage } from '../storage/db.js';
import { notifyNewNotices, type Notifier } from './notifier.js';

const notice = (id: number): Notice => ({ id, at: id * 1000, subject: `Message ${id}`, body: 'Body' });

let storage: ExtensionStorage;
let shown: number[];
let permitted: boolean;
const notifier: Notifier = {
  permitted: () => Promise.resolve(permitted),
  show: (n) => { shown.push(n.id); return Promise.resolve(); },
};

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  storage = createExtensionStorage(openExtensionDb());
  shown = [];
  permitted = true;
  await storage.saveSettings({ helperOrigin: 'http://127.0.0.1:4400', snoozeDays: 7, browserNotifications: true });
});

describe('browser notifications of security messages', () => {
  it('show each message once, oldest first', async () => {
    expect(await notifyNewNotices(storage, notifier, '999JSMITH01', [notice(3), notice(2)])).toBe(2);
    expect(await notifyNewNotices(storage, notifier, '999JSMITH01', [notice(4), notice(3), notice(2)])).toBe(1);
    expect(shown).toEqual([2, 3, 4]);
  });

  it('stay off unless switched on in the options', async () => {
    await storage.saveSettings({ helperOrigin: 'http://127.0.0.1:4400', snoozeDays: 7, browserNotifications: false });
    expect(await notifyNewNotices(storage, notifier, '999JSMITH01', [notice(1)])).toBe(0);
    expect(shown).toEqual([]);
  });

  it('stay off when the browser has not granted the permission, and catch up once it does', async () => {
    permitted = false;
    expect(await notifyNewNotices(storage, notifier, '999JSMITH01', [notice(1)])).toBe(0);
    permitted = true;
    expect(await notifyNewNotices(storage, notifier, '999JSMITH01', [notice(1)])).toBe(1);
  });

  it('keep a separate count for each user', async () => {
    await notifyNewNotices(storage, notifier, '999JSMITH01', [notice(5)]);
    await notifyNewNotices(storage, notifier, '999AKHAN01', [notice(5)]);
    expect(shown).toEqual([5, 5]);
  });
});
