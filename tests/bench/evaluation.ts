// evaluate() per household in Node: each engine variant beside the plain evaluator (the floor), warm and cold,
// the implementations taking turns batch by batch (measure.ts) so a load spike hits them alike.
import fc from 'fast-check';
import type { EngineConstructor } from '../../widget/engine/adapter.ts';
import { meaningProblems } from '../../widget/engine/check-meaning.ts';
import { buildCompiledRules } from '../../widget/engine/compiled-rules.ts';
import { evaluate } from '../../widget/engine/evaluate.ts';
import { schemaProblems } from '../../widget/engine/schema-problems.ts';
import type { Answers, RulesFile } from '../../widget/engine/types.ts';
import { householdArb } from '../properties/support/households.ts';
import { noEngine } from './engines.ts';
import type { EvaluationFigure } from './format.ts';
import { spread, warmInterleaved } from './measure.ts';
import { plainEvaluate } from './plain-evaluator.ts';

/** The checks the widget runs on a host's own rules file: schema, then meaning. */
export function validate(json: unknown): RulesFile {
  const problems = [...schemaProblems(json)];
  if (problems.length === 0) problems.push(...meaningProblems(json as RulesFile));
  if (problems.length > 0) throw new Error(`bench rules invalid: ${JSON.stringify(problems.slice(0, 3))}`);
  return json as RulesFile;
}

export interface EvaluationOptions {
  /** Warm rounds (one batch per implementation each) and cold samples (one per engine each). */
  rounds: number;
  coldSamples: number;
  /** Minimum length of one warm batch. */
  batchMs: number;
}

const FLOOR = 'floor';

export async function evaluationBench(
  set: string,
  file: RulesFile,
  engines: Record<string, EngineConstructor>,
  peildatum: string,
  options: EvaluationOptions,
): Promise<EvaluationFigure[]> {
  const text = JSON.stringify(file);
  // Checked once up front (a broken generator fails here, not as a figure); the cold samples check again.
  const floorRules = buildCompiledRules(validate(JSON.parse(text)), noEngine);
  const households: Answers[] = fc.sample(householdArb(floorRules), { numRuns: 64, seed: 42 });
  const pick = (i: number) => households[i % households.length] as Answers;
  const compiled = Object.fromEntries(Object.entries(engines).map(([k, E]) => [k, buildCompiledRules(file, E)]));
  const warm = await warmInterleaved(
    {
      ...Object.fromEntries(
        Object.entries(compiled).map(([k, rules]) => [k, (i: number) => evaluate(rules, pick(i), peildatum)]),
      ),
      [FLOOR]: (i: number) => plainEvaluate(floorRules, pick(i), peildatum),
    },
    options.rounds,
    options.batchMs,
  );
  // Cold: per sample the whole path of a host's rules file; the parse + checks share from the same sample.
  const cold: Record<string, number[]> = {};
  const checks: Record<string, number[]> = {};
  for (let s = 0; s < options.coldSamples; s++) {
    for (const [name, E] of Object.entries(engines)) {
      const t0 = performance.now();
      const checked = validate(JSON.parse(text));
      const t1 = performance.now();
      await evaluate(buildCompiledRules(checked, E), pick(s), peildatum);
      (cold[name] ??= []).push(performance.now() - t0);
      (checks[name] ??= []).push(t1 - t0);
    }
  }
  const floor = warm[FLOOR];
  if (!floor) throw new Error('no floor figure');
  return Object.keys(engines).map((engine) => {
    const w = warm[engine];
    if (!w) throw new Error(`no warm figure for ${engine}`);
    return {
      set,
      engine,
      warm: w.wall,
      warmCpu: w.cpu,
      floorWarm: floor.wall,
      floorWarmCpu: floor.cpu,
      cold: spread(cold[engine] ?? []),
      checks: spread(checks[engine] ?? []),
    };
  });
}
