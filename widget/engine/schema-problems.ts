// Schema validation with the generated, CSP-safe ajv validator; its English errors become short Dutch
// messages with the JSONPath of the problem.
import generatedValidator from './generated/validate-rules.js';
import { pointerKeys, pointerToPath } from './json-path.ts';
import { suggesting } from './suggest.ts';
import type { RulesProblem } from './types.ts';

const validateRulesFile = generatedValidator as unknown as ((data: unknown) => boolean) & { errors?: AjvError[] | null };

interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

const describe: Record<string, (p: Record<string, unknown>, m?: string) => string> = {
  required: (p) => `"${p.missingProperty}" ontbreekt`,
  additionalProperties: (p) => `onbekend veld "${p.additionalProperty}" (tikfout?)`,
  type: (p) => `moet ${dutchType(String(p.type))} zijn`,
  enum: (p) => `moet een van deze waarden zijn: ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
  pattern: (p) =>
    String(p.pattern).startsWith('^https://') ? 'moet een https://-link zijn' : `heeft niet de goede vorm (${p.pattern})`,
  minimum: (p) => `moet minstens ${p.limit} zijn`,
  maximum: (p) => `mag hoogstens ${p.limit} zijn`,
  minItems: (p) => `moet minstens ${p.limit} element(en) hebben`,
  minLength: () => 'mag niet leeg zijn',
  maxLength: (p) => `is te lang (hoogstens ${p.limit} tekens)`,
  minProperties: () => 'mag niet leeg zijn',
  uniqueItems: () => 'bevat dubbele waarden',
  anyOf: () => 'is geen geldige voorwaarde (all, any, not, condition of fact/operator/value)',
  oneOf: () => 'heeft niet precies één van de toegestane vormen (bij een reminder: "inDays" of "monthDay")',
  propertyNames: (p) => `ongeldige naam "${p.propertyName}"`,
};

function dutchType(type: string): string {
  const words: Record<string, string> = {
    string: 'tekst',
    number: 'een getal',
    integer: 'een heel getal',
    boolean: 'true of false',
    object: 'een object',
    array: 'een lijst',
  };
  return type
    .split(',')
    .map((t) => words[t] ?? t)
    .join(' of ');
}

function valueAt(json: unknown, pointer: string): unknown {
  return pointerKeys(pointer).reduce<unknown>(
    (v, key) => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined),
    json,
  );
}

/** Only the errors that explain a place: a condition's anyOf (and a reminder's oneOf) reports every branch, most of them noise. */
function explaining(json: unknown, pointer: string, list: AjvError[], hasDeeper: boolean): AjvError[] {
  if (list.some((e) => e.keyword === 'oneOf')) return hasDeeper ? [] : list.filter((e) => e.keyword === 'oneOf');
  if (!list.some((e) => e.keyword === 'anyOf')) return list;
  const value = valueAt(json, pointer);
  const meantAsComparison = typeof value === 'object' && value !== null && 'fact' in value;
  if (meantAsComparison) return list.filter((e) => e.keyword !== 'anyOf' && !e.schemaPath.startsWith('#/anyOf/'));
  return hasDeeper ? [] : list.filter((e) => e.keyword === 'anyOf');
}

/** Problems against rules/schema.json, in Dutch, one per cause where possible. */
export function schemaProblems(json: unknown): RulesProblem[] {
  if (validateRulesFile(json)) return [];
  const errors = validateRulesFile.errors ?? [];
  const byPath = new Map<string, AjvError[]>();
  for (const e of errors) byPath.set(e.instancePath, [...(byPath.get(e.instancePath) ?? []), e]);
  const problems: RulesProblem[] = [];
  for (const [pointer, list] of byPath) {
    const hasDeeper = [...byPath.keys()].some((p) => p !== pointer && p.startsWith(`${pointer}/`));
    for (const e of explaining(json, pointer, list, hasDeeper)) {
      const text = describe[e.keyword]?.(e.params, e.message) ?? e.message ?? e.keyword;
      const problem = { path: pointerToPath(pointer), message: text };
      // A mistyped operator or status: name the allowed value it most likely means.
      const given = valueAt(json, pointer);
      problems.push(
        e.keyword === 'enum' && typeof given === 'string'
          ? suggesting(problem, given, (e.params.allowedValues as unknown[]).map(String))
          : problem,
      );
    }
  }
  return dedupe(problems);
}

function dedupe(problems: RulesProblem[]): RulesProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path} ${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
