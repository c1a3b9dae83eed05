// The contract every question type implements: raw form values (Draft) in, an answer or errors out.
import type { ComponentType } from 'preact';
import type { AnswerValue, Question, QuestionTexts } from '../../engine/types.ts';
import type { Translate } from '../../text/reason-sentence.ts';

/** What the resident typed or chose, as strings per field ('choice', 'value', 'count', 'age0', ...). */
export type Draft = Record<string, string>;

export interface FieldError {
  /** The field the error belongs to; 'choice' is the question's radio group. */
  field: string;
  message: string;
}

export type ReadResult = { ok: true; value: AnswerValue } | { ok: false; errors: FieldError[] };

export interface QuestionProps {
  question: Question;
  texts: QuestionTexts;
  draft: Draft;
  onDraft: (draft: Draft) => void;
  errors: FieldError[];
  /** Unique per step; field ids are `${idPrefix}-${field}`, their errors `${idPrefix}-${field}-error`. */
  idPrefix: string;
  /** Show "Weet ik niet" (question.allowUnknown, default true). */
  allowUnknown: boolean;
  t: Translate;
  lang: string;
  /** The language of `texts` when it is not `lang` (a fallback): set on each element that shows one of them, and
   *  only there, since the widget's own words around them are in `lang` (WCAG 3.1.2). */
  textLang?: string;
}

export interface QuestionKind {
  Component: ComponentType<QuestionProps>;
  /** True when the whole question is one set of radios: the fieldset gets role radiogroup. */
  radiogroup: boolean;
  toDraft(value: AnswerValue | undefined): Draft;
  read(draft: Draft, question: Question, t: Translate, lang: string): ReadResult;
}

/** Ids for a field and its error message. */
export const fieldId = (prefix: string, field: string) => `${prefix}-${field}`;
export const errorId = (prefix: string, field: string) => `${prefix}-${field}-error`;

export const UNKNOWN = 'unknown';
