// Meaning checks for conditions: known facts, valid params, operators that fit the fact's type, values
// of the right type, shared conditions that exist (their cycles and expanded size: condition-graph.ts).

import { derivedFacts, type FactType, isDerivedFact, OUTCOME_FACT } from './derived-facts.ts';
import { CONTRACT_ANSWERS } from './fact-contract.ts';
import { isWholeCents } from './money.ts';
import { NUMERIC_OPERATORS, type OperatorName } from './operators.ts';
import { suggesting } from './suggest.ts';
import type { Comparison, Condition, FactRef, RulesFile, RulesProblem } from './types.ts';

export interface ConditionScope {
  file: RulesFile;
  types: Map<string, FactType>;
  /** Outcomes of regelingen may only be read by hulppunten. */
  allowOutcome: boolean;
}

const OUTCOMES = ['ja', 'misschien', 'nee'];
const isRef = (v: unknown): v is FactRef => typeof v === 'object' && v !== null && !Array.isArray(v) && 'fact' in v;

function checkFactUse(ref: FactRef, path: string, scope: ConditionScope, out: RulesProblem[]): FactType | null {
  const type = scope.types.get(ref.fact);
  if (!type) {
    const problem: RulesProblem = { path: `${path}.fact`, message: `onbekend feit "${ref.fact}"` };
    const suggested = suggesting(problem, ref.fact, scope.types.keys());
    out.push(
      suggested.suggestion
        ? suggested
        : { ...problem, message: `${problem.message}: gebruik een vraag-id of een afgeleid feit (zie rules/README.md)` },
    );
    return null;
  }
  const params = ref.params ?? {};
  if (ref.fact === OUTCOME_FACT) {
    if (!scope.allowOutcome)
      out.push({ path: `${path}.fact`, message: '"uitkomst" mag alleen in de voorwaarden van een hulppunt' });
    if (!scope.file.regelingen.some((r) => r.id === params.regeling)) {
      const id = String(params.regeling);
      const problem = { path: `${path}.params.regeling`, message: `onbekende regeling "${id}"` };
      out.push(
        suggesting(
          problem,
          id,
          scope.file.regelingen.map((r) => r.id),
        ),
      );
    }
    return type;
  }
  if (isDerivedFact(ref.fact)) {
    const fact = derivedFacts[ref.fact];
    const allowed: Record<string, { type: string; required: boolean }> = 'params' in fact ? fact.params : {};
    for (const [name, value] of Object.entries(params)) {
      const spec = Object.hasOwn(allowed, name) ? allowed[name] : undefined;
      if (!spec) out.push({ path: `${path}.params.${name}`, message: `"${ref.fact}" kent geen parameter "${name}"` });
      else if (typeof value !== spec.type)
        out.push({ path: `${path}.params.${name}`, message: `moet ${spec.type === 'number' ? 'een getal' : 'tekst'} zijn` });
    }
    for (const [name, spec] of Object.entries(allowed)) {
      if (spec.required && params[name] === undefined)
        out.push({ path: `${path}.params`, message: `"${ref.fact}" heeft de parameter "${name}" nodig` });
    }
    for (const q of fact.needs) {
      const given = scope.file.questions.find((question) => question.id === q)?.type;
      if (!given)
        out.push({
          path: `${path}.fact`,
          message: `"${ref.fact}" heeft de vraag "${q}" nodig, maar die staat niet in het bestand`,
        });
      else if (given !== CONTRACT_ANSWERS[q])
        out.push({
          path: `${path}.fact`,
          message: `"${ref.fact}" heeft de vraag "${q}" nodig van het type "${CONTRACT_ANSWERS[q]}", maar in het bestand is die "${given}"`,
        });
    }
    if (ref.fact === 'grens' && typeof params.naam === 'string') {
      scope.file.norms.periods.forEach((p, i) => {
        if (!Object.hasOwn(p.limits, String(params.naam))) {
          const problem = {
            path: `${path}.params.naam`,
            message: `grens "${params.naam}" ontbreekt in $.norms.periods[${i}].limits`,
          };
          out.push(suggesting(problem, String(params.naam), Object.keys(p.limits)));
        }
      });
    }
  } else if (Object.keys(params).length > 0) {
    out.push({ path: `${path}.params`, message: `de vraag "${ref.fact}" heeft geen parameters` });
  }
  return type;
}

function optionsOf(fact: string, scope: ConditionScope): string[] | undefined {
  if (fact === OUTCOME_FACT) return OUTCOMES;
  if (isDerivedFact(fact)) return (derivedFacts[fact] as { options?: string[] }).options;
  return scope.file.questions.find((q) => q.id === fact)?.options;
}

function checkLiteral(fact: string, type: FactType, v: unknown, path: string, scope: ConditionScope, out: RulesProblem[]) {
  const numeric = type === 'integer' || type === 'money';
  if (numeric && typeof v !== 'number') out.push({ path, message: `"${fact}" is een getal: vergelijk met een getal` });
  else if (type === 'boolean' && typeof v !== 'boolean')
    out.push({ path, message: `"${fact}" is ja/nee: vergelijk met true of false` });
  else if ((type === 'choice' || type === 'outcome') && !optionsOf(fact, scope)?.includes(String(v))) {
    out.push({ path, message: `${JSON.stringify(v)} is geen antwoord van "${fact}" (${optionsOf(fact, scope)?.join(', ')})` });
  } else if (type === 'money' && typeof v === 'number' && !isWholeCents(v))
    out.push({ path, message: 'bedrag met meer dan 2 decimalen' });
  else if (type === 'integer' && typeof v === 'number' && !Number.isInteger(v))
    out.push({ path, message: `"${fact}" is een heel getal` });
}

export function checkComparison(c: Comparison, path: string, scope: ConditionScope, out: RulesProblem[]): void {
  const type = checkFactUse(c, path, scope, out);
  if (!type) return;
  const op = c.operator as OperatorName;
  if (type === 'ages') {
    out.push({
      path: `${path}.fact`,
      message: `"${c.fact}" is een lijst: gebruik "aantal_kinderen" (met minLeeftijd/maxLeeftijd)`,
    });
    return;
  }
  if (NUMERIC_OPERATORS.includes(op) && type !== 'integer' && type !== 'money') {
    out.push({ path: `${path}.operator`, message: `"${op}" werkt alleen met getallen en bedragen, niet met "${c.fact}"` });
  }
  if (isRef(c.value)) {
    const other = checkFactUse(c.value, `${path}.value`, scope, out);
    if (other && other !== type)
      out.push({
        path: `${path}.value`,
        message: `"${c.fact}" (${type}) en "${c.value.fact}" (${other}) zijn niet te vergelijken`,
      });
    if (op === 'in' || op === 'notIn') out.push({ path: `${path}.value`, message: `"${op}" vraagt een lijst met waarden` });
    return;
  }
  if (op === 'in' || op === 'notIn') {
    if (!Array.isArray(c.value)) out.push({ path: `${path}.value`, message: `"${op}" vraagt een lijst met waarden` });
    else c.value.forEach((v, i) => checkLiteral(c.fact, type, v, `${path}.value[${i}]`, scope, out));
    return;
  }
  if (Array.isArray(c.value))
    out.push({ path: `${path}.value`, message: `"${op}" vergelijkt met één waarde, niet met een lijst` });
  else checkLiteral(c.fact, type, c.value, `${path}.value`, scope, out);
}

export function checkCondition(c: Condition, path: string, scope: ConditionScope, out: RulesProblem[]): void {
  if ('all' in c) c.all.forEach((s, i) => checkCondition(s, `${path}.all[${i}]`, scope, out));
  else if ('any' in c) c.any.forEach((s, i) => checkCondition(s, `${path}.any[${i}]`, scope, out));
  else if ('not' in c) checkCondition(c.not, `${path}.not`, scope, out);
  else if ('condition' in c) {
    if (!Object.hasOwn(scope.file.conditions ?? {}, c.condition)) {
      const problem = { path: `${path}.condition`, message: `onbekende gedeelde voorwaarde "${c.condition}"` };
      out.push(suggesting(problem, c.condition, Object.keys(scope.file.conditions ?? {})));
    }
  } else checkComparison(c, path, scope, out);
}
