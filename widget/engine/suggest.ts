// "Bedoelt u …?": the known name closest to a mistyped one, by Damerau-Levenshtein distance (a swap of two
// neighbouring letters counts as one edit, the most common typing slip).
import distance from 'damerau-levenshtein';
import type { RulesProblem } from './types.ts';

/** Edits allowed: 2, but at most a third of the name, so "ja" never suggests "nee". */
const allowed = (name: string) => Math.max(1, Math.min(2, Math.floor(name.length / 3)));

/** The closest known name within the allowed distance (the first on a tie), or undefined. */
export function closestName(name: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestSteps = allowed(name) + 1;
  for (const candidate of known) {
    if (candidate === name) continue;
    const { steps } = distance(name, candidate);
    if (steps < bestSteps) {
      best = candidate;
      bestSteps = steps;
    }
  }
  return best;
}

/** The problem, with a suggestion and "Bedoelt u …?" after its message when a known name is close enough. */
export function suggesting<P extends RulesProblem>(problem: P, name: string, known: Iterable<string>): P {
  const suggestion = closestName(name, known);
  return suggestion === undefined
    ? problem
    : { ...problem, message: `${problem.message}. Bedoelt u "${suggestion}"?`, suggestion };
}
