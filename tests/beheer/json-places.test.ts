// Problem places: a JSON syntax error where a person fixes it, and a checker JSONPath at its exact range.
import { describe, expect, it } from 'vitest';
import {
  keysPath,
  lineColumn,
  parseForPlaces,
  pathKeys,
  placeOfPath,
  syntaxProblem,
} from '../../widget/beheer/editor/json-places.ts';
import { placeProblems } from '../../widget/beheer/editor/placed-problems.ts';
import { checkRulesText } from '../../widget/engine/checker.ts';
import { OMMEN_TEXT } from './support.ts';

/** The 1-based line and column of the first occurrence of `needle` in `text`, plus `shift` characters. */
function placeOf(text: string, needle: string, shift = 0) {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`not found: ${needle}`);
  return lineColumn(text, at + shift);
}

describe('JSON paths', () => {
  it('reads the checker forms and writes them back', () => {
    expect(pathKeys('$')).toEqual([]);
    expect(pathKeys('$.regelingen[2].conditions.all[0].fact')).toEqual(['regelingen', 2, 'conditions', 'all', 0, 'fact']);
    expect(pathKeys("$.conditions['inkomen-tot-110'].value")).toEqual(['conditions', 'inkomen-tot-110', 'value']);
    expect(pathKeys('regelingen')).toBeNull();
    expect(keysPath(['conditions', 'inkomen-tot-110', 'value'])).toBe("$.conditions['inkomen-tot-110'].value");
  });

  it('places a value at its own range and an object at its name', () => {
    const text = '{\n  "a": { "b": [1, "x"] }\n}\n';
    const root = parseForPlaces(text);
    const x = placeOfPath(root, '$.a.b[1]');
    expect(text.slice(x!.from, x!.to)).toBe('"x"');
    const a = placeOfPath(root, '$.a');
    expect(text.slice(a!.from, a!.to)).toBe('"a"');
    // A stale path falls back to the nearest part that exists.
    const stale = placeOfPath(root, '$.a.b[7].c');
    expect(text.slice(stale!.from, stale!.to)).toBe('"b"');
  });
});

describe('JSON syntax errors', () => {
  it('a missing comma is marked right after the value that needs it', () => {
    const version = `"version": "${JSON.parse(OMMEN_TEXT).version}"`;
    const broken = OMMEN_TEXT.replace(`${version},`, version);
    const p = syntaxProblem(broken);
    expect(p?.message).toBe('Hier ontbreekt waarschijnlijk een komma (,).');
    expect(lineColumn(broken, p!.from)).toEqual(placeOf(broken, version, version.length));
  });

  it('a comma too many before a closing brace is marked at that comma', () => {
    const broken = '{\n  "a": 1,\n  "b": 2,\n}\n';
    const p = syntaxProblem(broken);
    expect(p?.message).toMatch(/komma te veel/);
    expect(lineColumn(broken, p!.from)).toEqual({ line: 3, column: 9 });
  });

  it('an unclosed text and valid JSON', () => {
    expect(syntaxProblem('{ "a": "b }')?.message).toMatch(/niet afgesloten/);
    expect(syntaxProblem(OMMEN_TEXT)).toBeNull();
    expect(syntaxProblem('  ')?.message).toBe('Het bestand is leeg.');
  });
});

describe('placed checker problems', () => {
  it('an unknown fact is marked at the fact name, with the checker message', async () => {
    const file = JSON.parse(OMMEN_TEXT);
    file.regelingen[0].conditions.all.push({ fact: 'netto_inkomn', operator: 'lessThan', value: 3 });
    const text = `${JSON.stringify(file, null, 2)}\n`;
    const report = await checkRulesText(text, '2026-11-22');
    const placed = placeProblems(text, report).filter((p) => p.severity === 'error');
    expect(placed).toHaveLength(1);
    const [p] = placed;
    expect(p!.message).toBe(report.errors[0]!.message);
    expect(text.slice(p!.from, p!.to)).toBe('"netto_inkomn"');
    expect({ line: p!.line, column: p!.column }).toEqual(placeOf(text, '"netto_inkomn"'));
  });

  it('a syntax error replaces the checker\'s "geen geldige JSON" at $', async () => {
    const text = OMMEN_TEXT.replace('"name": "Ommen",', '"name": "Ommen"');
    const report = await checkRulesText(text, '2026-11-22');
    expect(report.errors[0]?.path).toBe('$');
    const placed = placeProblems(text, report);
    expect(placed.map((p) => p.message)).toEqual(['Hier ontbreekt waarschijnlijk een komma (,).']);
    expect(placed[0]!.line).toBe(placeOf(text, '"name": "Ommen"').line);
  });

  it("turns the checker's suggestion into a fix for a misspelt name, and not for an object", () => {
    const text = '{\n  "a": "netto_inkomn",\n  "b": {}\n}\n';
    const report = {
      ok: false,
      errors: [
        { path: '$.a', message: 'onbekend feit "netto_inkomn". Bedoelt u "netto_inkomen"?', suggestion: 'netto_inkomen' },
        { path: '$.b', message: 'iets', suggestion: 'x', hint: 'nog een tekst' } as never,
      ],
      warnings: [],
      examples: null,
    };
    const [a, b] = placeProblems(text, report);
    expect(a!.fix).toEqual({
      from: text.indexOf('"netto_inkomn"'),
      to: text.indexOf('"netto_inkomn"') + 14,
      insert: '"netto_inkomen"',
      name: 'netto_inkomen',
    });
    expect(a!.extra).toEqual([]);
    expect(b!.fix).toBeNull();
    expect(b!.extra).toEqual(['nog een tekst']);
  });
});
