import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createExtensionStorage, DB_NAME, DEFAULT_SETTINGS, openExtensionDb } from './db.js';

beforeEach(() => {
  // A fresh, empty IndexedDB for every test.
  globalThis.indexedDB = new IDBFactory();
});

describe('extension storage', () => {
  it('starts on the default settings and keeps what is saved', async () => {
    const storage = createExtensionStorage(openExtensionDb());
    expect(await storage.getSettings()).toEqual(DEFAULT_SETTINGS);
    await storage.saveSettings({ helperOrigin: 'http://127.0.0.1:4455', snoozeDays: 3, browserNotifications: false });
    const reopened = createExtensionStorage(openExtensionDb());
    expect(await reopened.getSettings()).toEqual({ helperOrigin: 'http://127.0.0.1:4455', snoozeDays: 3, browserNotifications: false });
  });

  it('refuses to save settings that point anywhere but loopback', async () => {
    const storage = createExtensionStorage(openExtensionDb());
    await expect(storage.saveSettings({ helperOrigin: 'https://evil.example', snoozeDays: 7, browserNotifications: false })).rejects.toThrow();
    await expect(storage.saveSettings({ helperOrigin: 'http://127.0.0.1:99999', snoozeDays: 7, browserNotifications: false })).rejects.toThrow();
    expect(await storage.getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('reads a damaged record as absent, not as wrong', async () => {
    const db = await openExtensionDb();
    await db.put('settings', { helperOrigin: 'javascript:alert(1)', snoozeDays: -1, browserNotifications: false }, 'settings');
    await db.put('enrolment-progress', { username: '999JSMITH01', step: 'nowhere' } as never);
    const storage = createExtensionStorage(Promise.resolve(db));
    expect(await storage.getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await storage.getProgress('999JSMITH01')).toBeNull();
  });

  it('remembers enrolment progress per user until it is cleared', async () => {
    const storage = createExtensionStorage(openExtensionDb());
    const progress = { username: '999JSMITH01', step: 'add-account' as const, acknowledgedIrreversible: true, updatedAt: 1 };
    await storage.saveProgress(progress);
    expect(await storage.getProgress('999JSMITH01')).toEqual(progress);
    expect(await storage.getProgress('999SGREEN01')).toBeNull();
    await storage.clearProgress('999JSMITH01');
    expect(await storage.getProgress('999JSMITH01')).toBeNull();
  });

  it('reads settings saved before browser notifications existed, keeping the portal address', async () => {
    const db = await openExtensionDb();
    await db.put('settings', { helperOrigin: 'http://127.0.0.1:4455', snoozeDays: 3 } as never, 'settings');
    expect(await createExtensionStorage(Promise.resolve(db)).getSettings()).toEqual({ helperOrigin: 'http://127.0.0.1:4455', snoozeDays: 3, browserNotifications: false });
  });

  it('remembers the last message shown as a browser notification, per user', async () => {
    const storage = createExtensionStorage(openExtensionDb());
    expect(await storage.lastNotified('999JSMITH01')).toBe(0);
    await storage.setLastNotified('999JSMITH01', 12);
    expect(await storage.lastNotified('999JSMITH01')).toBe(12);
    expect(await storage.lastNotified('999AKHAN01')).toBe(0);
  });

  it('remembers a snooze per user', async () => {
    const storage = createExtensionStorage(openExtensionDb());
    expect(await storage.getSnoozedUntil('999JSMITH01')).toBeNull();
    await storage.snooze('999JSMITH01', 1234);
    expect(await storage.getSnoozedUntil('999JSMITH01')).toBe(1234);
  });

  it('makes one device key, keeps it, and never lets the private half out', async () => {
    let n = 0;
    const storage = createExtensionStorage(openExtensionDb(), () => 42, () => `device-${++n}`);
    const [a, b] = await Promise.all([storage.deviceIdentity(), storage.deviceIdentity()]);
    expect(b.id).toBe(a.id);
    const again = await createExtensionStorage(openExtensionDb()).deviceIdentity();
    expect(again.id).toBe(a.id);
    expect(again.createdAt).toBe(42);
    expect(again.keyPair.privateKey.extractable).toBe(false);
    expect(again.keyPair.privateKey.algorithm).toMatchObject({ name: 'ECDSA', namedCurve: 'P-256' });
    await expect(crypto.subtle.exportKey('jwk', again.keyPair.privateKey)).rejects.toThrow();
    const data = new TextEncoder().encode('proof');
    const signature = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, again.keyPair.privateKey, data);
    expect(await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, a.keyPair.publicKey, signature, data)).toBe(true);
  });

  it('upgrades from nothing to the current version with every store', async () => {
    const db = await openExtensionDb();
    expect(db.name).toBe(DB_NAME);
    expect([...db.objectStoreNames].sort()).toEqual(['device', 'enrolment-progress', 'notified', 'settings', 'snoozes']);
  });
});
