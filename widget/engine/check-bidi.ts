// Unicode direction controls in rules texts. An unclosed U+202E (right-to-left override) in a summary turns
// the widget's own sentence after it around: "€ 1.486,46" is shown as "64,684.1 €". Embeddings, overrides and
// the marks LRM, RLM and ALM are refused. Isolates (LRI, RLI, FSI ... PDI) are allowed when each one is closed
// within the same text: the Arabic texts wrap phone numbers in them, and an isolate cannot leak past its PDI.
import { prop } from './json-path.ts';
import type { RulesProblem } from './types.ts';

const EMBEDDINGS = /[\u202A-\u202E\u200E\u200F\u061C]/u;
const OPEN = new Set(['\u2066', '\u2067', '\u2068']);
const PDI = '\u2069';
const NAMES: Record<string, string> = {
  '\u202A': 'LRE (U+202A)',
  '\u202B': 'RLE (U+202B)',
  '\u202C': 'PDF (U+202C)',
  '\u202D': 'LRO (U+202D)',
  '\u202E': 'RLO (U+202E)',
  '\u200E': 'LRM (U+200E)',
  '\u200F': 'RLM (U+200F)',
  '\u061C': 'ALM (U+061C)',
};

/** Why `text` is refused, or null: an embedding, override or mark, or an isolate left open or closed twice. */
export function bidiProblem(text: string): string | null {
  const found = EMBEDDINGS.exec(text);
  if (found)
    return `bevat het onzichtbare richtingsteken ${NAMES[found[0]]}; dat kan de tekst van de wijzer omdraaien: haal het weg`;
  let open = 0;
  for (const ch of text) {
    if (OPEN.has(ch)) open++;
    else if (ch === PDI && --open < 0) return 'bevat een PDI (U+2069) zonder isolaat ervoor: haal het weg';
  }
  return open > 0
    ? 'bevat een isolaat (U+2066, U+2067 of U+2068) zonder PDI (U+2069) erna: sluit het af in dezelfde tekst'
    : null;
}

/** Every string in the file (texts, names, contact data) with a refused direction control, with its JSONPath. */
export function bidiProblems(json: unknown, path = '$', out: RulesProblem[] = []): RulesProblem[] {
  if (typeof json === 'string') {
    const problem = bidiProblem(json);
    if (problem) out.push({ path, message: problem });
  } else if (Array.isArray(json)) json.forEach((v, i) => bidiProblems(v, `${path}[${i}]`, out));
  else if (typeof json === 'object' && json !== null)
    for (const [k, v] of Object.entries(json)) bidiProblems(v, prop(path, k), out);
  return out;
}
