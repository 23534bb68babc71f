export interface Timing {
  name: string;
  runs: number;
  p50: number;
  p95: number;
  max: number;
}

/** Times `runs` calls after a warm-up; milliseconds, sequential, so each is one request's latency. */
export async function measure(
  name: string,
  call: () => Promise<unknown>,
  runs = 200,
  warmup = 20,
): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await call();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await call();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) =>
    samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  const round = (n: number) => Math.round(n * 100) / 100;
  return { name, runs, p50: round(at(0.5)), p95: round(at(0.95)), max: round(samples.at(-1) ?? 0) };
}

export function printTable(
  title: string,
  timings: readonly Timing[],
  targets: Record<string, number>,
) {
  process.stdout.write(`\n${title}\n`);
  for (const t of timings) {
    const target = targets[t.name];
    const verdict =
      target === undefined
        ? ''
        : t.p95 <= target
          ? `  ok (target ${target} ms)`
          : `  OVER target ${target} ms`;
    process.stdout.write(
      `  ${t.name.padEnd(44)} p50 ${String(t.p50).padStart(7)} ms  p95 ${String(t.p95).padStart(7)} ms${verdict}\n`,
    );
  }
}
