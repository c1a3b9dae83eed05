// Loading a rules file: JSON, schema, meaning, then the engines. The widget, the CLI and the beheer page
// all go through here, so a file is judged the same way everywhere.

import { meaningProblems } from './check-meaning.ts';
import { buildCompiledRules, type CompiledRules } from './compiled-rules.ts';
import { freshnessWarnings } from './freshness.ts';
import { jsonErrorPlace } from './json-path.ts';
import { todayInAmsterdam } from './peildatum.ts';
import { type ExamplesReport, runExamples } from './run-examples.ts';
import { schemaProblems } from './schema-problems.ts';
import type { RulesFile, RulesProblem } from './types.ts';

export interface LoadResult {
  rules: CompiledRules | null;
  problems: RulesProblem[];
}

/** Validate an already parsed rules file and build its engines. Never throws. */
export function compileRules(json: unknown): LoadResult {
  try {
    const schema = schemaProblems(json);
    if (schema.length > 0) return { rules: null, problems: schema };
    const meaning = meaningProblems(json as RulesFile);
    if (meaning.length > 0) return { rules: null, problems: meaning };
    return { rules: buildCompiledRules(json as RulesFile), problems: [] };
  } catch (e) {
    // A check that missed something must still end in a message, never in an exception on a host page.
    return {
      rules: null,
      problems: [{ path: '$', message: `het bestand kon niet worden gelezen: ${e instanceof Error ? e.message : String(e)}` }],
    };
  }
}

/** Parse and validate the text of a rules file. Never throws. */
export function parseRulesText(text: string): LoadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { rules: null, problems: [{ path: '$', message: `geen geldige JSON (${jsonErrorPlace(text, e)})` }] };
  }
  return compileRules(json);
}

export interface CheckReport {
  ok: boolean;
  errors: RulesProblem[];
  warnings: RulesProblem[];
  examples: ExamplesReport | null;
}

/** Everything `wijzer check` and the beheer page report: problems, failing examples, freshness warnings. */
export async function checkRulesText(text: string, today: string = todayInAmsterdam()): Promise<CheckReport> {
  const { rules, problems } = parseRulesText(text);
  if (!rules) return { ok: false, errors: problems, warnings: [], examples: null };
  const examples = await runExamples(rules);
  const errors = examples.failures.map(({ path, name, message }) => ({ path, message: `voorbeeld "${name}": ${message}` }));
  return { ok: errors.length === 0, errors, warnings: freshnessWarnings(rules.file, today), examples };
}
