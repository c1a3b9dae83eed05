// What a link or result code is bound to: the gemeente (CBS code, else its name), the rules version and a
// short hash of the rules content. Two gemeenten may publish the same version string (Ommen and the
// voorbeeldgemeente both have 2026.11.1), so the version alone would let one's link open in the other.
import type { RulesFile } from '../engine/types.ts';
import { isLocalizedMap } from '../text/localized-parts.ts';
import { canonicalJson } from './canonical-json.ts';
import { fnv1a } from './fnv1a.ts';

export interface RulesBinding {
  gemeente: string;
  version: string;
  rulesHash: string;
}

/** The file without texts (a fixed typo or a new translation decides no outcome) and without the example
 *  households (the bundled core ships none): so the bundled rules and the same file from a URL hash alike. */
function policyContent(file: RulesFile): unknown {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (typeof value !== 'object' || value === null) return value;
    if (isLocalizedMap(value, file.languages)) return null;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
  };
  const { examples: _examples, languages: _languages, ...rest } = file;
  return walk(rest);
}

const hashes = new WeakMap<RulesFile, string>();

/** Computed once per loaded rules file (about a millisecond for the Ommen file), then remembered. */
export function rulesHash(file: RulesFile): string {
  let hash = hashes.get(file);
  if (hash === undefined) {
    hash = fnv1a(canonicalJson(policyContent(file)));
    hashes.set(file, hash);
  }
  return hash;
}

export function rulesBinding(file: RulesFile): RulesBinding {
  return { gemeente: file.gemeente.cbsCode ?? file.gemeente.name, version: file.version, rulesHash: rulesHash(file) };
}
