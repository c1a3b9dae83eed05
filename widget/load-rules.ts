// Makes usable rules from what the entry downloaded (first-screen/fetch-rules.ts): builds the bundled Ommen file
// and checks a host's file. Never throws: a host page must not break because its rules URL is wrong; the webmaster
// gets the exact problems in the console.

import { texts } from 'virtual:vw-bundled-rules';
import type { CompiledRules, RulesFile } from './engine/index.ts';
import { compileInSlices } from './engine/index.ts';
import type { RulesProblem } from './engine/types.ts';
import type { RulesSource } from './first-screen/contract.ts';
import { startRules } from './first-screen/fetch-rules.ts';
import { applyTexts } from './text/localized-parts.ts';

export type RulesLoad =
  | { ok: true; rules: CompiledRules /** The bundled rules: other languages' texts come as chunks. */; bundled?: boolean }
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

/** The languages whose texts are in a bundled rules file (Dutch always). */
const bundledLanguages = new WeakMap<RulesFile, Set<string>>();

export function hasBundledTexts(file: RulesFile, lang: string): boolean {
  return bundledLanguages.get(file)?.has(lang) ?? true;
}

/** Adds one language's texts to the bundled rules; a missing chunk leaves Dutch (logged, never thrown). */
export async function loadBundledTexts(file: RulesFile, lang: string): Promise<void> {
  const loaded = bundledLanguages.get(file);
  if (!loaded || loaded.has(lang)) return;
  try {
    const part = texts[lang];
    if (part) applyTexts(file, lang, (await part()).default);
  } catch (error) {
    console.error(`[voorzieningen-wijzer] De teksten in taal ${lang} konden niet worden geladen:`, error);
  }
  loaded.add(lang);
}

/** Check (a host's file) or build (the bundled file) what the entry downloaded. */
export async function rulesFromSource(source: RulesSource, lang = 'nl'): Promise<RulesLoad> {
  try {
    if (source.kind === 'error') throw new Error(source.message);
    if (source.kind === 'bundled') {
      // The bundled rules pass `wijzer check` in CI, so they are built directly; the checker (schema
      // validator, meaning checks, their messages) is a lazy chunk that the default embed never downloads.
      const file = source.file as RulesFile;
      if (!bundledLanguages.has(file)) bundledLanguages.set(file, new Set(['nl']));
      await loadBundledTexts(file, lang);
      // Compiled in slices after the screen so far has painted, so a big file never blocks the host page.
      return { ok: true, rules: await compileInSlices(file), bundled: true };
    }
    const { rules, problems } = await (await import('./engine/checker.ts')).parseRulesTextInSlices(source.text);
    if (rules) {
      if (problems.length > 0) console.warn(`[voorzieningen-wijzer] ${source.url}:`, problems);
      return { ok: true, rules };
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
