// Shared body of the integer and money questions: one open field plus "Weet ik niet".
import type { AnswerValue, Question } from '../../engine/types.ts';
import type { ParsedNumber } from '../../text/parse-money.ts';
import { capitalise } from '../../text/pick-text.ts';
import type { Translate } from '../../text/reason-sentence.ts';
import { TextField, UnknownCheckbox } from './fields.tsx';
import type { Draft, QuestionProps, ReadResult } from './types.ts';

export interface NumberFieldProps extends QuestionProps {
  money: boolean;
}

/** The field is labelled by the question's subject ("Uw leeftijd"), else a generic label. */
export function NumberField(props: NumberFieldProps) {
  const { question, texts, draft, onDraft, errors, idPrefix, allowUnknown, t, textLang, money } = props;
  const unknown = draft.unknown === 'true';
  const generic = t(money ? 'question.money.label' : 'question.integer.label');
  return (
    <div class="vw-number-question">
      <TextField
        prefix={idPrefix}
        field="value"
        label={texts.subject ? capitalise(texts.subject) : generic}
        labelLang={texts.subject ? textLang : undefined}
        hint={money ? t('question.money.hint') : undefined}
        unit={money ? '€' : undefined}
        inputMode={money ? 'decimal' : 'numeric'}
        size={money ? 'amount' : 'count'}
        value={draft.value ?? ''}
        disabled={unknown}
        error={errors.find((e) => e.field === 'value')}
        onInput={(value) => onDraft({ ...draft, value })}
      />
      {allowUnknown && question.type !== 'ages' && (
        <UnknownCheckbox
          prefix={idPrefix}
          checked={unknown}
          label={t('question.unknown')}
          onChange={(checked) => onDraft({ ...draft, unknown: String(checked) })}
        />
      )}
    </div>
  );
}

/** Draft for a stored number answer; `show` formats it back the way the resident typed it. */
export function numberDraft(value: AnswerValue | undefined, show: (n: number) => string): Draft {
  if (value === null) return { unknown: 'true' };
  return typeof value === 'number' ? { value: show(value) } : {};
}

/** Shared read: unknown → null, then parse, then the question's min/max. */
export function readNumber(
  draft: Draft,
  question: Question,
  t: Translate,
  parse: (s: string) => ParsedNumber,
  messages: { empty: string; invalid: string },
): ReadResult {
  if (draft.unknown === 'true') return { ok: true, value: null };
  const parsed = parse(draft.value ?? '');
  if (!parsed.ok)
    return { ok: false, errors: [{ field: 'value', message: t(parsed.reason === 'empty' ? messages.empty : messages.invalid) }] };
  const { min, max } = question;
  const tooLow = min !== undefined && parsed.value < min;
  const tooHigh = max !== undefined && parsed.value > max;
  if (tooLow || tooHigh) {
    const message = max === undefined ? t('error.min', { min }) : t('error.range', { min: min ?? 0, max });
    return { ok: false, errors: [{ field: 'value', message }] };
  }
  return { ok: true, value: parsed.value };
}
