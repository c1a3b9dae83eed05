// Gets a rules file (the bundled Ommen file, or a host's URL) and validates a host's file. Never throws: a host
// page must not break because its rules URL is wrong; the webmaster gets the exact problems in the console.

import type { CompiledRules, RulesFile } from './engine/index.ts';
import { buildCompiledRules } from './engine/index.ts';
import type { RulesProblem } from './engine/types.ts';

export type RulesLoad =
  | { ok: true; rules: CompiledRules }
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

/** Load and validate; `url` undefined means the bundled Ommen rules (a lazy chunk, see README Decisions). */
export async function loadRules(url: string | undefined): Promise<RulesLoad> {
  const source = url ?? 'rules/ommen.json (ingebouwd)';
  let text = '';
  try {
    // A host's file is checked in full; the checker (schema validator, meaning checks, their messages) is a
    // lazy chunk, so the default embed never downloads it: the bundled file passes `wijzer check` in CI.
    const { rules, problems } = url
      ? (await import('./engine/checker.ts')).parseRulesText((text = await fetchText(url)))
      : { rules: buildCompiledRules((await import('../rules/ommen.json')).default as unknown as RulesFile), problems: [] };
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
