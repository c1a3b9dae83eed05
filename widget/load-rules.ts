// Makes usable rules from what the entry downloaded (first-screen/fetch-rules.ts): stages the bundled Ommen file
// (staged-rules.ts: its core now, its regelingen and the engine when needed) and checks a host's file. Never
// throws: a host page must not break because its rules URL is wrong; the webmaster gets the exact problems in the
// console.

import { offers, texts } from 'virtual:vw-bundled-rules';
import type { CompiledRules } from './engine/compiled-rules.ts';
import type { RulesFile, RulesProblem } from './engine/types.ts';
import type { RulesSource } from './first-screen/contract.ts';
import { startRules } from './first-screen/fetch-rules.ts';
import { completeRules, type StagedRules, stagedRules } from './staged-rules.ts';
import { applyTexts, type TextPatch } from './text/localized-parts.ts';

export type RulesLoad =
  | { ok: true; rules: StagedRules /** The bundled rules: other languages' texts come as chunks. */; bundled?: boolean }
  | { ok: false; gemeente?: string; phone?: string; problems: RulesProblem[] };

/** Best effort: the gemeente's phone number from a file that failed validation, for the calm message. */
function contactFromBrokenFile(text: string): { gemeente?: string; phone?: string } {
  try {
    const gemeente = (JSON.parse(text) as { gemeente?: { name?: unknown; contact?: { phone?: unknown } } }).gemeente;
    return {
      gemeente: typeof gemeente?.name === 'string' ? gemeente.name : undefined,
      phone: typeof gemeente?.contact?.phone === 'string' ? gemeente.contact.phone : undefined,
    };
  } catch {
    return {};
  }
}

/** Per bundled rules file, the languages whose texts it has (Dutch always), with the patch each came as: the
 *  patches are applied again when the regelingen and hulppunten arrive, since they hold their texts too. */
const bundledLanguages = new WeakMap<RulesFile, Map<string, TextPatch>>();

export function hasBundledTexts(file: RulesFile, lang: string): boolean {
  return bundledLanguages.get(file)?.has(lang) ?? true;
}

/** Adds one language's texts to the bundled rules; a missing chunk leaves Dutch (logged, never thrown). */
export async function loadBundledTexts(file: RulesFile, lang: string): Promise<void> {
  const loaded = bundledLanguages.get(file);
  if (!loaded || loaded.has(lang)) return;
  let patch: TextPatch = [];
  try {
    const part = texts[lang];
    if (part) patch = (await part()).default;
    applyTexts(file, lang, patch);
  } catch (error) {
    console.error(`[voorzieningen-wijzer] De teksten in taal ${lang} konden niet worden geladen:`, error);
  }
  loaded.set(lang, patch);
}

/** Bundled files that have their regelingen and hulppunten. */
const withOffers = new WeakSet<RulesFile>();

/** The bundled file made whole and compiled: its regelingen and hulppunten and the engine download side by side.
 *  Compiled in slices, so a big file never blocks the host page. */
async function completeBundled(file: RulesFile): Promise<CompiledRules> {
  const [part, engine] = await Promise.all([offers(), import('./engine/index.ts')]);
  if (!withOffers.has(file)) {
    withOffers.add(file);
    file.regelingen = part.default.regelingen as RulesFile['regelingen'];
    file.hulppunten = part.default.hulppunten as RulesFile['hulppunten'];
    for (const [lang, patch] of bundledLanguages.get(file) ?? []) applyTexts(file, lang, patch);
  }
  return engine.compileInSlices(file);
}

/** Check (a host's file) or build (the bundled file) what the entry downloaded. */
export async function rulesFromSource(source: RulesSource, lang = 'nl'): Promise<RulesLoad> {
  try {
    if (source.kind === 'error') throw new Error(source.message);
    if (source.kind === 'bundled') {
      // The bundled rules pass `wijzer check` in CI, so they are built directly; the checker (schema
      // validator, meaning checks, their messages) is a lazy chunk that the default embed never downloads.
      const file = source.file as RulesFile;
      if (!bundledLanguages.has(file)) bundledLanguages.set(file, new Map([['nl', []]]));
      await loadBundledTexts(file, lang);
      return { ok: true, rules: stagedRules(file, source.opening ?? undefined, () => completeBundled(file)), bundled: true };
    }
    const { rules, problems } = await (await import('./engine/checker.ts')).parseRulesTextInSlices(source.text);
    if (rules) {
      if (problems.length > 0) console.warn(`[voorzieningen-wijzer] ${source.url}:`, problems);
      return { ok: true, rules: completeRules(rules) };
    }
    console.error(`[voorzieningen-wijzer] Het regelbestand ${source.url} is niet bruikbaar:`, problems);
    return { ok: false, ...contactFromBrokenFile(source.text), problems };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const url = source.kind === 'bundled' ? 'rules/ommen.json (ingebouwd)' : source.url;
    console.error(`[voorzieningen-wijzer] Het regelbestand ${url} kon niet worden geladen: ${message}`);
    return { ok: false, problems: [{ path: '$', message }] };
  }
}

/** Download, then check or build; `url` undefined means the bundled Ommen rules (docs/decisions/0009-bundled-rules-as-lazy-chunks.md). */
export async function loadRules(url: string | undefined, lang = 'nl'): Promise<RulesLoad> {
  return rulesFromSource(await startRules(url, lang), lang);
}
