// The inside of a question's fieldset after its legend, the same in both modes: the hint, then the fields of the
// question's type (registry.ts). `children` sit between the two (the resident step's choice error).
import type { ComponentChildren } from 'preact';
import type { Question, QuestionTexts } from '../../engine/types.ts';
import { useWidget } from '../context.ts';
import { questionKinds } from './registry.ts';
import type { Draft, FieldError } from './types.ts';

export interface QuestionFieldsProps {
  question: Question;
  texts: QuestionTexts;
  /** The hint's id, for the fieldset's aria-describedby; undefined when the question has no hint. */
  hintId: string | undefined;
  draft: Draft;
  onDraft: (draft: Draft) => void;
  errors: FieldError[];
  idPrefix: string;
  /** The language of `texts` when it is a fallback (QuestionProps.textLang). */
  textLang?: string;
  children?: ComponentChildren;
}

export function QuestionFields(props: QuestionFieldsProps) {
  const { question, texts, hintId, draft, onDraft, errors, idPrefix, textLang, children } = props;
  const { t, lang } = useWidget();
  const Fields = questionKinds[question.type].Component;
  return (
    <>
      {texts.hint && (
        <p class="utrecht-form-field-description" id={hintId} lang={textLang}>
          {texts.hint}
        </p>
      )}
      {children}
      <Fields
        question={question}
        texts={texts}
        draft={draft}
        onDraft={onDraft}
        errors={errors}
        idPrefix={idPrefix}
        allowUnknown={question.allowUnknown !== false}
        t={t}
        lang={lang}
        textLang={textLang}
      />
    </>
  );
}
