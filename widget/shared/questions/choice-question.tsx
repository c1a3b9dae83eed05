// A question with named options from the rules file (radios, never a select: NL DS form guidance).
import type { AnswerValue } from '../../engine/types.ts';
import { pickTexts } from '../../text/pick-text.ts';
import { RadioOption } from './fields.tsx';
import type { Draft } from './types.ts';
import { fieldId, type QuestionKind, type QuestionProps, UNKNOWN } from './types.ts';

function ChoiceQuestion({ question, texts, draft, onDraft, idPrefix, allowUnknown, t, lang, textLang }: QuestionProps) {
  // Options missing in the shown texts come from the Dutch ones, and say so.
  const optionLang = texts.options ? textLang : lang === 'nl' ? undefined : 'nl';
  const optionTexts = texts.options ?? pickTexts(question.texts, 'nl').value?.options ?? {};
  const options = [...(question.options ?? [])];
  if (allowUnknown) options.push(UNKNOWN);
  return (
    <div class="vw-radio-group">
      {options.map((option, index) => (
        <RadioOption
          key={option}
          name={idPrefix}
          id={index === 0 ? fieldId(idPrefix, 'choice') : fieldId(idPrefix, `choice-${option}`)}
          value={option}
          checked={draft.choice === option}
          onSelect={(choice) => onDraft({ choice })}
        >
          {option === UNKNOWN ? t('question.unknown') : <span lang={optionLang}>{optionTexts[option] ?? option}</span>}
        </RadioOption>
      ))}
    </div>
  );
}

export const choiceKind: QuestionKind = {
  Component: ChoiceQuestion,
  radiogroup: true,
  toDraft: (value: AnswerValue | undefined): Draft =>
    value === null ? { choice: UNKNOWN } : typeof value === 'string' ? { choice: value } : {},
  read(draft, question, t) {
    if (draft.choice === UNKNOWN) return { ok: true, value: null };
    if (draft.choice && question.options?.includes(draft.choice)) return { ok: true, value: draft.choice };
    return { ok: false, errors: [{ field: 'choice', message: t('error.required') }] };
  },
};
