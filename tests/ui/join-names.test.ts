// The organisations behind a regeling, joined in the reader's language: never a Dutch "en" in English.
import { describe, expect, it } from 'vitest';
import { joinNames, organisationNames } from '../../widget/text/join-names.ts';
import { ommen } from '../support/ommen.ts';

describe('joinNames', () => {
  it('joins with the own "and" of each language', () => {
    expect(joinNames(['Gemeente Ommen', 'Zilveren Kruis'], 'nl')).toBe('Gemeente Ommen en Zilveren Kruis');
    expect(joinNames(['Gemeente Ommen', 'Zilveren Kruis'], 'en')).toBe('Gemeente Ommen and Zilveren Kruis');
    expect(joinNames(['A', 'B', 'C'], 'nl')).toBe('A, B en C');
    expect(joinNames(['Gemeente Ommen', 'Zilveren Kruis'], 'pl')).toBe('Gemeente Ommen i Zilveren Kruis');
  });

  it('leaves one name as it is', () => {
    for (const lang of ['nl', 'en', 'ar', 'uk', 'pl', 'tr', 'ti']) expect(joinNames(['GBLT'], lang)).toBe('GBLT');
  });

  it('reads every regeling of the Ommen file, each with names only (no "en" inside a name)', () => {
    for (const r of ommen().file.regelingen) {
      expect(r.organisations.length, r.id).toBeGreaterThan(0);
      for (const name of r.organisations) expect(name, r.id).not.toMatch(/ en /);
      expect(organisationNames(r, 'en')).toBe(joinNames(r.organisations, 'en'));
    }
  });
});
