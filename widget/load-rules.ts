// Gets a rules file (the bundled Ommen file, or a host's URL) and validates a host's file. Never throws: a host
// page must not break because its rules URL is wrong; the webmaster gets the exact problems in the console.

import { core as bundledCore, texts } from 'virtual:vw-bundled-rules';
import type { CompiledRules, RulesFile } from './engine/index.ts';
import { compileInSlices } from './engine/index.ts';
import type { RulesProblem } from './engine/types.ts';
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

async function fetchText(url: string): Promise<string> {
  // credentials: 'omit' — the rules file is public; no cookies travel with it (privacy).
  const response = await fetch(new URL(url, document.baseURI).href, { credentials: 'omit' });
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  return response.text();
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

/** Load and validate; `url` undefined means the bundled Ommen rules (a lazy chunk, see README Decisions). */
export async function loadRules(url: string | undefined, lang = 'nl'): Promise<RulesLoad> {
  const source = url ?? 'rules/ommen.json (ingebouwd)';
  let text = '';
  try {
    if (!url) {
      // The bundled rules pass `wijzer check` in CI, so they are built directly; the checker (schema
      // validator, meaning checks, their messages) is a lazy chunk that the default embed never downloads.
      const file = (await bundledCore()).default as RulesFile;
      bundledLanguages.set(file, new Set(['nl']));
      await loadBundledTexts(file, lang);
      // Compiled in slices after the screen so far has painted, so a big file never blocks the host page.
      return { ok: true, rules: await compileInSlices(file), bundled: true };
    }
    const { rules, problems } = await (await import('./engine/checker.ts')).parseRulesTextInSlices((text = await fetchText(url)));
    if (rules) {
      if (problems.length > 0) console.warn(`[voorzieningen-wijzer] ${source}:`, problems);
      return { ok: true, rules };
    }
    console.error(`[voorzieningen-wijzer] Het regelbestand ${source} is niet bruikbaar:`, problems);
    return { ok: false, ...contactFromBrokenFile(text), problems };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`[voorzieningen-wijzer] Het regelbestand ${source} kon niet worden geladen: ${message}`);
    return { ok: false, problems: [{ path: '$', message }] };
  }
}
