import { generateSync } from 'otplib';
import { NodeCryptoPlugin } from '@otplib/plugin-crypto-node';
import { ScureBase32Plugin } from '@otplib/plugin-base32-scure';
import type { ConsoleClient } from './console-client.js';

const STEP_SECONDS = 30;
const normalise = (secret: string): string => secret.replace(/\s+/g, '').toUpperCase();
const plugins = { crypto: new NodeCryptoPlugin(), base32: new ScureBase32Plugin() };

/** The 6-digit code of one 30-second step (RFC 6238, SHA-1), as Microsoft Authenticator shows it. */
export function codeForStep(secret: string, step: number): string {
  return generateSync({ ...plugins, secret, epoch: step * STEP_SECONDS });
}

/**
 * An authenticator app that holds any key, reading the helper's training clock rather than the
 * computer's. It remembers which steps it has handed out for each key, because the helper refuses
 * a code twice: when the current and next steps are both spent it moves the training clock on 30
 * seconds through the console, instead of waiting for the next step as a person would. That move
 * is seen by everything on the helper's clock (a 30-second lockout ends with it); resets through
 * the same console client make it forget the codes they wipe, so a journey that starts with a reset
 * has two codes per key before the clock moves.
 */
export class Phone {
  private readonly lastStepGiven = new Map<string, number>();
  /** Whose key each one is, when the phone was asked by username. */
  private readonly owners = new Map<string, string>();

  constructor(private readonly console: ConsoleClient) {
    // A reset forgets the codes a person used, so the phone may give them again rather than move
    // the clock: a move has effects of its own (it ends a 30-second lockout, for one).
    console.onReset((username) => {
      for (const key of [...this.lastStepGiven.keys()]) if (username === null || this.owners.get(key) === username) this.lastStepGiven.delete(key);
    });
  }

  /** A code for `secret` (base32, spaces and case ignored) that the helper has not seen, for its time now. */
  async code(secret: string): Promise<string> {
    const key = normalise(secret);
    for (;;) {
      const current = Math.floor((await this.console.clock()).now / 1000 / STEP_SECONDS);
      let last = this.lastStepGiven.get(key);
      // Beyond what this phone could have shown, so the clock went back to real time, which pulls
      // the helper's record of used codes back with it: every code of real time works again.
      if (last !== undefined && last > current + 1) {
        this.lastStepGiven.delete(key);
        last = undefined;
      }
      // The helper accepts the next step too (one step of drift), so two codes are available per step.
      const step = [current, current + 1].find((s) => last === undefined || s > last);
      if (step !== undefined) {
        this.lastStepGiven.set(key, step);
        return codeForStep(key, step);
      }
      await this.console.advanceClock(STEP_SECONDS);
    }
  }

  /** A fresh code for a persona's current demo key (Amir, Ravi; Jane after the `jane-mfa-on` scenario). */
  async codeFor(username: string): Promise<string> {
    const person = await this.console.person(username);
    if (person.demoKey === null) throw new Error(`${username} has no demo key: MFA is off, or the key was made by a person`);
    this.owners.set(normalise(person.demoKey), username);
    return this.code(person.demoKey);
  }

  /** A code the helper has already accepted, for replay tests: the last one handed out for `secret`. */
  lastCode(secret: string): string {
    const key = normalise(secret);
    const step = this.lastStepGiven.get(key);
    if (step === undefined) throw new Error('No code was handed out for this key yet');
    return codeForStep(key, step);
  }
}
