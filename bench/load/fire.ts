import type { IncomingHttpHeaders } from 'node:http';
import autocannon from 'autocannon';

/** One HTTP request as autocannon sends it. */
export interface BenchRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body: string;
}

export interface Load {
  port: number;
  connections: number;
  /** For as long as this, or… */
  seconds?: number;
  /** …exactly this many requests: each prepared sign-in is sent once. */
  amount?: number;
  /** The same request every time, or the next one of a prepared list. */
  request: BenchRequest | (() => BenchRequest);
  /** Whether an answer is the one a working helper gives; any other counts as wrong. */
  isRight(status: number, body: string, headers: IncomingHttpHeaders): boolean;
}

export interface Measured {
  requests: number;
  /** Answers `isRight` refused, plus autocannon's errors (connection errors and timeouts). */
  wrong: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Every answer's latency, sorted: runs of the same load can be pooled. */
  latenciesMs: number[];
}

/**
 * Runs autocannon against 127.0.0.1 and measures it. The latencies are autocannon's own, per
 * response, in fractions of a millisecond (its result's histogram keeps whole milliseconds, too
 * coarse for a 5 ms goal). Requests per second are counted from the first request to the last
 * answer: with `amount`, autocannon's own duration runs on to its next one-second tick.
 */
export async function fire(load: Load): Promise<Measured> {
  const latencies: number[] = [];
  let wrong = 0;
  let lastAnswer = 0;
  const { request } = load;
  const started = performance.now();
  const options: autocannon.Options = {
    url: `http://127.0.0.1:${load.port}`,
    connections: load.connections,
    ...(load.amount === undefined ? { duration: load.seconds ?? 5 } : { amount: load.amount }),
    requests: [{
      ...(typeof request === 'function' ? { setupRequest: (defaults) => ({ ...defaults, ...request() }) } : request),
      onResponse: (status, body, _context, headers) => { if (!load.isRight(status, body, headers ?? {})) wrong++; },
    }],
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error: unknown, finished) => { if (error === null || error === undefined) resolve(finished); else reject(new Error('autocannon failed', { cause: error })); });
    // autocannon emits ('response', client, status, bytes, milliseconds) (lib/run.js); @types/autocannon's
    // `on` leaves out the client, so listen through the EventEmitter's untyped addListener.
    instance.addListener('response', (_client: unknown, _status: number, _bytes: number, milliseconds: number) => {
      latencies.push(milliseconds);
      lastAnswer = performance.now();
    });
  });
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    wrong: wrong + result.errors,
    perSecond: latencies.length / ((lastAnswer - started) / 1000),
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    latenciesMs: latencies,
  };
}

/** Runs of one load taken in turns with another, as one: their answers together, their times added. */
export function pool(runs: readonly Measured[]): Measured {
  const latencies = runs.flatMap((run) => run.latenciesMs).sort((a, b) => a - b);
  const seconds = runs.reduce((sum, run) => sum + run.requests / run.perSecond, 0);
  return {
    requests: latencies.length,
    wrong: runs.reduce((sum, run) => sum + run.wrong, 0),
    perSecond: latencies.length / seconds,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    latenciesMs: latencies,
  };
}

/** The nearest-rank percentile of sorted values: the smallest value at least `q` of them do not exceed. */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}
