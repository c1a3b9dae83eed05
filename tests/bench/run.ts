// `npm run bench`, under a minute on a 2-core machine: evaluate() per household for the Ommen rules and generated
// rule sets of 100 and 1000 regelingen, warm and cold, json-rules-engine shimmed (as shipped) and with its real
// deps, beside the plain evaluator as the floor (engine / floor); then in headless Chromium the start-up and
// wijkteam figures (browser.ts), the longest main-thread task on 10,000 regelingen (long-tasks.ts) and the bytes a
// Dutch resident loads before the first question (bytes.ts). Every figure is a median with its range; the
// implementations take turns (the machine is shared). Prints tables, writes bench-results/bench.json.
// Timings live here only; tests never assert on time. Flags: --quick (fewer samples, no browser), --no-browser,
// --one-go (also time the one-go compile on 10,000 regelingen, the CLI's path, for contrast).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { meaningProblems } from '../../widget/engine/check-meaning.ts';
import { buildCompiledRules } from '../../widget/engine/compiled-rules.ts';
import { evaluate } from '../../widget/engine/evaluate.ts';
import { schemaProblems } from '../../widget/engine/schema-problems.ts';
import type { Answers, RulesFile } from '../../widget/engine/types.ts';
import { CHROMIUM } from '../browser/support/chromium.ts';
import { householdArb } from '../properties/support/households.ts';
import { browserBench } from './browser.ts';
import { bytesBeforeFirstQuestion } from './bytes.ts';
import { noEngine, realEngine, shimmedEngine } from './engines.ts';
import { generateRules, ommenFile } from './generate-rules.ts';
import { longTaskBench } from './long-tasks.ts';
import { coldInterleaved, fmt, fmtSpread, type Spread, spread, warmInterleaved } from './measure.ts';
import { plainEvaluate } from './plain-evaluator.ts';

const OUT = join(process.cwd(), 'bench-results');
const DATE = '2026-07-01';
const quick = process.argv.includes('--quick');
const started = performance.now();
const log = (line: string) => process.stderr.write(`  [${((performance.now() - started) / 1000).toFixed(0)} s] ${line}\n`);

function validate(json: unknown): RulesFile {
  const problems = [...schemaProblems(json)];
  if (problems.length === 0) problems.push(...meaningProblems(json as RulesFile));
  if (problems.length > 0) throw new Error(`bench rules invalid: ${JSON.stringify(problems.slice(0, 3))}`);
  return json as RulesFile;
}

interface Row {
  set: string;
  impl: string;
  warm: Spread | null;
  /** CPU ms per warm call: the steadier figure on a shared machine. */
  warmCpu: Spread | null;
  cold: Spread;
}

const SHIPPED = 'json-rules-engine, shimmed (shipped)';
const REAL = 'json-rules-engine, real deps';
const FLOOR = 'plain evaluator (floor)';

async function benchSet(set: string, file: RulesFile, engines: Record<string, Parameters<typeof buildCompiledRules>[1]>) {
  const text = JSON.stringify(file);
  const big = file.regelingen.length >= 1000;
  const floorRules = buildCompiledRules(validate(JSON.parse(text)), noEngine);
  const households: Answers[] = fc.sample(householdArb(floorRules), { numRuns: 64, seed: 42 });
  const pick = (i: number) => households[i % households.length] as Answers;
  const rounds = quick ? 3 : 7;
  const samples = quick ? 3 : big ? 5 : 9;
  const compiled = Object.fromEntries(Object.entries(engines).map(([k, E]) => [k, buildCompiledRules(file, E)]));
  const warm = await warmInterleaved(
    {
      ...Object.fromEntries(Object.entries(compiled).map(([k, rules]) => [k, (i: number) => evaluate(rules, pick(i), DATE)])),
      [FLOOR]: (i: number) => plainEvaluate(floorRules, pick(i), DATE),
    },
    rounds,
    big ? 120 : 30,
  );
  const cold = await coldInterleaved(
    {
      ...Object.fromEntries(
        Object.entries(engines).map(([k, E]) => [
          k,
          () => evaluate(buildCompiledRules(validate(JSON.parse(text)), E), pick(0), DATE),
        ]),
      ),
      [FLOOR]: () => plainEvaluate(buildCompiledRules(validate(JSON.parse(text)), noEngine), pick(0), DATE),
      // Parse and checks alone: part of every cold figure above.
      checks: () => validate(JSON.parse(text)),
    },
    samples,
  );
  log(`${set}: ${SHIPPED} warm ${fmtSpread(warm[SHIPPED]?.wall as Spread)}`);
  const rows: Row[] = [...Object.keys(engines), FLOOR].map((impl) => ({
    set,
    impl,
    warm: warm[impl]?.wall ?? null,
    warmCpu: warm[impl]?.cpu ?? null,
    cold: cold[impl] as Spread,
  }));
  return rows.concat({
    set,
    impl: '(of cold: parse + schema + meaning checks)',
    warm: null,
    warmCpu: null,
    cold: cold.checks as Spread,
  });
}

function chromiumVersion(): string {
  try {
    return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '?';
  }
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const engines = { [SHIPPED]: await shimmedEngine(join(OUT, '.cache')), [REAL]: realEngine() };
  const rows: Row[] = [];
  rows.push(...(await benchSet('ommen', ommenFile(), engines)));
  rows.push(...(await benchSet('generated-100', generateRules(100, 1), engines)));
  rows.push(...(await benchSet('generated-1000', generateRules(1000, 1), engines)));

  const machine = {
    node: process.version,
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? '?',
    chromium: chromiumVersion(),
    date: new Date().toISOString(),
  };
  const out = process.stdout;
  out.write(`\nevaluate() per household, peildatum ${DATE}; Node ${machine.node}, ${machine.cpus} cores; median (min-max)\n`);
  out.write(
    `${'set'.padEnd(16)}${'impl'.padEnd(44)}${'warm'.padStart(26)}${'warm CPU'.padStart(26)}${'cold'.padStart(26)}${'engine/floor'.padStart(22)}\n`,
  );
  for (const r of rows) {
    const floor = rows.find((x) => x.set === r.set && x.impl === FLOOR);
    // engine / floor: warm wall, warm CPU, cold.
    const ratio =
      r.impl.startsWith('json-rules-engine') && floor?.warm && floor.warmCpu && r.warm && r.warmCpu
        ? [r.warm.median / floor.warm.median, r.warmCpu.median / floor.warmCpu.median, r.cold.median / floor.cold.median]
            .map((x) => `${x.toFixed(1)}x`)
            .join(' / ')
        : '';
    const cells = [r.warm, r.warmCpu].map((x) => (x ? fmtSpread(x) : '').padStart(26)).join('');
    out.write(`${r.set.padEnd(16)}${r.impl.padEnd(44)}${cells}${fmtSpread(r.cold).padStart(26)}${ratio.padStart(22)}\n`);
  }

  const withBrowser = !quick && !process.argv.includes('--no-browser');
  const browser = withBrowser ? await browserBench(5) : null;
  if (browser) {
    log('chromium: start-up and wijkteam figures done');
    out.write(`\nChromium (${machine.chromium}); median (min-max)\n`);
    for (const b of browser) {
      const frames = b.label.includes('frames');
      const s = spread(b.samples);
      const value = frames ? `${s.median} (${s.min}-${s.max})` : fmtSpread(s);
      // A figure measured beside a bare page (one heading, same round) also gets that baseline and the ratio.
      const bare = (b as { baselineSamples?: number[] }).baselineSamples;
      const base = bare?.length
        ? `  bare page ${fmtSpread(spread(bare))}, ratio ${(s.median / spread(bare).median).toFixed(1)}x`
        : '';
      out.write(`${b.label.padEnd(70)}${value.padStart(28)}  n=${s.n}${base}\n`);
    }
  }
  const longTasks = withBrowser ? await longTaskBench(10_000, process.argv.includes('--one-go')) : null;
  if (longTasks) {
    log('chromium: long tasks done');
    out.write(
      `\n${longTasks.regelingen} generated regelingen (${longTasks.megabytes.toFixed(0)} MB) in Chromium: JSON.parse ${fmt(longTasks.parseMs)} (one task, before the engine)\n`,
    );
    for (const [mode, m] of Object.entries(longTasks.modes)) {
      out.write(
        `  compile ${mode.padEnd(7)} ${fmt(m.compileMs).padStart(8)}, prefetch evaluation ${fmt(m.prefetchMs).padStart(8)}, one step ${fmt(m.stepMs).padStart(8)}; longest task ${fmt(m.longestTaskMs)} (${m.longTasks} tasks over 50 ms)\n`,
      );
    }
  }
  const bytes = withBrowser ? await bytesBeforeFirstQuestion() : null;
  if (bytes) {
    out.write(
      `\nA Dutch resident before the first question (default embed, measured in Chromium): ${bytes.gzip} bytes gzip, ${bytes.raw} raw\n`,
    );
    for (const f of bytes.files)
      out.write(`  ${f.path.padEnd(64)}${String(f.gzip).padStart(8)} gzip${String(f.raw).padStart(9)} raw\n`);
  }
  writeFileSync(
    join(OUT, 'bench.json'),
    `${JSON.stringify({ machine, date: DATE, node: rows, browser, longTasks, bytes }, null, 2)}\n`,
  );
  out.write(`\nwritten: ${join('bench-results', 'bench.json')} in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
