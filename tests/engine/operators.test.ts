import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { complement, isRange, type OperatorName, operatorTable } from '../../widget/engine/operators.ts';

const opt = operatorTable('optimistic');
const pess = operatorTable('pessimistic');
const status = (op: OperatorName, a: unknown, b: unknown) =>
  pess[op](a, b) ? 'voldaan' : opt[op](a, b) ? 'onbekend' : 'niet-voldaan';

describe('three-valued operators', () => {
  it('compare a value with a range limit: true for lo and hi, false for both, else unknown', () => {
    const r = { lo: 100, hi: 200 };
    expect(status('lessThanInclusive', 100, r)).toBe('voldaan');
    expect(status('lessThanInclusive', 150, r)).toBe('onbekend');
    expect(status('lessThanInclusive', 200, r)).toBe('onbekend');
    expect(status('lessThanInclusive', 201, r)).toBe('niet-voldaan');
    expect(status('lessThan', 100, r)).toBe('onbekend');
    expect(status('lessThan', 99, r)).toBe('voldaan');
    expect(status('lessThan', 200, r)).toBe('niet-voldaan');
    expect(status('greaterThanInclusive', 200, r)).toBe('voldaan');
    expect(status('greaterThan', 100, r)).toBe('niet-voldaan');
  });

  it('an unknown value is onbekend for every operator', () => {
    for (const op of Object.keys(complement) as OperatorName[]) {
      expect(status(op, null, op === 'in' || op === 'notIn' ? [1] : 1), op).toBe('onbekend');
      expect(status(op, undefined, op === 'in' || op === 'notIn' ? [1] : 1), op).toBe('onbekend');
    }
  });

  it('each complement is the exact negation on known values and on ranges', () => {
    const r = { lo: 100, hi: 200 };
    const flip = { voldaan: 'niet-voldaan', 'niet-voldaan': 'voldaan', onbekend: 'onbekend' } as const;
    for (const op of [
      'lessThan',
      'lessThanInclusive',
      'greaterThan',
      'greaterThanInclusive',
      'equal',
      'notEqual',
    ] as OperatorName[]) {
      for (const v of [50, 100, 150, 200, 250]) {
        expect(status(complement[op], v, r), `${op} ${v}`).toBe(flip[status(op, v, r)]);
        expect(status(complement[op], v, 150), `${op} ${v}`).toBe(flip[status(op, v, 150)]);
      }
    }
    expect(status('in', 'huur', ['huur', 'koop'])).toBe('voldaan');
    expect(status('notIn', 'huur', ['huur', 'koop'])).toBe('niet-voldaan');
    expect(status('equal', true, true)).toBe('voldaan');
    expect(status('notEqual', 'koop', 'huur')).toBe('voldaan');
  });
});

describe('isRange', () => {
  it('needs both lo and hi', () => {
    expect(isRange({ lo: 1, hi: 2 })).toBe(true);
    expect(isRange({ lo: 1 })).toBe(false);
    expect(isRange({ hi: 2 })).toBe(false);
    expect(isRange([1, 2])).toBe(false);
    expect(isRange(null)).toBe(false);
    expect(isRange(1)).toBe(false);
  });
});

describe('operator names', () => {
  it('are exactly the operators rules/schema.json allows, each with a table entry and a complement', () => {
    const schema = JSON.parse(readFileSync('rules/schema.json', 'utf8'));
    const allowed: string[] = schema.definitions.comparison.properties.operator.enum;
    expect(Object.keys(complement).sort()).toEqual([...allowed].sort());
    expect(Object.keys(operatorTable('pessimistic')).sort()).toEqual([...allowed].sort());
  });
});
