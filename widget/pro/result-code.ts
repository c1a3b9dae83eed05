// A short, deterministic result code: FNV-1a (32 bit) over a canonical JSON of the rules version, the
// peildatum and the answers. A colleague who enters the same answers under the same rules gets the same code,
// so the code on an overdrachtsblad says which rules produced it. Not a security measure: no crypto needed.
import type { Answers, AnswerValue } from '../engine/types.ts';

/** FNV-1a, 32 bit, over the UTF-16 code units of `text`, as 8 upper-case hex digits. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).toUpperCase().padStart(8, '0');
}

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

/** The canonical text the code is a hash of. */
export function canonicalText(version: string, date: string, answers: Answers): string {
  return JSON.stringify([version, date, canonicalAnswers(answers)]);
}

/** "3F9A0C21": 8 characters, the same for the same version, peildatum and answers. */
export function resultCode(version: string, date: string, answers: Answers): string {
  return fnv1a(canonicalText(version, date, answers));
}
