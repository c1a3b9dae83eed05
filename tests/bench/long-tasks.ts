// The longest main-thread task while the widget's engine compiles a very big rules file (10,000 generated
// regelingen), evaluates the empty household (the prefetch) and one step, in headless Chromium, measured with
// a long-task observer (tasks over 50 ms). The sliced compile (what the widget runs) against the one-go compile
// (what the CLI runs, with --one-go), in the same page session. JSON.parse of the file is timed apart: it is one task that no
// engine can split, and the entry refuses files above its size limit before parsing.
// Runnable alone: `npx tsx tests/bench/long-tasks.ts [regelingen] [--one-go]`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { engineShims } from '../../widget/build/engine-shims.ts';
import { launchBrowser } from '../browser/support/chromium.ts';
import { startServer } from '../browser/support/server.ts';
import { generateRules } from './generate-rules.ts';
import { type Spread, spread } from './measure.ts';

interface ModeRun {
  compileMs: number;
  prefetchMs: number;
  stepMs: number;
  longestTaskMs: number;
  longTasks: number;
}
export type ModeResult = Record<keyof ModeRun, Spread>;

export interface LongTaskResult {
  regelingen: number;
  megabytes: number;
  parseMs: Spread;
  /** Per compile mode, over the repeats: wall times and the longest task from compile start to the step's end. */
  modes: Partial<Record<'sliced' | 'one-go', ModeResult>>;
}

const CACHE = join(process.cwd(), 'bench-results', '.cache');

// Generated afresh each run (a second or two): a cached file would outlive a change to the generator.
const rulesText = (count: number) => JSON.stringify(generateRules(count, 1));

async function engineBundle(): Promise<string> {
  const outDir = join(CACHE, 'long-task-engine');
  await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [engineShims()],
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      lib: { entry: join(process.cwd(), 'tests/bench/long-task-entry.ts'), formats: ['es'], fileName: () => 'engine.js' },
    },
  });
  return readFileSync(join(outDir, 'engine.js'), 'utf8');
}

// The observer starts before anything else; each mode runs after a quiet pause so its window holds only its work.
const PAGE = `<!doctype html><meta charset="utf-8"><title>long tasks</title>
<script type="module">
import * as engine from '/bench/engine.js';
const tasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push({ start: e.startTime, end: e.startTime + e.duration }); })
  .observe({ type: 'longtask', buffered: true });
const quiet = (ms) => new Promise((ok) => setTimeout(ok, ms));
window.measure = async (url, modes) => {
  const text = await (await fetch(url)).text();
  let parseMs = 0;
  const out = {};
  for (const mode of modes) {
    const t0 = performance.now();
    const file = JSON.parse(text);
    parseMs = performance.now() - t0;
    await quiet(200);
    const from = performance.now();
    const rules = mode === 'sliced' ? await engine.compileInSlices(file) : engine.buildCompiledRules(file);
    const compiled = performance.now();
    await engine.evaluate(rules, {}, '2026-07-01');
    const prefetched = performance.now();
    await engine.evaluate(rules, { leeftijd: 40, heeft_partner: false, netto_inkomen: 1200 }, '2026-07-01');
    const stepped = performance.now();
    await quiet(200);
    const mine = tasks.filter((t) => t.end > from && t.start < stepped);
    out[mode] = {
      compileMs: compiled - from,
      prefetchMs: prefetched - compiled,
      stepMs: stepped - prefetched,
      longestTaskMs: Math.max(0, ...mine.map((t) => t.end - t.start)),
      longTasks: mine.length,
    };
  }
  return { parseMs, modes: out };
};
window.ready = true;
</script>`;

/** In a fresh context of `browser` (the bench's one Chromium); `repeats` runs in the page, the modes taking turns. */
export async function longTaskBench(browser: Browser, count = 10_000, withOneGo = false, repeats = 3): Promise<LongTaskResult> {
  const text = rulesText(count);
  const server = await startServer({
    files: { '/bench/long-tasks.html': PAGE, '/bench/engine.js': await engineBundle(), '/bench/rules.json': text },
  });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${server.origin}/bench/long-tasks.html`);
    await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
    const modes = JSON.stringify(withOneGo ? ['sliced', 'one-go'] : ['sliced']);
    const runs: { parseMs: number; modes: Record<string, ModeRun> }[] = [];
    for (let i = 0; i < repeats; i++)
      runs.push(await page.evaluate(`(async () => window.measure("/bench/rules.json", ${modes}))()`));
    const of = (mode: string, key: keyof ModeRun) => spread(runs.map((r) => r.modes[mode]?.[key] ?? Number.NaN));
    const result: LongTaskResult['modes'] = {};
    for (const mode of withOneGo ? (['sliced', 'one-go'] as const) : (['sliced'] as const))
      result[mode] = {
        compileMs: of(mode, 'compileMs'),
        prefetchMs: of(mode, 'prefetchMs'),
        stepMs: of(mode, 'stepMs'),
        longestTaskMs: of(mode, 'longestTaskMs'),
        longTasks: of(mode, 'longTasks'),
      };
    return { regelingen: count, megabytes: text.length / 1e6, parseMs: spread(runs.map((r) => r.parseMs)), modes: result };
  } finally {
    await context.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const browser = await launchBrowser();
  longTaskBench(browser, Number(process.argv[2] ?? 10_000), process.argv.includes('--one-go'))
    .then((r) => process.stdout.write(`${JSON.stringify(r, null, 2)}\n`))
    .finally(() => browser.close());
}
