// The hand-off link: the needed answers, the rules version and the peildatum in the URL fragment
// (#vw=…), which browsers never send to a server. Versioned and compact: base64url of a JSON array
// [format, rules version, peildatum, answers, checksum]. Decoding trusts nothing: every answer is checked
// against its question, the checksum catches edits, and another rules version is refused by name.

import { isValidAnswer } from '../engine/index.ts';
import { parseDate } from '../engine/peildatum.ts';
import type { Answers, AnswerValue, Question, RulesFile } from '../engine/types.ts';
import { MAX_CHILDREN } from '../ui/questions/ages-question.tsx';
import { canonicalAnswers, canonicalText, fnv1a } from './result-code.ts';

export const FRAGMENT_KEY = 'vw';
const FORMAT = 1;

export type DecodeResult =
  | { ok: true; version: string; date: string; answers: Answers }
  | { ok: false; reason: 'invalid' | 'version'; version?: string };

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** The payload for `#vw=`: only the answers given, in canonical order. */
export function encodeHandoff(version: string, date: string, answers: Answers): string {
  const canonical = canonicalAnswers(answers);
  const checksum = fnv1a(canonicalText(version, date, answers));
  return toBase64Url(JSON.stringify([FORMAT, version, date, Object.fromEntries(canonical), checksum]));
}

/** The full link: the page's address without its fragment, plus #vw=payload. */
export function handoffUrl(pageUrl: string, payload: string): string {
  return `${pageUrl.split('#')[0]}#${FRAGMENT_KEY}=${payload}`;
}

/** The payload in a location.hash ("#vw=…"), or null when the fragment holds none. */
export function payloadFromHash(hash: string): string | null {
  const match = /^#vw=([A-Za-z0-9_-]+)$/.exec(hash);
  return match ? (match[1] as string) : null;
}

/** True when `value` is a valid answer to `question` (null = "weet ik niet", where the question allows it). */
export function validAnswer(question: Question, value: unknown): value is AnswerValue {
  if (value === null) return question.allowUnknown !== false;
  // Longer ages lists than the ages question offers are refused: a link is no way around the form.
  if (Array.isArray(value) && value.length > MAX_CHILDREN) return false;
  return isValidAnswer(question, value);
}

/** Reads a payload against the rules file in use. Never throws. */
export function decodeHandoff(file: RulesFile, payload: string): DecodeResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fromBase64Url(payload));
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (!Array.isArray(parsed) || parsed.length !== 5 || parsed[0] !== FORMAT) return { ok: false, reason: 'invalid' };
  const [, version, date, raw, checksum] = parsed as unknown[];
  if (typeof version !== 'string' || typeof date !== 'string' || parseDate(date) !== date)
    return { ok: false, reason: 'invalid' };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, reason: 'invalid' };
  const answers: Answers = {};
  for (const [id, value] of Object.entries(raw)) {
    const question = file.questions.find((q) => q.id === id);
    if (!question || !validAnswer(question, value)) return { ok: false, reason: 'invalid' };
    answers[id] = value;
  }
  if (checksum !== fnv1a(canonicalText(version, date, answers))) return { ok: false, reason: 'invalid' };
  // Checked after the checksum: a message naming a version should name the one the sender really used.
  if (version !== file.version) return { ok: false, reason: 'version', version };
  return { ok: true, version, date, answers };
}
