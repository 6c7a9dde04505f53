import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { DEFAULT_HELPER_ORIGIN } from '../../shared/portal.js';
import { EnrolmentProgress } from '../messages/enrolment.js';
import { Settings } from '../messages/settings.js';

/**
 * The extension's own storage: one IndexedDB database, owned by the background. Every value read
 * back is parsed again with its schema, so a damaged record reads as absent, never as wrong.
 */
export const DB_NAME = 'esr-mfa';
export const DB_VERSION = 2;

/**
 * This browser profile's device key: ECDSA P-256, made here, the private half never extractable
 * (IndexedDB stores the CryptoKey itself, not its bytes).
 */
export interface DeviceIdentity {
  id: string;
  createdAt: number;
  keyPair: CryptoKeyPair;
}

const makeDeviceKeyPair = () => crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);

interface Snooze {
  username: string;
  until: number;
}

interface EsrMfaSchema extends DBSchema {
  settings: { key: 'settings'; value: Settings };
  snoozes: { key: string; value: Snooze };
  'enrolment-progress': { key: string; value: EnrolmentProgress };
  device: { key: 'identity'; value: DeviceIdentity };
  /** The newest security message already shown as a browser notification, per user. */
  notified: { key: string; value: { username: string; lastId: number } };
}

export const DEFAULT_SETTINGS: Settings = { helperOrigin: DEFAULT_HELPER_ORIGIN, snoozeDays: 7, browserNotifications: false };

/** Versioned upgrades: each step moves the schema one version on. Append, never edit. */
export function openExtensionDb(): Promise<IDBPDatabase<EsrMfaSchema>> {
  return openDB<EsrMfaSchema>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('settings');
        db.createObjectStore('snoozes', { keyPath: 'username' });
        db.createObjectStore('enrolment-progress', { keyPath: 'username' });
        db.createObjectStore('device');
      }
      if (oldVersion < 2) db.createObjectStore('notified', { keyPath: 'username' });
    },
  });
}

export type ExtensionDb = IDBPDatabase<EsrMfaSchema>;

export interface ExtensionStorage {
  getSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  getSnoozedUntil(username: string): Promise<number | null>;
  snooze(username: string, until: number): Promise<void>;
  getProgress(username: string): Promise<EnrolmentProgress | null>;
  saveProgress(progress: EnrolmentProgress): Promise<void>;
  clearProgress(username: string): Promise<void>;
  /** The newest message id already shown as a browser notification for this user (0 if none). */
  lastNotified(username: string): Promise<number>;
  setLastNotified(username: string, lastId: number): Promise<void>;
  /** This browser's device identity and key, made on first use and kept. */
  deviceIdentity(): Promise<DeviceIdentity>;
}

export function createExtensionStorage(
  db: Promise<ExtensionDb>,
  now: () => number = () => Date.now(),
  randomId: () => string = () => crypto.randomUUID(),
  makeKeyPair: () => Promise<CryptoKeyPair> = makeDeviceKeyPair,
): ExtensionStorage {
  return {
    async getSettings() {
      const stored = Settings.safeParse(await (await db).get('settings', 'settings'));
      return stored.success ? stored.data : DEFAULT_SETTINGS;
    },
    async saveSettings(settings) {
      await (await db).put('settings', Settings.parse(settings), 'settings');
    },
    async getSnoozedUntil(username) {
      const snooze = await (await db).get('snoozes', username);
      return typeof snooze?.until === 'number' ? snooze.until : null;
    },
    async snooze(username, until) {
      await (await db).put('snoozes', { username, until });
    },
    async getProgress(username) {
      const stored = EnrolmentProgress.safeParse(await (await db).get('enrolment-progress', username));
      return stored.success ? stored.data : null;
    },
    async saveProgress(progress) {
      await (await db).put('enrolment-progress', EnrolmentProgress.parse(progress));
    },
    async clearProgress(username) {
      await (await db).delete('enrolment-progress', username);
    },
    async lastNotified(username) {
      const record = await (await db).get('notified', username);
      return typeof record?.lastId === 'number' ? record.lastId : 0;
    },
    async setLastNotified(username, lastId) {
      await (await db).put('notified', { username, lastId });
    },
    async deviceIdentity() {
      const database = await db;
      const existing = await database.get('device', 'identity');
      if (existing?.keyPair.privateKey instanceof CryptoKey) return existing;
      // Made outside any transaction: IndexedDB transactions end while WebCrypto works.
      const made = { id: randomId(), createdAt: now(), keyPair: await makeKeyPair() };
      try {
        await database.add('device', made, 'identity');
        return made;
      } catch {
        // Another caller stored one first: use theirs, so there is only ever one key.
        const stored = await database.get('device', 'identity');
        if (stored === undefined) throw new Error('The device key could not be stored.');
        return stored;
      }
    },
  };
}
