// Ja / Nee / Weet ik niet as radios.
import type { AnswerValue } from '../../engine/types.ts';
import { RadioOption } from './fields.tsx';
import type { Draft } from './types.ts';
import { fieldId, type QuestionKind, type QuestionProps, UNKNOWN } from './types.ts';

function BooleanQuestion({ draft, onDraft, idPrefix, allowUnknown, t }: QuestionProps) {
  const options: [string, string][] = [
    ['true', t('question.yes')],
    ['false', t('question.no')],
  ];
  if (allowUnknown) options.push([UNKNOWN, t('question.unknown')]);
  return (
    <div class="vw-radio-group">
      {options.map(([value, label], index) => (
        <RadioOption
          key={value}
          name={idPrefix}
          id={index === 0 ? fieldId(idPrefix, 'choice') : fieldId(idPrefix, `choice-${value}`)}
          value={value}
          checked={draft.choice === value}
          onSelect={(choice) => onDraft({ choice })}
        >
          {label}
        </RadioOption>
      ))}
    </div>
  );
}

export const booleanKind: QuestionKind = {
  Component: BooleanQuestion,
  radiogroup: true,
  toDraft: (value: AnswerValue | undefined): Draft =>
    value === null ? { choice: UNKNOWN } : typeof value === 'boolean' ? { choice: String(value) } : {},
  read(draft, _question, t) {
    if (draft.choice === 'true') return { ok: true, value: true };
    if (draft.choice === 'false') return { ok: true, value: false };
    if (draft.choice === UNKNOWN) return { ok: true, value: null };
    return { ok: false, errors: [{ field: 'choice', message: t('error.required') }] };
  },
};
