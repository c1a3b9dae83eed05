// The organisations behind a regeling as one phrase in the reader's language: "Gemeente Ommen en Zilveren
// Kruis", "Gemeente Ommen and Zilveren Kruis". The rules file holds proper names only, so no Dutch "en"
// ends up inside an English or Arabic sentence. formatList builds one Intl.ListFormat per language.
import type { Regeling } from '../engine/types.ts';
import { formatList } from './format.ts';

/** The names joined with the language's "and". */
export function joinNames(names: readonly string[], lang: string): string {
  return formatList([...names], lang);
}

/** Who decides on a regeling, as one phrase. */
export function organisationNames(regeling: Pick<Regeling, 'organisations'>, lang: string): string {
  return joinNames(regeling.organisations, lang);
}
