// The source folder rules/ommen/ and the published rules/ommen.json: bundle(split(x)) is x to the byte, the
// published file is never stale against its sources (CI fails here), and a problem names its source file.
// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundleRules, SourceError, type SourceFiles, splitRules } from '../../widget/cli/rules-source.ts';
import { readFolder } from '../../widget/cli/source-folder.ts';

const published = (name: string) => readFileSync(`rules/${name}.json`, 'utf8');
const edit = (files: SourceFiles, name: string, change: (json: Record<string, unknown>) => void): SourceFiles => {
  const copy = new Map(files);
  const json = JSON.parse(copy.get(name) as string);
  change(json);
  copy.set(name, JSON.stringify(json, null, 2));
  return copy;
};

describe('rules/ommen/ and rules/ommen.json', () => {
  it('rules/ommen.json is exactly the bundle of rules/ommen/ (run `npm run wijzer -- bundle rules/ommen -o rules/ommen.json`)', () => {
    expect(bundleRules(readFolder('rules/ommen')).text).toBe(published('ommen'));
  });

  it('rules/ommen/ holds exactly the files a split of rules/ommen.json gives, with the same content', () => {
    const split = splitRules(published('ommen'));
    const folder = readFolder('rules/ommen');
    expect([...folder.keys()].sort()).toEqual([...split.keys()].sort());
    for (const [name, text] of split) expect(folder.get(name), name).toBe(text);
  });

  it.each(['ommen', 'voorbeeldgemeente'])('bundle(split(rules/%s.json)) is byte-identical', (name) => {
    expect(bundleRules(splitRules(published(name))).text).toBe(published(name));
  });

  it('one file per regeling and help point with Dutch only; every other language in its vertalingen file', () => {
    const file = JSON.parse(published('ommen'));
    const split = splitRules(published('ommen'));
    for (const r of file.regelingen) {
      const source = JSON.parse(split.get(`regelingen/${r.id}.json`) as string);
      expect(Object.keys(source.texts), r.id).toEqual(['nl']);
      expect(source.conditions).toEqual(r.conditions);
      const en = JSON.parse(split.get('vertalingen/en.json') as string);
      expect(en.regelingen[r.id].texts).toEqual(r.texts.en);
    }
    for (const h of file.hulppunten) expect(split.has(`hulppunten/${h.id}.json`), h.id).toBe(true);
    for (const lang of file.languages.filter((l: string) => l !== 'nl'))
      expect(split.has(`vertalingen/${lang}.json`), lang).toBe(true);
    expect(JSON.parse(split.get('gemeente.json') as string).volgorde.regelingen).toEqual(
      file.regelingen.map((r: { id: string }) => r.id),
    );
    const questions = JSON.parse(split.get('questions.json') as string);
    expect(questions.map((q: { texts: object }) => Object.keys(q.texts))).toEqual(file.questions.map(() => ['nl']));
    expect(JSON.parse(split.get('examples.json') as string)).toEqual(file.examples);
  });

  it('the output does not depend on how the sources are formatted', () => {
    const split = splitRules(published('ommen'));
    const compact = new Map([...split].map(([name, text]) => [name, JSON.stringify(JSON.parse(text))]));
    expect(bundleRules(compact).text).toBe(published('ommen'));
  });

  it('the order of the offers is the volgorde in gemeente.json', () => {
    const split = splitRules(published('ommen'));
    const swapped = edit(split, 'gemeente.json', (g) => {
      const order = (g.volgorde as { regelingen: string[] }).regelingen;
      [order[0], order[1]] = [order[1] as string, order[0] as string];
    });
    const ids = JSON.parse(bundleRules(swapped).text).regelingen.map((r: { id: string }) => r.id);
    expect(ids.slice(0, 2)).toEqual(['kindregelingen', 'participatiefonds']);
  });

  it('locates every place of the published file in its source file', () => {
    const bundle = bundleRules(readFolder('rules/ommen'));
    const file = JSON.parse(bundle.text);
    const kwijtschelding = file.regelingen.findIndex((r: { id: string }) => r.id === 'kwijtschelding');
    expect(bundle.locate(`$.regelingen[${kwijtschelding}].texts.en.title`)).toEqual({
      file: 'vertalingen/en.json',
      path: '$.regelingen.kwijtschelding.texts.title',
    });
    expect(bundle.locate(`$.regelingen[${kwijtschelding}].conditions.all[2]`)).toEqual({
      file: 'regelingen/kwijtschelding.json',
      path: '$.conditions.all[2]',
    });
    expect(bundle.locate(`$.regelingen[${kwijtschelding}].texts.nl.title`)).toEqual({
      file: 'regelingen/kwijtschelding.json',
      path: '$.texts.nl.title',
    });
    expect(bundle.locate('$.hulppunten[0].contact.hours.ar')).toEqual({
      file: 'vertalingen/ar.json',
      path: "$.hulppunten['samen-doen']['contact.hours']",
    });
    expect(bundle.locate('$.gemeente.contact.hours.uk')).toEqual({
      file: 'vertalingen/uk.json',
      path: "$.algemeen['gemeente.contact.hours']",
    });
    expect(bundle.locate("$.examples[3].expect.hulppunten['samen-doen']")).toEqual({
      file: 'examples.json',
      path: "$[3].expect.hulppunten['samen-doen']",
    });
    expect(bundle.locate('$.questions[2].texts.en.label')).toEqual({
      file: 'vertalingen/en.json',
      path: '$.questions.heeft_partner.texts.label',
    });
    expect(bundle.locate('$.norms.periods[1].jongerenverhoging')).toEqual({
      file: 'norms.json',
      path: '$.periods[1].jongerenverhoging',
    });
    expect(bundle.locate('$.regelingen')).toEqual({ file: 'gemeente.json', path: '$.volgorde.regelingen' });
    expect(bundle.locate('$.version')).toEqual({ file: 'gemeente.json', path: '$.version' });
  });
});

describe('a source folder that cannot be bundled names the file', () => {
  const split = () => splitRules(published('ommen'));
  const fails = (files: SourceFiles) => {
    try {
      bundleRules(files);
    } catch (e) {
      expect(e).toBeInstanceOf(SourceError);
      return (e as Error).message;
    }
    throw new Error('bundled without complaint');
  };

  it('a regeling file that is not in the volgorde', () => {
    const files = split();
    files.set('regelingen/energietoeslag.json', '{ "id": "energietoeslag" }');
    expect(fails(files)).toBe('regelingen/energietoeslag.json: staat niet in gemeente.json bij "volgorde.regelingen"');
  });

  it('a regeling in the volgorde without a file, and a file whose id is not its name', () => {
    const files = split();
    files.delete('regelingen/bijstand.json');
    expect(fails(files)).toBe('regelingen/bijstand.json ontbreekt');
    expect(fails(edit(split(), 'regelingen/bijstand.json', (r) => (r.id = 'bijstand-2')))).toBe(
      'regelingen/bijstand.json: "id" moet "bijstand" zijn, zoals de bestandsnaam',
    );
  });

  it('a translation for an id or a place that does not exist, or twice', () => {
    expect(
      fails(
        edit(split(), 'vertalingen/en.json', (v) => ((v.regelingen as Record<string, unknown>).energietoeslag = { texts: {} })),
      ),
    ).toBe('vertalingen/en.json: $.regelingen.energietoeslag: onbekende id');
    expect(
      fails(
        edit(
          split(),
          'vertalingen/en.json',
          (v) =>
            (((v.regelingen as Record<string, Record<string, unknown>>).bijstand as Record<string, unknown>)['amount.note'] =
              'x'),
        ),
      ),
    ).toBe('vertalingen/en.json: $.regelingen.bijstand "amount.note": er is geen Nederlandse tekst op de plek "amount.note"');
    const twice = edit(
      split(),
      'regelingen/bijstand.json',
      (r) => ((r.texts as Record<string, unknown>).en = { title: 'x', summary: 'y' }),
    );
    expect(fails(twice)).toBe(
      'vertalingen/en.json: $.regelingen.bijstand "texts": de tekst in "en" staat ook al in het bronbestand',
    );
  });

  it('a source file that is no JSON', () => {
    const files = split();
    files.set('norms.json', '{ "validUntil": ');
    expect(fails(files)).toMatch(/^norms\.json: geen geldige JSON/);
  });
});
