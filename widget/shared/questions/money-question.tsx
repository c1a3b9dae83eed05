// An amount in euro; typed the Dutch way ("1.486,46", "€ 1.400") and stored as a euro number.
import { formatNumber } from '../../text/format.ts';
import { parseMoney } from '../../text/parse-money.ts';
import { NumberField, numberDraft, readNumber } from './number-field.tsx';
import type { QuestionKind, QuestionProps } from './types.ts';

function MoneyQuestion(props: QuestionProps) {
  return <NumberField {...props} money />;
}

export const moneyKind: QuestionKind = {
  Component: MoneyQuestion,
  radiogroup: false,
  // Shown back in Dutch notation so that parseMoney reads it again unchanged.
  toDraft: (value) => numberDraft(value, (n) => formatNumber(n, 'nl')),
  read: (draft, question, t, lang) =>
    readNumber(draft, question, t, (s) => parseMoney(s, lang), { empty: 'error.moneyEmpty', invalid: 'error.moneyInvalid' }),
};
