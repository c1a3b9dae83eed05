// Loading a rules file: JSON, schema, meaning, then the engines. The widget, the CLI and the beheer page
// all go through here, so a file is judged the same way everywhere.

import { meaningProblems } from './check-meaning.ts';
import { buildCompiledRules, type CompiledRules, compileInSlices } from './compiled-rules.ts';
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

// A check that missed something must still end in a message, never in an exception on a host page.
const unreadable = (e: unknown): LoadResult => ({
  rules: null,
  problems: [{ path: '$', message: `het bestand kon niet worden gelezen: ${e instanceof Error ? e.message : String(e)}` }],
});

/** The schema and meaning checks: the file when it passes them, else the problems. Never throws. */
function checked(json: unknown): { file: RulesFile } | LoadResult {
  try {
    // Before the schema validator and the meaning checks, which walk the file recursively.
    const deep = tooDeepAt(json);
    if (deep !== null)
      return { rules: null, problems: [{ path: deep, message: `te diep genest: hoogstens ${MAX_DEPTH} niveaus` }] };
    const schema = schemaProblems(json);
    if (schema.length > 0) return { rules: null, problems: schema };
    const meaning = meaningProblems(json as RulesFile);
    if (meaning.length > 0) return { rules: null, problems: meaning };
    return { file: json as RulesFile };
  } catch (e) {
    return unreadable(e);
  }
}

/** Validate an already parsed rules file and build its engines. Never throws. */
export function compileRules(json: unknown): LoadResult {
  const result = checked(json);
  if (!('file' in result)) return result;
  try {
    return { rules: buildCompiledRules(result.file), problems: [] };
  } catch (e) {
    return unreadable(e);
  }
}

/** The same, compiling in slices that give the page back (compiled-rules.ts): the widget's path. Never rejects. */
export async function compileRulesInSlices(json: unknown): Promise<LoadResult> {
  const result = checked(json);
  if (!('file' in result)) return result;
  try {
    return { rules: await compileInSlices(result.file), problems: [] };
  } catch (e) {
    return unreadable(e);
  }
}

/** A UTF-8 byte order mark: Windows editors write it, fetch() drops it, readFileSync keeps it. */
const BOM = '\uFEFF';

/**
 * The one reader for the CLI, the widget loader and the beheer page: one leading byte order mark is dropped, so
 * a file saved by Notepad is judged the same everywhere.
 */
function parse(raw: string): { json: unknown } | LoadResult {
  const text = raw.startsWith(BOM) ? raw.slice(BOM.length) : raw;
  try {
    return { json: JSON.parse(text) };
  } catch (e) {
    return { rules: null, problems: [{ path: '$', message: `geen geldige JSON (${jsonErrorPlace(text, e)})` }] };
  }
}

/** Parse and validate the text of a rules file. Never throws. */
export function parseRulesText(text: string): LoadResult {
  const parsed = parse(text);
  return 'json' in parsed ? compileRules(parsed.json) : parsed;
}

/** Parse and validate, then compile in slices (the widget's path for a host's own rules URL). Never rejects. */
export async function parseRulesTextInSlices(text: string): Promise<LoadResult> {
  const parsed = parse(text);
  return 'json' in parsed ? compileRulesInSlices(parsed.json) : parsed;
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
