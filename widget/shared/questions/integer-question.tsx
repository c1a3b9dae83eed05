// A whole number (age, count).
import { parseInteger } from '../../text/parse-money.ts';
import { NumberField, numberDraft, readNumber } from './number-field.tsx';
import type { QuestionKind, QuestionProps } from './types.ts';

function IntegerQuestion(props: QuestionProps) {
  return <NumberField {...props} money={false} />;
}

export const integerKind: QuestionKind = {
  Component: IntegerQuestion,
  radiogroup: false,
  toDraft: (value) => numberDraft(value, String),
  read: (draft, question, t) =>
    readNumber(draft, question, t, parseInteger, { empty: 'error.integerEmpty', invalid: 'error.integerInvalid' }),
};
