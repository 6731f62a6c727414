// Timing shared by the benchmarks: p50/p95 of sequential calls after a warm-up.

export interface Timing {
  p50: number;
  p95: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

/** Calls `call` `warmup` times untimed, then `calls` times one after another; its p50 and p95 in ms. */
export async function timeCalls(
  call: () => Promise<unknown>,
  calls: number,
  warmup: number,
): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await call();
  const times: number[] = [];
  for (let i = 0; i < calls; i++) {
    const t = performance.now();
    await call();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}
