// The reviewable source folder of a rules file (rules/ommen/) and the one published file (rules/ommen.json).
// `wijzer split` writes the folder, `wijzer bundle` writes the file: bundle(split(x)) is byte-identical to x.
//
//   gemeente.json            metadata (name, version, languages, ...) and `volgorde`: the order of the offers
//   norms.json               norm periods            questions.json   the questions, Dutch texts
//   conditions.json          shared conditions       examples.json    the example households, in order
//   regelingen/<id>.json     one regeling: logic and Dutch texts (hulppunten/<id>.json the same)
//   vertalingen/<lang>.json  every text of one other language, keyed by section, id and place in the entry
//
// The examples stay one file: their order is their identity in every check message ($.examples[12]), and a
// reviewer reads them as one table. Texts are "localized maps" (objects keyed by the file's languages, Dutch
// among them, see widget/text/localized-parts.ts); every language but Dutch moves to its vertalingen file.
import schema from '../../rules/schema.json' with { type: 'json' };
import { prop } from '../engine/json-path.ts';
import { isLocalizedMap } from '../text/localized-parts.ts';

/** Relative path (with forward slashes) to file text. */
export type SourceFiles = Map<string, string>;

/** A source folder that cannot be bundled, or a file that cannot be split; the message names the file. */
export class SourceError extends Error {
  override name = 'SourceError';
}

/** Where a place in the published file comes from. */
export interface SourcePlace {
  file: string;
  path: string;
}

export interface Bundle {
  text: string;
  /** The source file and the JSONPath inside it of a JSONPath in the published file. */
  locate(path: string): SourcePlace;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

const ENTRY_GROUPS = ['regelingen', 'hulppunten'] as const;
const FILE_SECTIONS = {
  norms: 'norms.json',
  questions: 'questions.json',
  conditions: 'conditions.json',
  examples: 'examples.json',
};
/** Top-level keys in the published file: the schema's order. */
const TOP_ORDER = Object.keys(schema.properties);
/** Translations outside a question, regeling or hulppunt (the gemeente's opening hours) are keyed by their path. */
const GENERAL = 'algemeen';

const text = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Place inside an entry as a dotted key for the vertalingen files: "texts", "contact.hours", "reminder.note". */
function placeKey(keys: (string | number)[], where: string): string {
  for (const k of keys)
    if (typeof k === 'string' && (k.includes('.') || k === ''))
      throw new SourceError(`${where}: de sleutel "${k}" kan niet in een vertalingenbestand (punt of leeg)`);
  return keys.join('.');
}

/** A copy of `value` with only Dutch in every localized map; `found` gets every other language's text. */
function keepDutch(value: Json, languages: string[], where: string, found: (lang: string, place: string, v: Json) => void) {
  const walk = (v: Json, keys: (string | number)[]): Json => {
    if (Array.isArray(v)) return v.map((x, i) => walk(x, [...keys, i]));
    if (!isObj(v)) return v;
    if (isLocalizedMap(v, languages)) {
      for (const [lang, t] of Object.entries(v as Obj)) if (lang !== 'nl') found(lang, placeKey(keys, where), t);
      return { nl: v.nl as Json };
    }
    return Object.fromEntries(Object.entries(v as Obj).map(([k, x]) => [k, walk(x, [...keys, k])]));
  };
  return walk(value, []);
}

function idsOf(list: Json[], group: string): string[] {
  const ids = list.map((e, i) => {
    const id = isObj(e) ? e.id : undefined;
    if (typeof id !== 'string' || !/^[a-z0-9_-]+$/.test(id)) throw new SourceError(`$.${group}[${i}]: geen geldige "id"`);
    return id;
  });
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) throw new SourceError(`$.${group}: id "${dup}" komt twee keer voor`);
  return ids;
}

/** The source folder of a published rules file. Throws SourceError for JSON that the folder cannot hold. */
export function splitRules(published: string): SourceFiles {
  let file: unknown;
  try {
    file = JSON.parse(published);
  } catch (e) {
    throw new SourceError(`geen geldige JSON: ${(e as Error).message}`);
  }
  if (!isObj(file)) throw new SourceError('een regelbestand is een JSON-object');
  const languages = Array.isArray(file.languages) ? file.languages.filter((l): l is string => typeof l === 'string') : [];
  const vertalingen = new Map<string, Record<string, Record<string, Obj>>>();
  const store = (lang: string, section: string, id: string, place: string, v: Json) => {
    const byLang = vertalingen.get(lang) ?? {};
    vertalingen.set(lang, byLang);
    const bySection = (byLang[section] ??= {});
    const entry = (bySection[id] ??= {});
    entry[place] = v;
  };

  const out: SourceFiles = new Map();
  const meta: Obj = {};
  for (const [key, value] of Object.entries(file)) {
    if (key in FILE_SECTIONS || (ENTRY_GROUPS as readonly string[]).includes(key)) continue;
    meta[key] = keepDutch(value, languages, `$.${key}`, (lang, place, t) => {
      const byLang = vertalingen.get(lang) ?? {};
      vertalingen.set(lang, byLang);
      const general = (byLang[GENERAL] ??= {}) as unknown as Obj;
      general[placeKey([key, ...(place ? place.split('.') : [])], `$.${key}`)] = t;
    });
  }
  const volgorde: Obj = {};
  for (const group of ENTRY_GROUPS) {
    const list = Array.isArray(file[group]) ? (file[group] as Json[]) : [];
    const ids = idsOf(list, group);
    volgorde[group] = ids;
    list.forEach((entry, i) => {
      const id = ids[i] as string;
      const dutch = keepDutch(entry, languages, `$.${group}[${i}]`, (lang, place, t) => store(lang, group, id, place, t));
      out.set(`${group}/${id}.json`, text(dutch));
    });
  }
  out.set('gemeente.json', text({ ...meta, volgorde }));
  for (const [key, name] of Object.entries(FILE_SECTIONS)) {
    if (!(key in file)) continue;
    if (key === 'questions' && Array.isArray(file.questions)) {
      const ids = idsOf(file.questions, 'questions');
      const dutch = file.questions.map((q, i) =>
        keepDutch(q, languages, `$.questions[${i}]`, (lang, place, t) => store(lang, 'questions', ids[i] as string, place, t)),
      );
      out.set(name, text(dutch));
    } else {
      out.set(
        name,
        text(
          keepDutch(file[key] as Json, languages, `$.${key}`, () => {
            throw new SourceError(`$.${key}: teksten per taal horen niet in ${name}`);
          }),
        ),
      );
    }
  }
  for (const lang of languages) if (lang !== 'nl') out.set(`vertalingen/${lang}.json`, text(vertalingen.get(lang) ?? {}));
  return out;
}

function parseSource(files: SourceFiles, name: string): Json {
  const t = files.get(name);
  if (t === undefined) throw new SourceError(`${name} ontbreekt`);
  try {
    return JSON.parse(t) as Json;
  } catch (e) {
    throw new SourceError(`${name}: geen geldige JSON (${(e as Error).message})`);
  }
}

/** The localized map at `place` in `entry`, or a SourceError naming the translation that has nowhere to go. */
function mapAt(entry: Json, place: string, where: string): Obj {
  let target: Json | undefined = entry;
  for (const key of place === '' ? [] : place.split('.')) {
    target = Array.isArray(target) ? target[Number(key)] : isObj(target) ? target[key] : undefined;
  }
  if (!isObj(target) || !('nl' in target)) throw new SourceError(`${where}: er is geen Nederlandse tekst op de plek "${place}"`);
  return target;
}

/** Dutch first, then the file's languages in their order, then anything else as written. */
function orderLanguages(map: Obj, languages: string[]) {
  const keys = [...new Set(['nl', ...languages, ...Object.keys(map)])].filter((k) => k in map);
  const copy = { ...map };
  for (const k of Object.keys(map)) delete map[k];
  for (const k of keys) map[k] = copy[k] as Json;
}

/** The JSONPath of a dotted place inside an entry whose path is `base`. */
const placePath = (base: string, place: string) =>
  place === '' ? base : place.split('.').reduce((p, k) => (/^\d+$/.test(k) ? `${p}[${k}]` : prop(p, k)), base);

/** The published file from a source folder, deterministically: 2-space JSON, a trailing newline. */
export function bundleRules(files: SourceFiles): Bundle {
  const places = new Map<string, SourcePlace>();
  const meta = parseSource(files, 'gemeente.json');
  if (!isObj(meta)) throw new SourceError('gemeente.json: moet een JSON-object zijn');
  const { volgorde, ...rest } = meta;
  const languages = Array.isArray(rest.languages) ? rest.languages.filter((l): l is string => typeof l === 'string') : [];
  places.set('$', { file: 'gemeente.json', path: '$' });

  const sections: Obj = {};
  for (const [key, name] of Object.entries(FILE_SECTIONS)) {
    if (!files.has(name)) continue;
    sections[key] = parseSource(files, name);
    places.set(`$.${key}`, { file: name, path: '$' });
  }
  const questions = Array.isArray(sections.questions) ? sections.questions : [];
  const entries: Record<string, Map<string, { entry: Json; path: string }>> = {
    questions: new Map(questions.map((q, i) => [String(isObj(q) ? q.id : i), { entry: q, path: `$.questions[${i}]` }])),
  };
  for (const group of ENTRY_GROUPS) {
    const order = isObj(volgorde) ? volgorde[group] : undefined;
    if (!Array.isArray(order) || order.some((id) => typeof id !== 'string'))
      throw new SourceError(`gemeente.json: "volgorde.${group}" moet een lijst van ids zijn`);
    const inFolder = [...files.keys()].filter((f) => f.startsWith(`${group}/`) && f.endsWith('.json'));
    for (const f of inFolder)
      if (!order.includes(f.slice(group.length + 1, -5)))
        throw new SourceError(`${f}: staat niet in gemeente.json bij "volgorde.${group}"`);
    places.set(`$.${group}`, { file: 'gemeente.json', path: `$.volgorde.${group}` });
    entries[group] = new Map();
    sections[group] = (order as string[]).map((id, i) => {
      const name = `${group}/${id}.json`;
      const entry = parseSource(files, name);
      if (!isObj(entry) || entry.id !== id) throw new SourceError(`${name}: "id" moet "${id}" zijn, zoals de bestandsnaam`);
      places.set(`$.${group}[${i}]`, { file: name, path: '$' });
      entries[group]?.set(id, { entry, path: `$.${group}[${i}]` });
      return entry;
    });
  }

  for (const lang of languages.filter((l) => l !== 'nl')) {
    const name = `vertalingen/${lang}.json`;
    if (!files.has(name)) continue;
    const byLang = parseSource(files, name);
    if (!isObj(byLang)) throw new SourceError(`${name}: moet een JSON-object zijn`);
    for (const [section, byId] of Object.entries(byLang)) {
      if (!isObj(byId)) throw new SourceError(`${name}: "${section}" moet een JSON-object zijn`);
      for (const [id, byPlace] of Object.entries(byId)) {
        const where = `${name}: ${prop(prop('$', section), id)}`;
        if (section === GENERAL) {
          const [top, ...place] = id.split('.');
          const map = mapAt(top === undefined ? null : (rest[top] ?? null), place.join('.'), where);
          map[lang] = byPlace;
          places.set(`${placePath(prop('$', top ?? ''), place.join('.'))}.${lang}`, {
            file: name,
            path: prop(prop('$', section), id),
          });
          continue;
        }
        const target = entries[section]?.get(id);
        if (!target) throw new SourceError(`${where}: onbekende ${section === 'questions' ? 'vraag' : 'id'}`);
        if (!isObj(byPlace)) throw new SourceError(`${where}: moet een JSON-object zijn`);
        for (const [place, value] of Object.entries(byPlace)) {
          const map = mapAt(target.entry, place, `${where} "${place}"`);
          if (lang in map) throw new SourceError(`${where} "${place}": de tekst in "${lang}" staat ook al in het bronbestand`);
          map[lang] = value;
          places.set(`${placePath(target.path, place)}.${lang}`, { file: name, path: prop(prop(prop('$', section), id), place) });
        }
      }
    }
  }
  const all: Obj = { ...rest, ...sections };
  const walk = (v: Json): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (isObj(v)) {
      if (isLocalizedMap(v, languages)) orderLanguages(v as Obj, languages);
      else for (const x of Object.values(v as Obj)) walk(x);
    }
  };
  walk(all);
  const ordered: Obj = {};
  for (const key of [...TOP_ORDER, ...Object.keys(all)]) if (key in all && !(key in ordered)) ordered[key] = all[key] as Json;

  const prefixes = [...places.keys()].sort((a, b) => b.length - a.length);
  return {
    text: text(ordered),
    locate(path: string): SourcePlace {
      const p = prefixes.find((x) => path === x || path.startsWith(`${x}.`) || path.startsWith(`${x}[`)) ?? '$';
      const place = places.get(p) as SourcePlace;
      return { file: place.file, path: place.path + path.slice(p.length) };
    },
  };
}
