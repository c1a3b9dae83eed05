// Checks a household's answers against the questions and converts them to engine units (money in cents).
// A missing key and null are both unknown for the outcomes; the flow tells them apart (docs/regels-ommen.md §1).
import type { FactValue } from './derived-facts.ts';
import { toCents } from './money.ts';
import type { Answers, Question } from './types.ts';

export class AnswersError extends Error {
  // In the constructor, not a class field: for Chrome 93-97 the build down-levels class fields with helper code
  // (engine/peildatum.ts).
  constructor(message?: string) {
    super(message);
    this.name = 'AnswersError';
  }
}

function convert(q: Question, v: unknown): FactValue {
  const fail = (expected: string): never => {
    throw new AnswersError(`Antwoord "${q.id}": verwacht ${expected}, gekregen ${JSON.stringify(v)}.`);
  };
  const inRange = (n: number) => (q.min === undefined || n >= q.min) && (q.max === undefined || n <= q.max);
  switch (q.type) {
    case 'boolean':
      return typeof v === 'boolean' ? v : fail('true, false of null');
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v) && inRange(v) ? v : fail(`een heel getal${range(q)}`);
    case 'money':
      return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1e9 && inRange(v)
        ? toCents(v)
        : fail('een bedrag in euro (0 of meer)');
    case 'choice':
      return typeof v === 'string' && ((q.options ?? []) as string[]).includes(v)
        ? v
        : fail(`een van ${(q.options ?? []).join(', ')}`);
    case 'ages':
      return Array.isArray(v) && v.every((a) => typeof a === 'number' && Number.isInteger(a) && inRange(a))
        ? [...v]
        : fail(`een lijst met leeftijden${range(q)}`);
  }
}

/** True when `v` is a valid, known answer to `q` (not null): the same test the engine applies. */
export function isValidAnswer(q: Question, v: unknown): boolean {
  try {
    convert(q, v);
    return true;
  } catch {
    return false;
  }
}

const range = (q: Question) => (q.min !== undefined && q.max !== undefined ? ` van ${q.min} tot en met ${q.max}` : '');

/** Engine values for every question: null when unknown. Unknown keys are refused: a typo must not pass as "unknown". */
export function normalizeAnswers(questions: Question[], answers: Answers): Record<string, FactValue> {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
    throw new AnswersError('De antwoorden moeten een object zijn, zoals { "leeftijd": 34 }.');
  }
  const known = new Map(questions.map((q) => [q.id, q]));
  for (const key of Object.keys(answers)) {
    if (!known.has(key)) throw new AnswersError(`Onbekende vraag "${key}" in de antwoorden.`);
  }
  const out: Record<string, FactValue> = {};
  for (const q of questions) {
    // Own properties only: an inherited `leeftijd` (or Object.prototype's own names) is not an answer.
    const v = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
    out[q.id] = v === undefined || v === null ? null : convert(q, v);
  }
  return out;
}
