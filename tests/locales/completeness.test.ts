// Every translation is complete: every interface key of nl exists in every locale file with the same
// placeholders (plural forms per the language's own plural rules), and every question, regeling and help
// point of every rules file has its texts in every language that file declares.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { derivedFacts, OUTCOME_FACT } from '../../widget/engine/derived-facts.ts';
import type { RulesFile } from '../../widget/engine/types.ts';
import { LANGUAGE_CODES, LANGUAGES } from '../../widget/i18n/languages.ts';

const LOCALES = join(process.cwd(), 'locales');
const RULES = join(process.cwd(), 'rules');
type Tree = { [key: string]: string | Tree };

const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const locales: Record<string, Tree> = Object.fromEntries(
  readdirSync(LOCALES)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.replace(/\.json$/, ''), read<Tree>(join(LOCALES, f))]),
);
const rulesFiles: Record<string, RulesFile> = Object.fromEntries(
  readdirSync(RULES)
    .filter((f) => f.endsWith('.json') && f !== 'schema.json')
    .map((f) => [f, read<RulesFile>(join(RULES, f))]),
);

/** { "a": { "b": "x" } } → { "a.b": "x" }, without the meta block. */
function flatten(tree: Tree, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    if (prefix === '' && key === 'meta') continue;
    if (typeof value === 'string') out[prefix + key] = value;
    else Object.assign(out, flatten(value, `${prefix + key}.`));
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const placeholders = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)].map((m) => m[1] ?? ''))].sort();
/** Plural forms may leave out {{count}} ("1 kind", "طفل واحد") and need not name it. */
const withoutCount = (names: string[]) => names.filter((n) => n !== 'count');

const nl = flatten(locales.nl as Tree);
const translations = Object.keys(locales).filter((l) => l !== 'nl');

describe('locale files', () => {
  it('are exactly the languages the widget lists, with the same native name and direction', () => {
    expect(Object.keys(locales).sort()).toEqual([...LANGUAGE_CODES].sort());
    for (const [lang, tree] of Object.entries(locales)) {
      const meta = tree.meta as Record<string, string>;
      expect(meta, lang).toMatchObject({ nativeName: LANGUAGES[lang]?.nativeName, dir: LANGUAGES[lang]?.dir });
      expect(['source', 'reviewed', 'concept'], `${lang}: meta.review`).toContain(meta.review);
    }
    expect((locales.nl?.meta as Record<string, string> | undefined)?.review).toBe('source');
  });

  describe.each(translations)('%s', (lang) => {
    const own = flatten(locales[lang] as Tree);
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;

    it('has every key of nl, with the same placeholders', () => {
      const missing: string[] = [];
      const wrong: string[] = [];
      for (const [key, text] of Object.entries(nl)) {
        const plural = key.match(PLURAL);
        if (plural) {
          const base = key.slice(0, -plural[0].length);
          const expected = withoutCount(placeholders(nl[`${base}_other`] ?? text));
          for (const c of categories) {
            const value = own[`${base}_${c}`];
            if (value === undefined) missing.push(`${base}_${c}`);
            else if (withoutCount(placeholders(value)).join() !== expected.join()) wrong.push(`${base}_${c}`);
          }
          continue;
        }
        const value = own[key];
        if (value === undefined || value.trim() === '') missing.push(key);
        else if (placeholders(value).join() !== placeholders(text).join())
          wrong.push(`${key}: ${placeholders(value)} ≠ ${placeholders(text)}`);
      }
      expect([...new Set(missing)], 'missing keys').toEqual([]);
      expect([...new Set(wrong)], 'different placeholders').toEqual([]);
    });

    it('has no keys that nl does not have (stale translations)', () => {
      const known = new Set(Object.keys(nl).map((k) => k.replace(PLURAL, '')));
      expect(Object.keys(own).filter((k) => !known.has(k.replace(PLURAL, '')))).toEqual([]);
    });
  });
});

describe.each(Object.keys(rulesFiles))('rules file %s', (name) => {
  const file = rulesFiles[name] as RulesFile;

  it('declares only languages the widget has, nl first', () => {
    expect(file.languages[0]).toBe('nl');
    for (const l of file.languages) expect(LANGUAGE_CODES, l).toContain(l);
  });

  it('has every question text in every declared language', () => {
    const missing: string[] = [];
    for (const q of file.questions) {
      const source = q.texts.nl ?? { label: '' };
      for (const lang of file.languages) {
        const texts = q.texts[lang];
        if (!texts) {
          missing.push(`${q.id}.${lang}`);
          continue;
        }
        for (const key of Object.keys(source) as (keyof typeof source)[])
          if (texts[key] === undefined) missing.push(`${q.id}.${lang}.${key}`);
        for (const option of Object.keys(source.options ?? {}))
          if (!texts.options?.[option]?.trim()) missing.push(`${q.id}.${lang}.options.${option}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has every regeling and help point text (and contact hours) in every declared language', () => {
    const missing: string[] = [];
    for (const offer of [...file.regelingen, ...file.hulppunten]) {
      const source = offer.texts.nl;
      for (const lang of file.languages) {
        const texts = offer.texts[lang];
        if (!texts?.title?.trim() || !texts.summary?.trim()) missing.push(`${offer.id}.${lang}`);
        for (const key of Object.keys(source ?? {}) as (keyof NonNullable<typeof source>)[])
          if (texts && texts[key] === undefined) missing.push(`${offer.id}.${lang}.${key}`);
        if (texts?.documents && texts.documents.length !== source?.documents?.length)
          missing.push(`${offer.id}.${lang}.documents`);
        if (offer.contact.hours && !offer.contact.hours[lang]) missing.push(`${offer.id}.contact.hours.${lang}`);
      }
    }
    for (const lang of file.languages)
      if (file.gemeente.contact.hours && !file.gemeente.contact.hours[lang]) missing.push(`gemeente.contact.hours.${lang}`);
    expect(missing).toEqual([]);
  });
});

describe('rules/ommen.json', () => {
  it('speaks every language the widget has', () => {
    expect([...(rulesFiles['ommen.json']?.languages ?? [])].sort()).toEqual([...LANGUAGE_CODES].sort());
  });

  it('keeps every official name Dutch (one name in every language)', () => {
    for (const r of rulesFiles['ommen.json']?.regelingen ?? []) expect(typeof r.officialName).toBe('string');
  });
});

/**
 * The texts the reason sentences (widget/text/reason-sentence.ts) look up for a derived fact: without them a
 * resident would read the raw fact name. Every derived fact is a subject; a number can be a limit (with and
 * without a known value); a yes/no fact is said as a statement.
 */
function derivedFactKeys(): string[] {
  const keys = [`reason.subject.${OUTCOME_FACT}`];
  for (const [name, fact] of Object.entries(derivedFacts)) {
    keys.push(`reason.subject.${name}`);
    if (fact.type === 'money' || fact.type === 'integer')
      keys.push(`reason.limitFact.${name}`, `reason.limitFact.${name}_unknown`);
    if (fact.type === 'boolean') for (const v of ['true', 'false', 'unknown']) keys.push(`reason.statement.${name}.${v}`);
  }
  return keys;
}

describe.each(Object.keys(locales))('derived facts in %s', (lang) => {
  it('every derived fact has the texts its reason sentences use', () => {
    const own = flatten(locales[lang] as Tree);
    expect(derivedFactKeys().filter((key) => !own[key]?.trim())).toEqual([]);
  });
});
