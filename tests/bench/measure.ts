// Timing helpers (stack-probe.md 4): warm = batches of at least `batchMs`, median of the batch means;
// cold = median of fresh samples.
export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/** Mean ms per call, median over `batches` batches of at least `batchMs` each. */
export async function warm(fn: (i: number) => unknown, batches: number, batchMs = 40): Promise<number> {
  for (let i = 0; i < 5; i++) await fn(i);
  const means: number[] = [];
  let k = 0;
  for (let b = 0; b < batches; b++) {
    let n = 0;
    const start = performance.now();
    let now = start;
    while (now - start < batchMs) {
      await fn(k++);
      n++;
      now = performance.now();
    }
    means.push((now - start) / n);
  }
  return median(means);
}

export async function cold(fn: () => unknown, samples: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

export const fmt = (ms: number) => (ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(0)} µs`);
