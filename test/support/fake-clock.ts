import type { Clock } from '../../helper/core/ports.js';

/** A clock the test moves by hand. Starts on a whole TOTP step so step arithmetic is easy to read. */
export class FakeClock implements Clock {
  constructor(private current = Date.UTC(2026, 10, 28, 9, 0, 0)) {}
  now(): number {
    return this.current;
  }
  advance(ms: number): void {
    this.current += ms;
  }
  set(ms: number): void {
    this.current = ms;
  }
}
