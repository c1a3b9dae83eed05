// Three-valued comparisons (docs/regels-ommen.md §3) as two operator tables: pessimistic answers "must this hold?" and is
// what json-rules-engine runs with; optimistic answers "could this hold?", which the adapter asks of a failed
// leaf against a range. An unknown value (null) could hold and need not; a Range limit holds when it holds for
// lo and for hi. Pessimistic true means voldaan, optimistic false niet-voldaan, else onbekend (docs/decisions/0001-three-valued-outcomes-one-run.md).
import type { Comparison, Range } from './types.ts';

export type Mode = 'optimistic' | 'pessimistic';
/** The operators rules/schema.json allows; the tables below must cover each (Record<OperatorName, …>). */
export type OperatorName = Comparison['operator'];

type Operand = unknown;

/** The one guard for a Range (a value known only between lo and hi); both ends must be there. */
export const isRange = (v: unknown): v is Range =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'lo' in v && 'hi' in v;

const unknown = (v: Operand) => v === null || v === undefined;

function bounds(v: Operand): Range | null {
  if (typeof v === 'number') return { lo: v, hi: v };
  return isRange(v) ? v : null;
}

/** a OP b over ranges: optimistic = some pair satisfies it, pessimistic = every pair does. */
function compare(mode: Mode, a: Operand, b: Operand, test: (x: number, y: number) => boolean, aFavoursLow: boolean) {
  if (unknown(a) || unknown(b)) return mode === 'optimistic';
  const ra = bounds(a);
  const rb = bounds(b);
  if (!ra || !rb) return false;
  // For "a < b" the most favourable pair is (a.lo, b.hi) and the least favourable (a.hi, b.lo).
  const [x, y] = (mode === 'optimistic') === aFavoursLow ? [ra.lo, rb.hi] : [ra.hi, rb.lo];
  return test(x, y);
}

function equal(mode: Mode, a: Operand, b: Operand): boolean {
  if (unknown(a) || unknown(b)) return mode === 'optimistic';
  const ra = bounds(a);
  const rb = bounds(b);
  if (ra && rb) {
    return mode === 'optimistic' ? ra.lo <= rb.hi && rb.lo <= ra.hi : ra.lo === ra.hi && rb.lo === rb.hi && ra.lo === rb.lo;
  }
  return a === b;
}

function member(mode: Mode, a: Operand, list: Operand): boolean {
  if (unknown(a)) return mode === 'optimistic';
  return Array.isArray(list) && list.some((item) => equal(mode, a, item));
}

const other = (mode: Mode): Mode => (mode === 'optimistic' ? 'pessimistic' : 'optimistic');

export function operatorTable(mode: Mode): Record<OperatorName, (a: Operand, b: Operand) => boolean> {
  return {
    equal: (a, b) => equal(mode, a, b),
    // "not equal" could hold exactly when "equal" need not hold, and vice versa.
    notEqual: (a, b) => !equal(other(mode), a, b),
    lessThan: (a, b) => compare(mode, a, b, (x, y) => x < y, true),
    lessThanInclusive: (a, b) => compare(mode, a, b, (x, y) => x <= y, true),
    greaterThan: (a, b) => compare(mode, a, b, (x, y) => x > y, false),
    greaterThanInclusive: (a, b) => compare(mode, a, b, (x, y) => x >= y, false),
    in: (a, b) => member(mode, a, b),
    notIn: (a, b) => !member(other(mode), a, b),
  };
}

/** Each operator's negation, for pushing `not` down to the leaves. */
export const complement: Record<OperatorName, OperatorName> = {
  equal: 'notEqual',
  notEqual: 'equal',
  lessThan: 'greaterThanInclusive',
  greaterThanInclusive: 'lessThan',
  lessThanInclusive: 'greaterThan',
  greaterThan: 'lessThanInclusive',
  in: 'notIn',
  notIn: 'in',
};

export const NUMERIC_OPERATORS: OperatorName[] = ['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'];
