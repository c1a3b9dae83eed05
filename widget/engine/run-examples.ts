// Runs the example households of a rules file and lists every expectation that does not hold.
import type { CompiledRules } from './compiled-rules.ts';
import { evaluate } from './evaluate.ts';
import { prop } from './json-path.ts';
import { suggesting } from './suggest.ts';
import type { Example } from './types.ts';

export interface ExampleFailure {
  index: number;
  name: string;
  path: string;
  message: string;
  suggestion?: string;
}

export interface ExamplesReport {
  total: number;
  passed: number;
  failures: ExampleFailure[];
}

async function runExample(rules: CompiledRules, ex: Example, index: number): Promise<ExampleFailure[]> {
  const fail = (path: string, message: string): ExampleFailure => ({
    index,
    name: ex.name,
    path: `$.examples[${index}]${path}`,
    message,
  });
  const questionIds = rules.questions.map((q) => q.id);
  const unknown = Object.keys(ex.answers).filter((id) => !questionIds.includes(id));
  if (unknown.length > 0) {
    return unknown.map((id) => suggesting(fail(prop('.answers', id), `onbekende vraag "${id}"`), id, questionIds));
  }
  let result: Awaited<ReturnType<typeof evaluate>>;
  try {
    result = await evaluate(rules, ex.answers as never, ex.date);
  } catch (e) {
    return [fail('', e instanceof Error ? e.message : String(e))];
  }
  const failures: ExampleFailure[] = [];
  const expect = ex.expect;
  for (const [group, expected] of [
    ['regelingen', expect.regelingen],
    ['hulppunten', expect.hulppunten],
  ] as const) {
    for (const [id, outcome] of Object.entries(expected ?? {})) {
      const got = Object.hasOwn(result[group], id) ? result[group][id]?.outcome : undefined;
      if (got === undefined) {
        failures.push(suggesting(fail(prop(`.expect.${group}`, id), `onbekende id "${id}"`), id, Object.keys(result[group])));
      } else if (got !== outcome) failures.push(fail(`${prop(`.expect.${group}`, id)}`, `verwacht ${outcome}, uitkomst ${got}`));
    }
  }
  if (expect.othersNee) {
    for (const [id, r] of Object.entries(result.regelingen)) {
      if (!Object.hasOwn(expect.regelingen ?? {}, id) && r.outcome !== 'nee') {
        failures.push(fail('.expect.othersNee', `"${id}" is ${r.outcome}, verwacht nee`));
      }
    }
  }
  for (const [id, value] of Object.entries(expect.amounts ?? {})) {
    if (!Object.hasOwn(result.regelingen, id)) {
      failures.push(fail(`.expect.amounts['${id}']`, `onbekende regeling "${id}"`));
      continue;
    }
    const got = result.regelingen[id]?.amount?.value ?? null;
    if (got !== value) failures.push(fail(`.expect.amounts['${id}']`, `verwacht bedrag ${value}, uitkomst ${got}`));
  }
  if (expect.normsOutdated !== undefined && expect.normsOutdated !== result.normsOutdated) {
    failures.push(fail('.expect.normsOutdated', `verwacht ${expect.normsOutdated}, uitkomst ${result.normsOutdated}`));
  }
  return failures;
}

export async function runExamples(rules: CompiledRules): Promise<ExamplesReport> {
  // One at a time (the engine takes turns anyway): only the failures stay in memory, not every full result.
  const failures: ExampleFailure[] = [];
  let passed = 0;
  for (const [i, ex] of rules.file.examples.entries()) {
    const found = await runExample(rules, ex, i);
    if (found.length === 0) passed++;
    failures.push(...found);
  }
  return { total: rules.file.examples.length, passed, failures };
}
