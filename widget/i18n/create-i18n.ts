// One i18next instance per mounted widget (two widgets in two languages must not share state).
// Each locale file comes in two chunks (widget/i18n/text-parts.ts): an instance starts with the first parts only
// (what the app shows up to a question screen), and gets the later parts when loadLaterTexts asks for them, so a
// resident downloads the results' texts while answering the first question, not before it.

import firstParts from 'virtual:vw-locales';
import i18next, { type i18n } from 'i18next';
import { interfaceLanguages, type LocaleFile, loadLocale } from './locale-loaders.ts';
import type { TextPart } from './text-parts.ts';

export { interfaceLanguages };

/** Per instance: which parts it has, which are on their way, and whether it wants the later parts at all. */
interface TextState {
  /** Once loadLaterTexts was called: every language it switches to gets its later part before the switch. */
  later: boolean;
  /** The language switchLanguage was last asked for (the instance may not show it yet). */
  target: string;
  /** `${lang}/${part}` → the load that adds it to the instance; dropped again when it fails, so it may be retried. */
  loads: Map<string, Promise<void>>;
  /** `${lang}/${part}` of the parts that are in. */
  loaded: Set<string>;
}

const FIRST: readonly TextPart[] = ['first'];
const PARTS: readonly TextPart[] = ['first', 'later'];

// Keyed by instance, so each widget keeps its own state and a gone widget's is collected with it.
const states = new WeakMap<i18n, TextState>();

function stateOf(instance: i18n): TextState {
  let state = states.get(instance);
  if (!state) {
    state = { later: false, target: instance.language ?? 'nl', loads: new Map(), loaded: new Set() };
    states.set(instance, state);
  }
  return state;
}

/** The later part of `lang`'s locale file; undefined for a language without one. Its loader comes with the first
 *  part (widget/build/locale-parts-plugin.ts), so this code, not the entry, is where later parts are known. It
 *  repeats loadLocale's guard on purpose: locale-loaders.ts is in the entry, and an export there that another
 *  chunk uses stays in the entry too (24 B gzip for this one, measured). */
export function loadLaterLocale(lang: string): Promise<LocaleFile> | undefined {
  if (!interfaceLanguages.includes(lang)) return undefined;
  return firstParts[lang]?.().then((first) => first.later().then((later) => later.default));
}

const fileOf = (lang: string, part: TextPart): Promise<LocaleFile> | undefined =>
  part === 'first' ? loadLocale(lang) : loadLaterLocale(lang);

/** Adds one part of `lang` to the instance, once; a language without a locale file has nothing to add. */
function ensurePart(instance: i18n, lang: string, part: TextPart): Promise<void> {
  const state = stateOf(instance);
  const key = `${lang}/${part}`;
  let load = state.loads.get(key);
  if (!load) {
    const file = fileOf(lang, part);
    load = (file ?? Promise.resolve(undefined)).then(
      (texts) => {
        if (texts) instance.addResourceBundle(lang, 'translation', texts, true, true);
        state.loaded.add(key);
      },
      (error: unknown) => {
        state.loads.delete(key);
        throw error;
      },
    );
    state.loads.set(key, load);
  }
  return load;
}

/** The parts `lang` needs now: the first, and the later one once the instance wants it. */
function ensureLoaded(instance: i18n, lang: string): Promise<unknown> {
  return Promise.all((stateOf(instance).later ? PARTS : FIRST).map((part) => ensurePart(instance, lang, part)));
}

/** Review status of a translation (meta.review in its locale file): the Dutch source, reviewed, or a concept. */
export type ReviewStatus = 'source' | 'reviewed' | 'concept';

export interface LocaleMeta {
  nativeName: string;
  dir: 'ltr' | 'rtl';
  review: ReviewStatus;
}

/**
 * The meta block of every locale file, for staff views (professional mode, beheer page). Loads the first part of
 * every locale (meta is in it), so residents' widgets never call it.
 */
export async function loadLocaleMeta(): Promise<Record<string, LocaleMeta>> {
  const entries = await Promise.all(
    interfaceLanguages.map(async (lang) => {
      const file = (await loadLocale(lang)) as { meta?: LocaleMeta } | undefined;
      return [lang, file?.meta] as const;
    }),
  );
  return Object.fromEntries(entries.filter((e): e is [string, LocaleMeta] => e[1] !== undefined));
}

export interface CreateOptions {
  /** Load the later parts at once too: wijkteam mode and the beheer pages show them from the start. */
  later?: boolean;
}

/** A fresh, initialised instance with the first part of `lang` and of Dutch (the fallback) loaded. */
export async function createI18n(lang: string, options: CreateOptions = {}): Promise<i18n> {
  const instance = i18next.createInstance();
  const state = stateOf(instance);
  state.later = options.later === true;
  state.target = lang;
  // The chunks start downloading now, not after i18next's init (which waits a task); a module is fetched once,
  // so ensureLoaded below gets the same download.
  for (const code of new Set(['nl', lang]))
    for (const part of state.later ? PARTS : FIRST) void fileOf(code, part)?.catch(() => undefined);
  await instance.init({
    lng: lang,
    fallbackLng: 'nl',
    resources: {},
    partialBundledLanguages: true,
    // Preact escapes text itself; escaping here would show "&amp;" in names like "Sam& Overijssel".
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await ensureLoaded(instance, 'nl');
  await switchLanguage(instance, lang);
  return instance;
}

/** Load what `lang` needs, then switch this instance (only this widget) to it: a key never shows raw. */
export async function switchLanguage(instance: i18n, lang: string): Promise<void> {
  stateOf(instance).target = lang;
  await ensureLoaded(instance, lang);
  await instance.changeLanguage(interfaceLanguages.includes(lang) ? lang : 'nl');
}

/** Interface languages among `codes`, once each, Dutch (the fallback for a key a translation lacks) first. */
function withDutch(...codes: (string | undefined)[]): string[] {
  return [...new Set(['nl', ...codes])].filter((code): code is string => code !== undefined && interfaceLanguages.includes(code));
}

/**
 * Adds the later parts (results, reasons, sharing, …) for the instance's language and Dutch, and from now on
 * switchLanguage loads a new language's later part before it switches. Rejects when a chunk cannot load (a later
 * call tries again).
 */
export async function loadLaterTexts(instance: i18n, lang?: string): Promise<void> {
  const state = stateOf(instance);
  state.later = true;
  // The language being switched to as well: that switch may have passed its own check before `later` was set.
  const codes = withDutch(instance.language, state.target, lang);
  await Promise.all(codes.map((code) => ensurePart(instance, code, 'later')));
}

/** Whether the later parts of the instance's language (or `lang`) and of Dutch are in. */
export function hasLaterTexts(instance: i18n, lang?: string): boolean {
  const { loaded } = stateOf(instance);
  return withDutch(lang ?? instance.language).every((code) => loaded.has(`${code}/later`));
}

/** The later texts of one instance in one language, as a widget's context hands them to its screens. */
export interface LaterTexts {
  /** Whether they are in, for that language and Dutch. */
  ready: () => boolean;
  /** Loads them into the instance (once); rejects when a chunk does not load (a later call tries again). */
  load: () => Promise<void>;
}

export function laterTexts(instance: i18n, lang: string): LaterTexts {
  return { ready: () => hasLaterTexts(instance, lang), load: () => loadLaterTexts(instance, lang) };
}
