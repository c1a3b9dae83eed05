// The adapter's mechanics: each distinct leaf goes to json-rules-engine once, a file split over several
// json-rules-engine runs gives the same results as one run, compile and evaluation never build a collator, and
// the sliced compile gives the page back between slices and compiles the same rules as the one-go compile.
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRunner, type EngineConstructor } from '../../widget/engine/adapter.ts';
import { normalizeAnswers } from '../../widget/engine/answers.ts';
import { buildCompiledRules, type CompiledRules, compileInSlices } from '../../widget/engine/compiled-rules.ts';
import { evaluate } from '../../widget/engine/evaluate.ts';
import { isFactRef, leaves } from '../../widget/engine/normalize-conditions.ts';
import { choosePeriod } from '../../widget/engine/norms.ts';
import { runInSlices, runToEnd } from '../../widget/engine/time-slices.ts';
import type { RulesFile } from '../../widget/engine/types.ts';
import { generateRules, ommenFile } from '../bench/generate-rules.ts';
import { householdArb } from '../properties/support/households.ts';

const DATE = '2026-07-01';
const RealEngine = createRequire(import.meta.url)('json-rules-engine').Engine as EngineConstructor;

/** json-rules-engine itself, recording the conditions of every rule it is given. */
function recordingEngine() {
  const rules: { conditions: { all: unknown[] } }[] = [];
  const Ctor = class extends (RealEngine as unknown as new (...a: unknown[]) => { addRule(r: unknown): unknown }) {
    override addRule(rule: unknown) {
      rules.push(rule as (typeof rules)[number]);
      return super.addRule(rule);
    }
  } as unknown as EngineConstructor;
  return { Ctor, rules };
}

const regelingSpecs = (rules: CompiledRules) =>
  rules.file.regelingen.map((r) => ({ name: r.id, tree: rules.trees.get(r.id) as never }));
const contextFor = (rules: CompiledRules, answers: Record<string, unknown>) => ({
  household: {
    answers: normalizeAnswers(rules.questions, answers as never),
    period: choosePeriod(rules.file, rules.periods, DATE).period,
  },
  outcomes: {},
});

afterEach(() => vi.restoreAllMocks());

describe('adapter', () => {
  it('hands json-rules-engine each distinct leaf once, as one rule', () => {
    const { Ctor, rules } = recordingEngine();
    const compiled = buildCompiledRules(generateRules(200, 5), Ctor);
    const specs = regelingSpecs(compiled);
    rules.length = 0;
    createRunner(specs, compiled.resolve as never, Ctor);
    const all = specs.flatMap((s) => leaves(s.tree));
    const key = (l: (typeof all)[number]) =>
      JSON.stringify([l.fact, l.params ?? {}, l.operator, isFactRef(l.value) ? [l.value.fact, l.value.params ?? {}] : l.value]);
    const distinct = new Set(all.map(key)).size;
    expect(rules).toHaveLength(1);
    expect(rules[0]?.conditions.all).toHaveLength(distinct);
    // Otherwise this test would prove nothing: the generated regelingen really share leaves.
    expect(distinct).toBeLessThan(all.length);
  });

  it('splitting the leaves over several json-rules-engine runs changes no result', async () => {
    const compiled = buildCompiledRules(generateRules(60, 9));
    const specs = regelingSpecs(compiled);
    const { Ctor, rules } = recordingEngine();
    const one = createRunner(specs, compiled.resolve as never);
    const split = createRunner(specs, compiled.resolve as never, Ctor, 7);
    expect(rules.length).toBeGreaterThan(2);
    await fc.assert(
      fc.asyncProperty(householdArb(compiled), async (answers) => {
        expect(await split(contextFor(compiled, answers))).toEqual(await one(contextFor(compiled, answers)));
      }),
      { numRuns: 60 },
    );
  });

  it('compiles and evaluates without collation (no localeCompare, no Intl.Collator)', async () => {
    const localeCompare = vi.spyOn(String.prototype, 'localeCompare');
    const collator = vi.spyOn(Intl, 'Collator');
    for (const file of [ommenFile(), generateRules(50, 2)]) {
      const rules = buildCompiledRules(file);
      const sliced = await compileInSlices(file);
      for (const answers of fc.sample(householdArb(rules), { numRuns: 20, seed: 1 })) {
        await evaluate(rules, answers, DATE);
        await evaluate(sliced, answers, DATE);
      }
    }
    expect(localeCompare).not.toHaveBeenCalled();
    expect(collator).not.toHaveBeenCalled();
  });

  it('the sliced compile gives the same results as the one-go compile', async () => {
    const file: RulesFile = generateRules(150, 4);
    const once = buildCompiledRules(file);
    const sliced = await compileInSlices(file);
    expect([...sliced.readers]).toEqual([...once.readers]);
    for (const answers of fc.sample(householdArb(once), { numRuns: 30, seed: 3 })) {
      expect(await evaluate(sliced, answers, DATE)).toEqual(await evaluate(once, answers, DATE));
    }
  });
});

describe('time slices', () => {
  /** Steps until a timer set before the work has fired, or 20,000 steps; returns whether it fired. */
  function* untilTimer(fired: () => boolean): Generator<void, boolean> {
    for (let i = 0; i < 20_000 && !fired(); i++) yield;
    return fired();
  }

  it('runInSlices gives the main thread back, so a waiting task runs before the work ends', async () => {
    let fired = false;
    setTimeout(() => {
      fired = true;
    }, 0);
    expect(
      await runInSlices(
        untilTimer(() => fired),
        0,
      ),
    ).toBe(true);
  });

  it('runToEnd does not: the same work finishes before the timer', () => {
    let fired = false;
    const timer = setTimeout(() => {
      fired = true;
    }, 0);
    expect(runToEnd(untilTimer(() => fired))).toBe(false);
    clearTimeout(timer);
  });
});
