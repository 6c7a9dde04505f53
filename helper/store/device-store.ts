import type { Database } from 'better-sqlite3';
import type { DeviceStore } from '../core/store.js';
import { firstRows, riskColumn, toDevice, toSignInEvent, type DeviceRow, type SignInRow } from './rows.js';

/** Devices, sign-in proofs and the sign-in history: the part of the store behind "unusual sign-ins". */
export function createDeviceStore(db: Database): DeviceStore {
  const q = {
    findDevice: db.prepare<[string, string], DeviceRow>('SELECT * FROM devices WHERE username = ? AND thumbprint = ?'),
    listDevices: db.prepare<[string], DeviceRow>('SELECT * FROM devices WHERE username = ? ORDER BY last_seen_at DESC'),
    seeDevice: db.prepare(`INSERT INTO devices (username, thumbprint, label, first_seen_at, last_seen_at, remembered_until)
      VALUES (@username, @thumbprint, @label, @at, @at, @rememberUntil)
      ON CONFLICT (username, thumbprint) DO UPDATE SET last_seen_at = excluded.last_seen_at, label = excluded.label,
        remembered_until = coalesce(excluded.remembered_until, devices.remembered_until)`),
    forgetDevice: db.prepare('UPDATE devices SET remembered_until = NULL WHERE username = ? AND thumbprint = ? AND remembered_until IS NOT NULL'),
    forgetAllDevices: db.prepare('UPDATE devices SET remembered_until = NULL WHERE username = ? AND remembered_until IS NOT NULL'),
    pruneNonces: db.prepare('DELETE FROM device_nonces WHERE expires_at <= ?'),
    addNonce: db.prepare('INSERT INTO device_nonces (nonce_hash, expires_at) VALUES (?, ?)'),
    useNonce: db.prepare('DELETE FROM device_nonces WHERE nonce_hash = ? AND expires_at > ?'),
    appendSignIn: db.prepare(`INSERT INTO sign_in_events (username, at, device_label, device_thumbprint, location, outcome, risk)
      VALUES (@username, @at, @deviceLabel, @deviceThumbprint, @location, @outcome, @risk)`),
    listSignIns: db.prepare<[string], SignInRow>('SELECT * FROM sign_in_events WHERE username = ? ORDER BY id DESC'),
    signedInFrom: db.prepare<[string, string], { found: number }>(
      "SELECT count(*) AS found FROM sign_in_events WHERE username = ? AND location = ? AND outcome LIKE 'signed-in%'",
    ),
  };
  return {
    findDevice: (username, thumbprint) => {
      const row = q.findDevice.get(username, thumbprint);
      return row && toDevice(row);
    },
    listDevices: (username) => q.listDevices.all(username).map(toDevice),
    seeDevice: (device) => { q.seeDevice.run({ ...device, rememberUntil: device.rememberUntil ?? null }); },
    forgetDevice: (username, thumbprint) => q.forgetDevice.run(username, thumbprint).changes === 1,
    forgetAllDevices: (username) => q.forgetAllDevices.run(username).changes,
    addDeviceNonce: (nonceHash, expiresAt, now) => {
      q.pruneNonces.run(now);
      q.addNonce.run(nonceHash, expiresAt);
    },
    useDeviceNonce: (nonceHash, now) => q.useNonce.run(nonceHash, now).changes === 1,
    appendSignInEvent: (event) => { q.appendSignIn.run({ ...event, risk: riskColumn(event.risk) }); },
    listSignInEvents: (username, limit) => firstRows(q.listSignIns.iterate(username), limit).map(toSignInEvent),
    hasSignedInFrom: (username, location) => (q.signedInFrom.get(username, location)?.found ?? 0) > 0,
  };
}
