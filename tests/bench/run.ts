// `npm run bench` (after `npx vite build`), under a minute on a quiet 2-core machine. By default:
// - evaluate() per household in Node for the Ommen rules and 1000 generated regelingen, warm and cold, with
//   json-rules-engine shimmed as shipped beside the plain evaluator (the floor) and their ratio (evaluation.ts);
// - in headless Chromium, start-up of the documented embed in Dutch at 4x CPU slowdown, 9 rounds, each widget
//   sample right after a bare page (browser.ts): first control, the bare heading, their difference and ratio,
//   "Beginnen" → first question;
// - the bytes a Dutch resident loads before the first question, listed by that Chromium page (bytes.ts).
// `--full` adds what does not fit in the minute: the real-deps engine and 100 generated regelingen in Node,
// the ar and wijkteam start-up pages, the wijkteam keystroke and resident-step figures (interaction.ts) and the
// longest main-thread task on 10,000 regelingen (long-tasks.ts; `--one-go` also times the CLI's one-go compile).
// `--write-docs` puts the printed block between the bench markers of docs/kwaliteit.md; `--quick` (fewer samples)
// and `--no-browser` are for trying changes and cannot write the docs. Every figure is a median with its range;
// implementations and pages take turns (the machine is shared). Timings live here only: tests never assert on time.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { EngineConstructor } from '../../widget/engine/adapter.ts';
import { launchBrowser } from '../browser/support/chromium.ts';
import { firstQuestionResources, hasBuild, type ScenarioId, startupBench } from './browser.ts';
import { bytesOf } from './bytes.ts';
import { realEngine, shimmedEngine } from './engines.ts';
import { evaluationBench } from './evaluation.ts';
import { type ExtraFigure, type Report, renderReport, replaceBenchBlock } from './format.ts';
import { generateRules, ommenFile } from './generate-rules.ts';
import { interactionBench } from './interaction.ts';
import { longTaskBench } from './long-tasks.ts';
import { fmtSpread, type Spread } from './measure.ts';

/** The page whose bench block `--write-docs` replaces. */
export const DOCS = 'docs/kwaliteit.md';
const OUT = join(process.cwd(), 'bench-results');
/** The peildatum of every evaluation: a fixed date, so runs compare. */
const DATE = '2026-07-01';
const RATE = 4;
const STARTUP_ROUNDS = 9;

const flag = (name: string) => process.argv.includes(name);
const full = flag('--full');
const quick = flag('--quick');
const withBrowser = !quick && !flag('--no-browser');
const writeDocs = flag('--write-docs');
const started = performance.now();
const seconds = () => (performance.now() - started) / 1000;
const log = (line: string) => process.stderr.write(`  [${seconds().toFixed(1)} s] ${line}\n`);

const SHIPPED = 'shimmed (shipped)';
const REAL = 'real deps';

/** A wrong call or a missing prerequisite: its message says what to do, a stack would only bury it. */
class UsageError extends Error {}

/** Checked before anything is measured: a missing file or marker should not cost a whole run. */
function docsToWrite(): string | null {
  if (!writeDocs) return null;
  if (quick || !withBrowser) throw new UsageError('--write-docs needs every figure: drop --quick and --no-browser');
  const path = join(process.cwd(), DOCS);
  if (!existsSync(path)) throw new UsageError(`--write-docs: ${DOCS} does not exist (it holds the Kwaliteit tables)`);
  try {
    replaceBenchBlock(readFileSync(path, 'utf8'), '', DOCS);
  } catch (e) {
    throw new UsageError(`--write-docs: ${e instanceof Error ? e.message : String(e)}`);
  }
  return path;
}

interface EvaluationSet {
  name: string;
  file: () => ReturnType<typeof ommenFile>;
  options: { rounds: number; coldSamples: number; batchMs: number };
}

async function evaluation(engines: Record<string, EngineConstructor>) {
  const sets: EvaluationSet[] = [
    { name: 'Ommen (rules/ommen.json)', file: ommenFile, options: { rounds: 15, coldSamples: 9, batchMs: 50 } },
    { name: '100 generated regelingen', file: () => generateRules(100, 1), options: { rounds: 7, coldSamples: 7, batchMs: 60 } },
    {
      name: '1000 generated regelingen',
      file: () => generateRules(1000, 1),
      options: { rounds: 7, coldSamples: 5, batchMs: 120 },
    },
  ];
  const figures = [];
  for (const set of sets) {
    if (!full && set.name.startsWith('100 ')) continue;
    const options = quick ? { ...set.options, rounds: 3, coldSamples: 3 } : set.options;
    figures.push(...(await evaluationBench(set.name, set.file(), engines, DATE, options)));
    log(`evaluation: ${set.name} done`);
  }
  return figures;
}

async function chromiumFigures(browser: Browser) {
  const scenarios: ScenarioId[] = full ? ['nl', 'ar', 'pro'] : ['nl'];
  const startup = await startupBench(browser, {
    rounds: STARTUP_ROUNDS,
    rate: RATE,
    scenarios,
    onRound: (r) => log(`start-up round ${r} of ${STARTUP_ROUNDS}`),
  });
  const bytes = bytesOf(await firstQuestionResources(browser, RATE));
  log('bytes before the first question listed');
  const extras: ExtraFigure[] = [];
  let longTasks = null;
  if (full) {
    extras.push(...(await interactionBench(browser, 5)));
    log('wijkteam and resident-step figures done');
    longTasks = await longTaskBench(browser, 10_000, flag('--one-go'));
    log('long tasks done');
    const mb = longTasks.megabytes.toFixed(0);
    const count = (c: Spread) => (c.min === c.max ? `${c.median}` : `${c.median} (${c.min}-${c.max})`);
    for (const [mode, m] of Object.entries(longTasks.modes))
      extras.push({
        label: `${longTasks.regelingen.toLocaleString('en-US')} generated regelingen (${mb} MB), ${mode} compile: longest main-thread task from compile to one step (n=${m.longTasks.n})`,
        value: `${m.longTasks.max === 0 ? 'no task over 50 ms' : `${fmtSpread(m.longestTaskMs)}, tasks over 50 ms: ${count(m.longTasks)}`}; compile ${fmtSpread(m.compileMs)}, prefetch ${fmtSpread(m.prefetchMs)}, step ${fmtSpread(m.stepMs)}`,
      });
    extras.push({
      label: 'the same file: `JSON.parse` alone (one task, before the engine)',
      value: fmtSpread(longTasks.parseMs),
    });
  }
  return { startup, bytes, extras, longTasks };
}

async function main() {
  const docs = docsToWrite();
  if (withBrowser && !hasBuild(process.cwd()))
    throw new UsageError('no dist/voorzieningen-wijzer.es.js.gz: run `npx vite build` first');
  const startedAt = new Date().toISOString();
  const loadStart = loadavg();
  log(`load average ${loadStart.map((x) => x.toFixed(2)).join(' / ')}`);
  mkdirSync(OUT, { recursive: true });
  const engines: Record<string, EngineConstructor> = { [SHIPPED]: await shimmedEngine(join(OUT, '.cache')) };
  if (full) engines[REAL] = realEngine();
  log('shimmed engine built');
  const evaluationFigures = await evaluation(engines);

  let chromium: string | null = null;
  let browserPart: Awaited<ReturnType<typeof chromiumFigures>> | null = null;
  if (withBrowser) {
    const browser = await launchBrowser();
    try {
      chromium = browser.version();
      log(`Chromium ${chromium} launched`);
      browserPart = await chromiumFigures(browser);
    } finally {
      await browser.close();
    }
  }
  const omitted = [
    ...(full
      ? []
      : [
          'the real-deps engine, 100 generated regelingen, start-up in ar and wijkteam mode, the wijkteam keystroke and ' +
            'resident-step figures and the long tasks at 10,000 regelingen (`npm run bench -- --full`)',
        ]),
    ...(quick ? ['full sample counts (`--quick`)'] : []),
    ...(withBrowser ? [] : ['Chromium (`--quick` or `--no-browser`)']),
  ];
  const report: Report = {
    startedAt,
    wallSeconds: seconds(),
    machine: { cores: cpus().length, cpu: cpus()[0]?.model.trim() ?? '?', node: process.version, chromium },
    load: { start: loadStart, end: loadavg() },
    peildatum: DATE,
    rate: RATE,
    startup: browserPart?.startup ?? [],
    evaluation: evaluationFigures,
    bytes: browserPart?.bytes ?? null,
    extras: browserPart?.extras ?? [],
    omitted,
  };
  const block = renderReport(report);
  process.stdout.write(`\n${block}\n\n`);
  writeFileSync(
    join(OUT, 'bench.json'),
    `${JSON.stringify({ ...report, longTasks: browserPart?.longTasks ?? null }, null, 2)}\n`,
  );
  if (docs) {
    writeFileSync(docs, replaceBenchBlock(readFileSync(docs, 'utf8'), block, DOCS));
    log(`written: ${DOCS}`);
  }
  log('written: bench-results/bench.json');
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${e instanceof UsageError ? e.message : e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
