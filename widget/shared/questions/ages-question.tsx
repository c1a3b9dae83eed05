// Children's ages: first whether there are children, then how many, then each age.
// "Geen kinderen" is [] and "Weet ik niet" is null (the engine then treats the count as unknown).
import type { AnswerValue } from '../../engine/types.ts';
import { parseInteger } from '../../text/parse-money.ts';
import { MAX_CHILDREN } from '../answer-limits.ts';
import { RadioOption, TextField } from './fields.tsx';
import { type Draft, type FieldError, fieldId, type QuestionKind, type QuestionProps, UNKNOWN } from './types.ts';

function childCount(draft: Record<string, string>): number {
  const parsed = parseInteger(draft.count ?? '');
  return parsed.ok ? Math.min(parsed.value, MAX_CHILDREN) : 0;
}

function AgesQuestion({ draft, onDraft, errors, idPrefix, allowUnknown, t }: QuestionProps) {
  const choices: [string, string][] = [
    ['some', t('question.ages.some')],
    ['none', t('question.ages.none')],
  ];
  if (allowUnknown) choices.push([UNKNOWN, t('question.unknown')]);
  const count = draft.has === 'some' ? childCount(draft) : 0;
  const error = (field: string) => errors.find((e) => e.field === field);
  return (
    <div class="vw-ages">
      <div class="vw-radio-group">
        {choices.map(([value, label], index) => (
          <RadioOption
            key={value}
            name={idPrefix}
            id={index === 0 ? fieldId(idPrefix, 'choice') : fieldId(idPrefix, `choice-${value}`)}
            value={value}
            checked={draft.has === value}
            onSelect={(has) => onDraft({ ...draft, has })}
          >
            {label}
          </RadioOption>
        ))}
      </div>
      {draft.has === 'some' && (
        <div class="vw-ages__details">
          <TextField
            prefix={idPrefix}
            field="count"
            label={t('question.ages.count')}
            inputMode="numeric"
            size="count"
            value={draft.count ?? ''}
            error={error('count')}
            onInput={(value) => onDraft({ ...draft, count: value })}
          />
          {Array.from({ length: count }, (_, i) => (
            <TextField
              key={i}
              prefix={idPrefix}
              field={`age${i}`}
              label={t('question.ages.age', { n: i + 1 })}
              inputMode="numeric"
              size="count"
              value={draft[`age${i}`] ?? ''}
              error={error(`age${i}`)}
              onInput={(value) => onDraft({ ...draft, [`age${i}`]: value })}
            />
          ))}
        </div>
      )}
    </div>
  );
}

export const agesKind: QuestionKind = {
  Component: AgesQuestion,
  radiogroup: false,
  toDraft(value: AnswerValue | undefined): Draft {
    if (value === null) return { has: UNKNOWN };
    if (!Array.isArray(value)) return {};
    if (value.length === 0) return { has: 'none' };
    return { has: 'some', count: String(value.length), ...Object.fromEntries(value.map((age, i) => [`age${i}`, String(age)])) };
  },
  read(draft, question, t) {
    if (draft.has === UNKNOWN) return { ok: true, value: null };
    if (draft.has === 'none') return { ok: true, value: [] };
    if (draft.has !== 'some') return { ok: false, errors: [{ field: 'choice', message: t('error.required') }] };
    const count = parseInteger(draft.count ?? '');
    if (!count.ok || count.value < 1 || count.value > MAX_CHILDREN) {
      return { ok: false, errors: [{ field: 'count', message: t('error.countInvalid', { max: MAX_CHILDREN }) }] };
    }
    const min = question.min ?? 0;
    const max = question.max ?? 17;
    const ages: number[] = [];
    const errors: FieldError[] = [];
    for (let i = 0; i < count.value; i++) {
      const age = parseInteger(draft[`age${i}`] ?? '');
      if (age.ok && age.value >= min && age.value <= max) ages.push(age.value);
      else errors.push({ field: `age${i}`, message: t('error.ageInvalid', { n: i + 1, min, max }) });
    }
    return errors.length > 0 ? { ok: false, errors } : { ok: true, value: ages };
  },
};
