// `npm run bench`: evaluate() per household for the Ommen rules and generated rule sets of 100 and 1000
// regelingen, warm and cold, with json-rules-engine shimmed (as shipped) and unshimmed (real deps), against the
// plain evaluator as the floor; then start-to-first-question in headless Chromium. Prints a table and writes
// bench-results/bench.json. Timings live here only; tests never assert on time.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { EngineConstructor } from '../../widget/engine/adapter.ts';
import { meaningProblems } from '../../widget/engine/check-meaning.ts';
import { buildCompiledRules, type CompiledRules } from '../../widget/engine/compiled-rules.ts';
import { evaluate } from '../../widget/engine/evaluate.ts';
import { schemaProblems } from '../../widget/engine/schema-problems.ts';
import type { Answers, RulesFile } from '../../widget/engine/types.ts';
import { householdArb } from '../properties/support/households.ts';
import { browserBench } from './browser.ts';
import { noEngine, realEngine, shimmedEngine } from './engines.ts';
import { generateRules, ommenFile } from './generate-rules.ts';
import { cold, fmt, warm } from './measure.ts';
import { plainEvaluate } from './plain-evaluator.ts';

const OUT = join(process.cwd(), 'bench-results');
const DATE = '2026-07-01';
const quick = process.argv.includes('--quick');

function validate(json: unknown): RulesFile {
  const problems = [...schemaProblems(json)];
  if (problems.length === 0) problems.push(...meaningProblems(json as RulesFile));
  if (problems.length > 0) throw new Error(`bench rules invalid: ${JSON.stringify(problems.slice(0, 3))}`);
  return json as RulesFile;
}

interface Row {
  set: string;
  regelingen: number;
  impl: string;
  warmMs: number;
  coldMs: number;
}

async function benchSet(set: string, file: RulesFile, engines: Record<string, EngineConstructor>, rows: Row[]) {
  const text = JSON.stringify(file);
  const big = file.regelingen.length >= 1000;
  const compiledOnce = buildCompiledRules(validate(JSON.parse(text)), noEngine);
  const households: Answers[] = fc.sample(householdArb(compiledOnce), { numRuns: 64, seed: 42 });
  const pick = (i: number) => households[i % households.length] as Answers;
  const batches = quick ? 3 : big ? 9 : 15;
  const coldSamples = quick ? 3 : big ? 7 : 21;
  for (const [impl, Engine] of Object.entries(engines)) {
    const rules: CompiledRules = buildCompiledRules(validate(JSON.parse(text)), Engine);
    const warmMs = await warm((i) => evaluate(rules, pick(i), DATE), batches, big ? 200 : 40);
    const coldMs = await cold(() => evaluate(buildCompiledRules(validate(JSON.parse(text)), Engine), pick(0), DATE), coldSamples);
    rows.push({ set, regelingen: file.regelingen.length, impl, warmMs, coldMs });
    process.stderr.write(`  ${set} ${impl}: warm ${fmt(warmMs)}, cold ${fmt(coldMs)}\n`);
  }
  const warmMs = await warm((i) => plainEvaluate(compiledOnce, pick(i), DATE), batches);
  const coldMs = await cold(
    () => plainEvaluate(buildCompiledRules(validate(JSON.parse(text)), noEngine), pick(0), DATE),
    coldSamples,
  );
  rows.push({ set, regelingen: file.regelingen.length, impl: 'plain evaluator (floor)', warmMs, coldMs });
  // Validation alone (JSON.parse + schema + meaning), part of every cold number above.
  const validateMs = await cold(() => validate(JSON.parse(text)), coldSamples);
  rows.push({
    set,
    regelingen: file.regelingen.length,
    impl: '(of cold: parse + schema + meaning checks)',
    warmMs: Number.NaN,
    coldMs: validateMs,
  });
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const engines = {
    'json-rules-engine, shimmed (as shipped)': await shimmedEngine(join(OUT, '.cache')),
    'json-rules-engine, real deps': realEngine(),
  };
  const rows: Row[] = [];
  await benchSet('ommen', ommenFile(), engines, rows);
  await benchSet('generated-100', generateRules(100, 1), engines, rows);
  await benchSet('generated-1000', generateRules(1000, 1), engines, rows);

  const machine = { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? '?', date: new Date().toISOString() };
  process.stdout.write(`\nevaluate() per household, ${DATE}; Node ${machine.node}, ${machine.cpus} cores (medians)\n`);
  process.stdout.write(`${'set'.padEnd(16)}${'impl'.padEnd(44)}${'warm'.padStart(12)}${'cold'.padStart(12)}\n`);
  for (const r of rows) {
    process.stdout.write(
      `${r.set.padEnd(16)}${r.impl.padEnd(44)}${(Number.isNaN(r.warmMs) ? '' : fmt(r.warmMs)).padStart(12)}${fmt(r.coldMs).padStart(12)}\n`,
    );
  }
  const browser = quick || process.argv.includes('--no-browser') ? null : await browserBench();
  if (browser) {
    process.stdout.write('\nChromium (medians; start-up: widget script to first question, on fresh pages)\n');
    for (const b of browser) {
      const value = b.label.includes('frames') ? String(b.medianMs) : fmt(b.medianMs);
      const worst = b.label.includes('frames') ? `, max ${Math.max(...b.samples)}` : '';
      process.stdout.write(`${b.label.padEnd(64)}${value.padStart(10)}  (n=${b.samples.length}${worst})\n`);
    }
  }
  writeFileSync(join(OUT, 'bench.json'), `${JSON.stringify({ machine, date: DATE, node: rows, browser }, null, 2)}\n`);
  process.stdout.write(`\nwritten: ${join('bench-results', 'bench.json')}\n`);
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
