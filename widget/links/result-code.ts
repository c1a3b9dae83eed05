// A short, deterministic result code: FNV-1a (32 bit) over a canonical JSON of the gemeente, the rules (version
// and content hash), the peildatum and the answers. A colleague who enters the same answers under the same rules
// gets the same code, so the code on an overdrachtsblad says which rules produced it. Not a security measure.
import type { Answers, AnswerValue, RulesFile } from '../engine/types.ts';
import { canonicalJson } from './canonical-json.ts';
import { fnv1a } from './fnv1a.ts';
import { rulesBinding } from './rules-binding.ts';

/** Answers with sorted keys, without unasked ones, and children's ages sorted (their order means nothing). */
export function canonicalAnswers(answers: Answers): [string, AnswerValue][] {
  return Object.keys(answers)
    .filter((id) => answers[id] !== undefined)
    .sort()
    .map((id) => {
      const value = answers[id] as AnswerValue;
      return [id, Array.isArray(value) ? [...value].sort((a, b) => a - b) : value];
    });
}

/** "3F9A0C21": 8 characters, the same for the same gemeente, rules, peildatum and answers. */
export function resultCode(file: RulesFile, date: string, answers: Answers): string {
  const b = rulesBinding(file);
  return fnv1a(canonicalJson([b.gemeente, b.rulesHash, b.version, date, canonicalAnswers(answers)]));
}
