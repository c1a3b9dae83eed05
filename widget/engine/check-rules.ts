// Loading a rules file: JSON, schema, meaning, then the engines. The widget, the CLI and the beheer page
// all go through here, so a file is judged the same way everywhere.

import { meaningProblems } from './check-meaning.ts';
import { buildCompiledRules, type CompiledRules } from './compiled-rules.ts';
import { freshnessWarnings } from './freshness.ts';
import { MAX_DEPTH, tooDeepAt } from './json-depth.ts';
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
    // Before the schema validator and the meaning checks, which walk the file recursively.
    const deep = tooDeepAt(json);
    if (deep !== null)
      return { rules: null, problems: [{ path: deep, message: `te diep genest: hoogstens ${MAX_DEPTH} niveaus` }] };
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

/** A UTF-8 byte order mark: Windows editors write it, fetch() drops it, readFileSync keeps it. */
const BOM = '\uFEFF';

/**
 * Parse and validate the text of a rules file. Never throws. The one reader for the CLI, the widget loader and
 * the beheer page: one leading byte order mark is dropped, so a file saved by Notepad is judged the same everywhere.
 */
export function parseRulesText(raw: string): LoadResult {
  const text = raw.startsWith(BOM) ? raw.slice(BOM.length) : raw;
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
  const errors = examples.failures.map(({ path, name, message, suggestion }) => ({
    path,
    message: `voorbeeld "${name}": ${message}`,
    ...(suggestion ? { suggestion } : {}),
  }));
  return { ok: errors.length === 0, errors, warnings: freshnessWarnings(rules.file, today), examples };
}
