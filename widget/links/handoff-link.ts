// The one link format for the wijkteam hand-off link and the resident's "Bewaar uw uitkomst" link: the
// answers, bound to the gemeente and its rules (widget/links/rules-binding.ts), with the peildatum, in the
// URL fragment (#vw=…), which browsers never send to a server. base64url of the canonical JSON array
// [format, gemeente, rules hash, version, peildatum, answers, checksum]. Decoding trusts nothing: the size is
// capped first, the checksum catches typos and cut links (not forgery: there is no secret in a client-only
// widget), every answer is checked against its question and the peildatum against the norm periods. A refusal
// names our side only (the gemeente, the rules in use), never what the link says.

import { isValidAnswer } from '../engine/index.ts';
import { parseDate } from '../engine/peildatum.ts';
import type { Answers, AnswerValue, Question, RulesFile } from '../engine/types.ts';
import { MAX_CHILDREN } from '../shared/answer-limits.ts';
import { canonicalJson } from './canonical-json.ts';
import { fnv1a } from './fnv1a.ts';
import { FRAGMENT_KEY, type FragmentRead, MAX_FRAGMENT } from './fragment.ts';
import { canonicalAnswers } from './result-code.ts';
import { rulesBinding } from './rules-binding.ts';

const FORMAT = 2;

/** Why a link is not opened; each has its own message (share.refused.*). */
export type LinkRefusal = 'invalid' | 'tooBig' | 'gemeente' | 'rules' | 'date';

export type DecodeResult = { ok: true; date: string; answers: Answers } | { ok: false; reason: LinkRefusal };

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** The checksummed part: everything in the link but the checksum itself. */
const body = (file: RulesFile, date: string, answers: unknown) => {
  const b = rulesBinding(file);
  return [FORMAT, b.gemeente, b.rulesHash, b.version, date, answers] as const;
};

/** The payload for `#vw=`: only the answers given, in canonical order, bound to these rules. */
export function encodeHandoff(file: RulesFile, date: string, answers: Answers): string {
  const fields = body(file, date, Object.fromEntries(canonicalAnswers(answers)));
  return toBase64Url(canonicalJson([...fields, fnv1a(canonicalJson(fields))]));
}

/** The full link: the page's address without its fragment, plus #vw=payload. */
export function handoffUrl(pageUrl: string, payload: string): string {
  return `${pageUrl.split('#')[0]}#${FRAGMENT_KEY}=${payload}`;
}

/** True when `value` is a valid answer to `question` (null = "weet ik niet", where the question allows it). */
export function validAnswer(question: Question, value: unknown): value is AnswerValue {
  if (value === null) return question.allowUnknown !== false;
  // Longer ages lists than the ages question offers are refused: a link is no way around the form.
  if (Array.isArray(value) && value.length > MAX_CHILDREN) return false;
  return isValidAnswer(question, value);
}

/** A peildatum the rules can answer for: exactly a calendar date (the one date parser, from branch checker),
 *  not before the first norm period. */
function usableDate(file: RulesFile, date: string): boolean {
  const first = file.norms.periods.map((p) => p.from).sort()[0];
  return parseDate(date) === date && first !== undefined && date >= first;
}

/** Reads a payload against the rules file in use. Never throws. */
export function decodeHandoff(file: RulesFile, payload: string): DecodeResult {
  const refuse = (reason: LinkRefusal): DecodeResult => ({ ok: false, reason });
  if (payload.length > MAX_FRAGMENT) return refuse('tooBig');
  if (!/^[A-Za-z0-9_-]+$/.test(payload)) return refuse('invalid');
  let parsed: unknown;
  try {
    const text = fromBase64Url(payload);
    parsed = JSON.parse(text);
    // Only the exact text encodeHandoff writes: so any changed character is refused, also one that base64
    // or JSON would read the same way (unused bits in the last character, spaces, another key order).
    if (toBase64Url(text) !== payload || canonicalJson(parsed) !== text) return refuse('invalid');
  } catch {
    return refuse('invalid');
  }
  if (!Array.isArray(parsed) || parsed.length !== 7 || parsed[0] !== FORMAT) return refuse('invalid');
  const [, gemeente, hash, version, date, raw, checksum] = parsed as unknown[];
  if (checksum !== fnv1a(canonicalJson(parsed.slice(0, 6)))) return refuse('invalid');
  const ours = rulesBinding(file);
  if (gemeente !== ours.gemeente) return refuse('gemeente');
  if (hash !== ours.rulesHash || version !== ours.version) return refuse('rules');
  if (typeof date !== 'string' || !usableDate(file, date)) return refuse('date');
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return refuse('invalid');
  const answers: Answers = {};
  for (const [id, value] of Object.entries(raw)) {
    const question = file.questions.find((q) => q.id === id);
    if (!question || !validAnswer(question, value)) return refuse('invalid');
    answers[id] = value;
  }
  return { ok: true, date, answers };
}

/** What a read fragment means for these rules: nothing, or a link to open or refuse. */
export function decodeFragment(file: RulesFile, read: FragmentRead): DecodeResult | null {
  if (read.kind === 'none') return null;
  if (read.kind === 'too-big') return { ok: false, reason: 'tooBig' };
  return decodeHandoff(file, read.payload);
}
