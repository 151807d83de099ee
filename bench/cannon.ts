/**
 * The load generator of the HTTP benchmarks: autocannon on 127.0.0.1, either cycling through a
 * list of paths (each connection in turn) or handing each request the next path of one shared
 * stream (bench/search-stream.ts), and exact latency percentiles from every answer's time
 * (autocannon's own histogram has no p95).
 */
import autocannon from 'autocannon';
import type { PathStream } from './search-stream.js';

/** The paths a measurement requests: a list each connection cycles through, or one shared stream. */
export type Paths = string[] | PathStream;

export function cannon(
  port: number,
  paths: Paths,
  connections: number,
  duration: number,
  onLatency?: (msTaken: number, status: number) => void,
): Promise<autocannon.Result> {
  return new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${port}`,
        connections,
        duration,
        requests: Array.isArray(paths)
          ? paths.map((p) => ({ method: 'GET' as const, path: p }))
          : [{ method: 'GET' as const, setupRequest: (request) => ({ ...request, path: paths.next() }) }],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    if (onLatency) instance.on('response', (_client, status, _bytes, took) => onLatency(took, status));
  });
}

/** The p-th percentile (nearest rank) of ascending latencies; NaN when there are none. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] as number;
}
