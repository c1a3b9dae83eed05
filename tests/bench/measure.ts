// Timing helpers (docs/stack.md §4). The machine is shared and noisy, so implementations are measured
// interleaved (one batch or sample of each in turn, round after round) and every figure keeps its spread.
export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

export interface Spread {
  median: number;
  min: number;
  max: number;
  n: number;
}

export const spread = (xs: number[]): Spread => ({
  median: median(xs),
  min: Math.min(...xs),
  max: Math.max(...xs),
  n: xs.length,
});

/** Mean wall and CPU ms per call over one batch of at least `batchMs`. CPU time (this process's user + system)
 *  is far less disturbed than wall time when other work shares the cores. */
async function batch(fn: (i: number) => unknown, batchMs: number, offset: number): Promise<{ wall: number; cpu: number }> {
  let n = 0;
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  let now = start;
  while (now - start < batchMs) {
    await fn(offset + n++);
    now = performance.now();
  }
  const cpu = process.cpuUsage(cpu0);
  return { wall: (now - start) / n, cpu: (cpu.user + cpu.system) / 1000 / n };
}

/** Warm: per implementation, `rounds` batch means, the implementations taking turns within each round. */
export async function warmInterleaved(fns: Record<string, (i: number) => unknown>, rounds: number, batchMs: number) {
  const wall: Record<string, number[]> = Object.fromEntries(Object.keys(fns).map((k) => [k, []]));
  const cpu: Record<string, number[]> = Object.fromEntries(Object.keys(fns).map((k) => [k, []]));
  // Warm-up: the JIT needs a few hundred calls of a path before its figure settles (5 calls left Ommen at 3x its
  // steady time); a time bound, so a slow implementation does not stretch the run.
  for (const fn of Object.values(fns)) await batch(fn, 300, 0);
  for (let r = 0; r < rounds; r++) {
    for (const [name, fn] of Object.entries(fns)) {
      const b = await batch(fn, batchMs, r * 1000);
      wall[name]?.push(b.wall);
      cpu[name]?.push(b.cpu);
    }
  }
  return Object.fromEntries(
    Object.keys(fns).map((k) => [k, { wall: spread(wall[k] ?? []), cpu: spread(cpu[k] ?? []) }]),
  ) as Record<string, { wall: Spread; cpu: Spread }>;
}

/** Cold: per implementation, `samples` single runs, taking turns. */
export async function coldInterleaved(fns: Record<string, () => unknown>, samples: number) {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(fns).map((k) => [k, []]));
  for (let s = 0; s < samples; s++) {
    for (const [name, fn] of Object.entries(fns)) {
      const start = performance.now();
      await fn();
      times[name]?.push(performance.now() - start);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, spread(v)]));
}

/** One time with a unit that fits it: µs below 1 ms, a decimal below 100 ms, whole ms with thousands separators above
 *  (by its size, so a negative difference, a bare page slower than the widget in that round, reads the same way). */
export const fmt = (ms: number) => {
  const size = Math.abs(ms);
  return size >= 100
    ? `${Math.round(ms).toLocaleString('en-US')} ms`
    : size >= 1
      ? `${ms.toFixed(1)} ms`
      : `${(ms * 1000).toFixed(0)} µs`;
};

/** "0.23 ms (0.21-0.30)": the median with the range. */
export const fmtSpread = (s: Spread) => `${fmt(s.median)} (${fmt(s.min)}-${fmt(s.max)})`;
