/** Per-test bookkeeping: everything started is stopped in afterEach, last started first. */
import { afterEach } from 'vitest';

export function useCleanup(): (stop: () => Promise<void>) => void {
  let stops: (() => Promise<void>)[] = [];
  afterEach(async () => {
    const pending = stops.reverse();
    stops = [];
    for (const stop of pending) await stop();
  });
  return (stop) => stops.push(stop);
}

/** How many of `names` each name occurs. */
export function tally(names: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const n of names) out[n] = (out[n] ?? 0) + 1;
  return out;
}
