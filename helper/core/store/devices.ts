import type { RiskReason } from '../../../shared/api.js';

export interface DeviceRecord {
  username: string;
  thumbprint: string;
  label: string;
  firstSeenAt: number;
  lastSeenAt: number;
  rememberedUntil: number | null;
}

export type SignInOutcome = 'signed-in' | 'signed-in-remembered-device' | 'wrong-password' | 'wrong-code';

export interface SignInEvent {
  id: number;
  username: string;
  at: number;
  deviceLabel: string;
  deviceThumbprint: string | null;
  location: string;
  outcome: SignInOutcome;
  risk: RiskReason[];
}

/** Devices, their sign-in proofs and the sign-in history: what "unusual sign-ins" are judged on. */
export interface DeviceStore {
  findDevice(username: string, thumbprint: string): DeviceRecord | undefined;
  listDevices(username: string): DeviceRecord[];
  /** Records the device as seen now (adding it the first time); `rememberUntil` sets or keeps the remembered date. */
  seeDevice(device: { username: string; thumbprint: string; label: string; at: number; rememberUntil?: number }): void;
  /** False if there was no such remembered device. */
  forgetDevice(username: string, thumbprint: string): boolean;
  /** Stops remembering every device of the user; returns how many were remembered. */
  forgetAllDevices(username: string): number;
  addDeviceNonce(nonceHash: string, expiresAt: number, now: number): void;
  /** Single use: true once for a live nonce, then false. */
  useDeviceNonce(nonceHash: string, now: number): boolean;
  appendSignInEvent(event: Omit<SignInEvent, 'id'>): void;
  listSignInEvents(username: string, limit: number): SignInEvent[];
  /** Has the user ever completed a sign-in from this place? */
  hasSignedInFrom(username: string, location: string): boolean;
}
