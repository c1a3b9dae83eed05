// Question type → component and reader. `satisfies` makes a new type in the schema a compile error here.
import type { Question } from '../../engine/types.ts';
import { agesKind } from './ages-question.tsx';
import { booleanKind } from './boolean-question.tsx';
import { choiceKind } from './choice-question.tsx';
import { integerKind } from './integer-question.tsx';
import { moneyKind } from './money-question.tsx';
import type { QuestionKind } from './types.ts';

export const questionKinds = {
  boolean: booleanKind,
  integer: integerKind,
  money: moneyKind,
  choice: choiceKind,
  ages: agesKind,
} satisfies Record<Question['type'], QuestionKind>;
