/** The core never reads the clock or the random source itself: tests and trainers move time. */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

export interface Random {
  bytes(length: number): Uint8Array;
}
