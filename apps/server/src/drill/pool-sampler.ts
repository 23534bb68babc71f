/**
 * Samples the server's primary pool while a phase runs (once a second, from /metrics):
 * how often all connections were busy and how many requests queued for one, to tell pool
 * waits from slow queries when the latencies are high.
 */
export function samplePool(baseUrl: string, metricsToken: string) {
  const samples: { busy: number; max: number; waiting: number }[] = [];
  const value = (text: string, pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? 0);
  const timer = setInterval(() => {
    fetch(`${baseUrl}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } })
      .then((r) => r.text())
      .then((text) => {
        samples.push({
          busy: value(
            text,
            /cutover_db_pool_connections\{pool="primary",[^}]*state="busy"\} (\d+)/,
          ),
          max: value(text, /cutover_db_pool_connections\{pool="primary",[^}]*state="max"\} (\d+)/),
          waiting: value(text, /cutover_db_pool_waiting\{pool="primary"\} (\d+)/),
        });
      })
      .catch(() => undefined);
  }, 1000);
  return () => {
    clearInterval(timer);
    const waits = samples.map((s) => s.waiting).sort((a, b) => a - b);
    return {
      samples: samples.length,
      poolMax: samples[0]?.max ?? 0,
      allBusyShare:
        Math.round((samples.filter((s) => s.busy >= s.max).length / (samples.length || 1)) * 100) /
        100,
      waitingMedian: waits[Math.floor(waits.length / 2)] ?? 0,
      waitingMax: waits.at(-1) ?? 0,
    };
  };
}
