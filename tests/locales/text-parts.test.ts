// The interface texts in two parts (widget/i18n/text-parts.ts): what the build serves is each locale file split
// whole, every language's first part has the same groups, code that the app loads before the first question
// uses first-part keys only (or waits for the later part), and each i18next instance gets the later part only
// when asked, for its own language.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN_KEYS } from '../../widget/first-screen/text-keys.ts';
import { createI18n, hasLaterTexts, loadLaterLocale, loadLaterTexts, switchLanguage } from '../../widget/i18n/create-i18n.ts';
import { interfaceLanguages, loadLocale } from '../../widget/i18n/locale-loaders.ts';
import { FIRST_GROUPS, localePart, partOf } from '../../widget/i18n/text-parts.ts';

const ROOT = process.cwd();
const LOCALES = join(ROOT, 'locales');
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const files: Record<string, Record<string, unknown>> = Object.fromEntries(
  readdirSync(LOCALES)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.replace(/\.json$/, ''), read(join(LOCALES, f))]),
);
const nl = files.nl as Record<string, Record<string, string>>;
const languages = Object.keys(files).sort();

/** The two parts of a language as the build serves them (the same modules the widget imports). */
async function served(lang: string) {
  const first = await loadLocale(lang);
  const later = await loadLaterLocale(lang);
  if (!first || !later) throw new Error(`no parts served for ${lang}`);
  return { first, later };
}

describe('the split', () => {
  it('serves both parts for every locale file, and nothing for a language without one', () => {
    expect(interfaceLanguages).toEqual(languages);
    for (const code of ['de', 'constructor', '__proto__']) {
      expect(loadLocale(code)).toBeUndefined();
      expect(loadLaterLocale(code)).toBeUndefined();
    }
  });

  it.each(languages)('%s: every group of the locale file is in exactly one part, unchanged', async (lang) => {
    const { first, later } = await served(lang);
    const file = files[lang] as Record<string, unknown>;
    expect(Object.keys(first).filter((group) => group in later)).toEqual([]);
    expect({ ...first, ...later }).toEqual(file);
    for (const group of Object.keys(file)) expect(group in (partOf(group) === 'first' ? first : later), group).toBe(true);
  });

  it('gives every language the same first groups: the whole list, each a group of the Dutch file', async () => {
    for (const group of FIRST_GROUPS) expect(Object.keys(nl), `${group} in the list but not in locales/nl.json`).toContain(group);
    for (const lang of languages) expect(Object.keys((await served(lang)).first).sort(), lang).toEqual([...FIRST_GROUPS].sort());
  });

  it('leaves the later screens out of the first part (what the split is for)', () => {
    const later = Object.keys(localePart(nl, 'later'));
    for (const group of ['results', 'reason', 'review', 'share', 'professional', 'help']) expect(later).toContain(group);
  });

  it('has the groups of the entry-painted first screen in the first part (the app takes that screen over)', () => {
    for (const group of Object.keys(FIRST_SCREEN_KEYS)) expect(partOf(group), group).toBe('first');
  });
});

// The guard: every module the app chunk loads with it (the static imports of widget/app-mount.ts; a dynamic
// import() is a lazy chunk that can wait) may name a key of a later group only if it waits for the later part
// with useLaterTexts(). So a first-screen component that starts using, say, results.* fails here, not in a
// resident's browser as a raw key.

/** The relative modules `file` imports statically: `import … from`, `export … from`, bare `import '…'`; not
 *  `import type` (erased) and not `import()`. */
function staticImports(file: string, text: string): string[] {
  const specs = [...text.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^'"`;]*?\bfrom\s*)?['"]([^'"]+)['"]/gm)].map(
    (m) => m[1] as string,
  );
  return specs
    .filter((spec) => spec.startsWith('.') && /\.(ts|tsx|js)$/.test(spec))
    .map((spec) => posix.normalize(posix.join(dirname(file), spec)));
}

function loadedWith(entry: string, into = new Map<string, string>()): Map<string, string> {
  if (into.has(entry)) return into;
  const text = readFileSync(join(ROOT, entry), 'utf8');
  into.set(entry, text);
  for (const next of staticImports(entry, text)) loadedWith(next, into);
  return into;
}

/** The top-level locale groups `text` names in a key: 'results.heading', "share.x", `failure.${key}`. */
function groupsNamed(text: string): string[] {
  const pattern = new RegExp(`['"\`](${Object.keys(nl).join('|')})\\.[\\w$]`, 'g');
  return [...new Set([...text.matchAll(pattern)].map((m) => m[1] as string))];
}

const WAITS = /\buseLaterTexts\(\)/;

describe('the guard: code loaded before the first question uses first-part keys only', () => {
  const app = loadedWith('widget/app-mount.ts');

  it('reads what it checks (a scanner that finds nothing would pass anything)', () => {
    for (const file of [
      'widget/app.tsx',
      'widget/resident/intro.tsx',
      'widget/resident/why-asked.tsx',
      'widget/shared/failure.tsx',
    ])
      expect([...app.keys()]).toContain(file);
    // A lazy chunk is not loaded with the app.
    expect([...app.keys()]).not.toContain('widget/resident/after-questions.ts');
    expect([...app.keys()]).not.toContain('widget/resident/results.tsx');
    expect(groupsNamed(app.get('widget/resident/intro.tsx') ?? '')).toEqual(['intro']);
    expect(groupsNamed(app.get('widget/shared/failure.tsx') ?? '').sort()).toEqual(['contact', 'failure']);
    // A template key, as in failure.tsx: t(`failure.${key}`).
    const template = `t(\`results.totals.$\{o}\`)`;
    expect(groupsNamed(`t(money ? 'question.money.label' : 'x'); ${template}`)).toEqual(['question', 'results']);
    const sample =
      "import type { A } from './a.ts';\nimport {\n  b,\n} from '../b.tsx';\nexport { c } from './c.ts';\nconst d = import('./d.ts');";
    expect(staticImports('widget/x/y.ts', sample)).toEqual(['widget/b.tsx', 'widget/x/c.ts']);
  });

  it('finds a later key only in modules that wait for the later part', () => {
    const offenders = [...app].flatMap(([file, text]) => {
      const later = groupsNamed(text).filter((group) => partOf(group) === 'later');
      return later.length > 0 && !WAITS.test(text) ? [`${file}: ${later.join(', ')}`] : [];
    });
    expect(offenders, 'use first-part keys, wait with useLaterTexts(), or move the group in widget/i18n/text-parts.ts').toEqual(
      [],
    );
  });

  it('knows the modules that wait: the refused-link message on the intro and the lazy wijkteam view', () => {
    const waiting = [...app].filter(([, text]) => groupsNamed(text).some((g) => partOf(g) === 'later')).map(([file]) => file);
    expect(waiting.sort()).toEqual(['widget/links/link-refused.tsx', 'widget/professional/lazy-professional-view.tsx']);
  });
});

describe('each instance its own texts', () => {
  const heading = (lang: string) => (files[lang] as { results: { heading: string } }).results.heading;
  const start = (lang: string) => (files[lang] as { intro: { start: string } }).intro.start;

  it('starts with the first parts only, and gets the later part of its own language when asked', async () => {
    const dutch = await createI18n('nl');
    const english = await createI18n('en');
    expect(english.t('intro.start')).toBe(start('en'));
    expect(hasLaterTexts(english)).toBe(false);
    expect(english.t('results.heading')).toBe('results.heading');

    await loadLaterTexts(english);
    expect(hasLaterTexts(english)).toBe(true);
    expect(english.t('results.heading')).toBe(heading('en'));
    // The other widget did not ask: it still has its first parts only.
    expect(hasLaterTexts(dutch)).toBe(false);
    expect(dutch.t('results.heading')).toBe('results.heading');
    expect(dutch.t('intro.start')).toBe(start('nl'));
  });

  it('once asked, loads a new language’s later part before it switches, so no key shows raw', async () => {
    const widget = await createI18n('en');
    await loadLaterTexts(widget);
    await switchLanguage(widget, 'ar');
    expect(widget.language).toBe('ar');
    expect(widget.t('results.heading')).toBe(heading('ar'));
    expect(hasLaterTexts(widget)).toBe(true);
    // Not asked: a switch brings the first part only.
    const other = await createI18n('nl');
    await switchLanguage(other, 'uk');
    expect(other.t('intro.start')).toBe(start('uk'));
    expect(hasLaterTexts(other)).toBe(false);
  });

  it('with `later`, has both parts from the start (wijkteam mode, the beheer pages)', async () => {
    const staff = await createI18n('tr', { later: true });
    expect(hasLaterTexts(staff)).toBe(true);
    expect(staff.t('results.heading')).toBe(heading('tr'));
    expect(staff.t('professional.loadFailed')).toBe(
      (files.tr as { professional: { loadFailed: string } }).professional.loadFailed,
    );
  });
});
