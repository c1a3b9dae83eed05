// The form edits the parsed file and writes it back in the file's layout: every form edit must give
// exactly the text a careful hand edit gives.
import { describe, expect, it } from 'vitest';
import { incomeLimitOf, setIncomePercentage } from '../../widget/beheer/form/income-limit.ts';
import { editJson, indentOf } from '../../widget/beheer/form/json-edit.ts';
import { parseEuro, parsePercentage, setAt } from '../../widget/beheer/form/offer-edits.ts';
import { OMMEN_TEXT, participatiefondsAt120 } from './support.ts';

const file = JSON.parse(OMMEN_TEXT);
const indexOf = (id: string) => file.regelingen.findIndex((r: { id: string }) => r.id === id);
const PF = indexOf('participatiefonds');

/** Replace the first `needle` after `anchor` in the text: what a person does with the cursor. */
function handEdit(text: string, anchor: string, needle: string, replacement: string): string {
  const start = text.indexOf(anchor);
  const at = text.indexOf(needle, start);
  if (start < 0 || at < 0) throw new Error(`not found: ${needle}`);
  return text.slice(0, at) + replacement + text.slice(at + needle.length);
}

describe('form edit == hand edit', () => {
  it('the untouched file comes back byte for byte', () => {
    expect(indentOf(OMMEN_TEXT)).toBe('  ');
    expect(editJson(OMMEN_TEXT, () => {})).toBe(OMMEN_TEXT);
  });

  it('participatiefonds alone to 120 %: the shared reference becomes its own comparison', () => {
    const form = editJson(OMMEN_TEXT, (f) => setIncomePercentage(f, 'regelingen', PF, 120, 'eigen'));
    const hand = handEdit(
      OMMEN_TEXT,
      '"id": "participatiefonds"',
      '{\n            "condition": "inkomen-tot-110"\n          }',
      [
        '{',
        '            "fact": "netto_inkomen",',
        '            "operator": "lessThanInclusive",',
        '            "value": {',
        '              "fact": "inkomensgrens",',
        '              "params": {',
        '                "percentage": 120',
        '              }',
        '            }',
        '          }',
      ].join('\n'),
    );
    expect(form).toBe(hand);
    expect(form).toBe(participatiefondsAt120().text);
  });

  it('the shared condition to 120 % for every regeling that uses it', () => {
    const form = editJson(OMMEN_TEXT, (f) => setIncomePercentage(f, 'regelingen', PF, 120, 'gedeeld'));
    expect(form).toBe(handEdit(OMMEN_TEXT, '"inkomen-tot-110": {', '"percentage": 110', '"percentage": 120'));
  });

  it('an amount, a Dutch text and a source date', () => {
    const amount = editJson(OMMEN_TEXT, (f) => setAt(f, ['regelingen', PF, 'amount', 'terms', 0, 'euro'], 125.5));
    expect(amount).toBe(handEdit(OMMEN_TEXT, '"id": "participatiefonds"', '"euro": 100,', '"euro": 125.5,'));
    const title = editJson(OMMEN_TEXT, (f) =>
      setAt(f, ['regelingen', PF, 'texts', 'nl', 'title'], 'Geld om mee te doen in Ommen'),
    );
    expect(title).toBe(
      handEdit(
        OMMEN_TEXT,
        '"id": "participatiefonds"',
        '"title": "Geld om mee te doen"',
        '"title": "Geld om mee te doen in Ommen"',
      ),
    );
    const source = editJson(OMMEN_TEXT, (f) => setAt(f, ['regelingen', PF, 'sources', 0, 'checked'], '2026-12-03'));
    expect(source).toBe(handEdit(OMMEN_TEXT, '"id": "participatiefonds"', '"checked": "2026-11-22"', '"checked": "2026-12-03"'));
  });

  it('an empty optional text is removed, with its comma', () => {
    const withNote = editJson(OMMEN_TEXT, (f) => setAt(f, ['regelingen', PF, 'contact', 'address'], undefined));
    const hand = handEdit(
      OMMEN_TEXT,
      '"id": "participatiefonds"',
      '\n        "address": "Gemeente Ommen, Afdeling Maatschappelijk Domein t.a.v. Administratie MD, Antwoordnummer 3, 7700 VL Ommen",',
      '',
    );
    expect(withNote).toBe(hand);
  });

  it('returns null for text that is no JSON, so the form waits', () => {
    expect(editJson('{ "a": ', () => {})).toBeNull();
  });
});

describe('income limit', () => {
  it('names the shared condition and the other regelingen that use it', () => {
    const limit = incomeLimitOf(file, 'regelingen', PF);
    expect(limit?.percentage).toBe(file.conditions['inkomen-tot-110'].value.params.percentage);
    expect(limit?.shared).toBe('inkomen-tot-110');
    const users = file.regelingen
      .filter(
        (r: { id: string; conditions: unknown }) =>
          r.id !== 'participatiefonds' && JSON.stringify(r.conditions).includes('"inkomen-tot-110"'),
      )
      .map((r: { officialName: string }) => r.officialName);
    expect(limit?.alsoUsedBy.map((u) => u.officialName)).toEqual(users);
    expect(users.length).toBeGreaterThan(0);
  });

  it('after the edit for one regeling it is its own limit, and the others keep the shared one', () => {
    const edited = JSON.parse(participatiefondsAt120().text);
    expect(incomeLimitOf(edited, 'regelingen', PF)).toEqual({ percentage: 120, shared: null, alsoUsedBy: [] });
    expect(incomeLimitOf(edited, 'regelingen', indexOf('kwijtschelding'))?.percentage).toBe(110);
    expect(incomeLimitOf(edited, 'regelingen', indexOf('zorgtoeslag'))).toBeNull();
  });
});

describe('typed numbers', () => {
  it('euro to the cent, with a comma or a point', () => {
    expect(parseEuro('12,50')).toBe(12.5);
    expect(parseEuro('12.50')).toBe(12.5);
    expect(parseEuro('12,505')).toBeNull();
    expect(parseEuro('12,5x')).toBeNull();
    expect(parseEuro('-1')).toBeNull();
  });

  it('a percentage above 0 and at most 1000', () => {
    expect(parsePercentage('120')).toBe(120);
    expect(parsePercentage('112,5')).toBe(112.5);
    expect(parsePercentage('0')).toBeNull();
    expect(parsePercentage('1000')).toBe(1000);
    expect(parsePercentage('1000,01')).toBeNull();
  });
});
