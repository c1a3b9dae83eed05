// From the worker's drafts to answers and a result: every question's draft read on its own, then the answers
// of questions whose askWhen is not (yet) true dropped, so a hidden question never counts.
import type { CompiledRules } from '../engine/index.ts';
import { evaluate } from '../engine/index.ts';
import type { Answers, EvaluationResult, Question } from '../engine/types.ts';
import { questionKinds } from '../shared/questions/registry.ts';
import type { Draft, FieldError } from '../shared/questions/types.ts';
import type { Translate } from '../text/reason-sentence.ts';

export interface LiveState {
  answers: Answers;
  result: EvaluationResult;
}

/** A field holds something; an unticked "Weet ik niet" box holds nothing. */
const filled = (draft: Draft, field: string) => {
  const v = draft[field];
  return v !== undefined && v.trim() !== '' && !(field === 'unknown' && v === 'false');
};

/** True when nothing was typed or chosen. */
export function isEmptyDraft(draft: Draft | undefined): boolean {
  return !draft || !Object.keys(draft).some((field) => filled(draft, field));
}

/** The answer in a draft, or undefined when it is empty or not (yet) valid. */
export function readDraft(question: Question, draft: Draft | undefined, t: Translate, lang: string) {
  if (isEmptyDraft(draft)) return { value: undefined, errors: [] as FieldError[] };
  const read = questionKinds[question.type].read(draft as Draft, question, t, lang);
  if (read.ok) return { value: read.value, errors: [] as FieldError[] };
  // Only errors on fields that hold something: an empty field is "not answered yet", not wrong.
  return { value: undefined, errors: read.errors.filter((e) => filled(draft as Draft, e.field)) };
}

/** Every draft as an answer (undefined = not answered). */
export function readDrafts(questions: Question[], drafts: Record<string, Draft>, t: Translate, lang: string): Answers {
  const answers: Answers = {};
  for (const q of questions) {
    const { value } = readDraft(q, drafts[q.id], t, lang);
    if (value !== undefined) answers[q.id] = value;
  }
  return answers;
}

const sameKeys = (a: Answers, b: Answers) => Object.keys(a).join() === Object.keys(b).join();

/** Evaluates, then drops answers to questions that are not shown, until that is stable. */
export async function computeLive(rules: CompiledRules, raw: Answers, date: string): Promise<LiveState> {
  let answers = raw;
  let result = await evaluate(rules, answers, date);
  for (let i = 0; i < 3; i++) {
    const shown: Answers = {};
    for (const [id, v] of Object.entries(raw)) if (result.askWhen[id] === 'ja') shown[id] = v;
    if (sameKeys(shown, answers)) break;
    answers = shown;
    result = await evaluate(rules, answers, date);
  }
  return { answers, result };
}

/** The other way round, for an opened link: each known answer as the draft its field shows. */
export function toDrafts(questions: Question[], answers: Answers): Record<string, Draft> {
  const drafts: Record<string, Draft> = {};
  for (const q of questions) {
    const value = answers[q.id];
    if (value !== undefined) drafts[q.id] = questionKinds[q.type].toDraft(value);
  }
  return drafts;
}
