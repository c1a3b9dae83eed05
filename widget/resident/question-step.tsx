// One question per step: fieldset + legend (the heading that gets focus), hint, the type's fields,
// "waarom vragen we dit", and explicit Vorige / Volgende (never auto-advance, WCAG 3.2.2).
import { useId, useState } from 'preact/hooks';
import type { AnswerValue } from '../engine/types.ts';
import { useWidget } from '../shared/context.ts';
import { Heading } from '../shared/heading.tsx';
import { FieldErrorText } from '../shared/questions/fields.tsx';
import { QuestionFields } from '../shared/questions/question-fields.tsx';
import { questionKinds } from '../shared/questions/registry.ts';
import { errorId, type FieldError } from '../shared/questions/types.ts';
import { pickTexts } from '../text/pick-text.ts';
import { ErrorSummary } from './error-summary.tsx';
import { Progress } from './progress.tsx';
import { WhyAsked } from './why-asked.tsx';

export interface QuestionStepProps {
  questionId: string;
  initial: AnswerValue | undefined;
  current: number;
  total: number;
  focus: boolean;
  busy: boolean;
  /** Label of the forward button: "Volgende", or "Terug naar het overzicht" when editing from review. */
  nextLabel?: string;
  onSubmit: (value: AnswerValue) => void;
  onBack: () => void;
}

export function QuestionStep(props: QuestionStepProps) {
  const { t, lang, file, headingLevel } = useWidget();
  const question = file.questions.find((q) => q.id === props.questionId);
  const kind = question ? questionKinds[question.type] : undefined;
  const [draft, setDraft] = useState(() => kind?.toDraft(props.initial) ?? {});
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const prefix = `vw${useId().replace(/[^\w-]/g, '')}`;
  if (!question || !kind) return null;
  const picked = pickTexts(question.texts, lang);
  const texts = picked.value ?? { label: question.id };
  // Only the rules' texts are in the fallback language; the buttons and errors around them are in `lang`.
  const textLang = picked.lang === lang ? undefined : picked.lang;
  const choiceError = errors.find((e) => e.field === 'choice');
  const hintId = texts.hint ? `${prefix}-hint` : undefined;

  const submit = (event: Event) => {
    event.preventDefault();
    if (props.busy) return;
    const read = kind.read(draft, question, t, lang);
    if (read.ok) props.onSubmit(read.value);
    else {
      setErrors(read.errors);
      setAttempt(attempt + 1);
    }
  };
  const onDraft = (next: typeof draft) => {
    setDraft(next);
    // Errors stay until the next submit (validate on submit, NL DS), except a fixed choice error.
    if (choiceError && next.choice !== draft.choice) setErrors(errors.filter((e) => e.field !== 'choice'));
  };
  const describedBy = [choiceError ? errorId(prefix, 'choice') : undefined, hintId].filter(Boolean).join(' ');

  return (
    <section class="vw-step">
      <Progress current={props.current} total={props.total} />
      <ErrorSummary errors={errors} prefix={prefix} attempt={attempt} />
      <form class="vw-form" noValidate onSubmit={submit}>
        <fieldset
          class={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${errors.length > 0 ? ' utrecht-form-fieldset--invalid' : ''}`}
          role={kind.radiogroup ? 'radiogroup' : undefined}
          aria-describedby={describedBy || undefined}
          aria-invalid={kind.radiogroup ? (choiceError ? 'true' : 'false') : undefined}
        >
          <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            <Heading level={headingLevel + 1} focus={props.focus && attempt === 0} lang={textLang}>
              {texts.label}
            </Heading>
          </legend>
          <QuestionFields
            question={question}
            texts={texts}
            hintId={hintId}
            draft={draft}
            onDraft={onDraft}
            errors={errors}
            idPrefix={prefix}
            textLang={textLang}
          >
            <FieldErrorText prefix={prefix} error={choiceError} />
          </QuestionFields>
        </fieldset>
        <WhyAsked questionId={question.id} />
        <div class="vw-actions">
          <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={props.onBack}>
            {t('nav.back')}
          </button>
          <button
            type="submit"
            class={`utrecht-button utrecht-button--primary-action utrecht-button--submit${props.busy ? ' utrecht-button--busy' : ''}`}
            aria-disabled={props.busy ? 'true' : undefined}
          >
            {props.nextLabel ?? t('nav.next')}
          </button>
        </div>
        {/* Said while the answer waits (the engine may still be downloading, staged-rules.ts): the busy button alone
            is silent for a screen reader. */}
        <p class="vw-visually-hidden" role="status">
          {props.busy ? t('app.busy') : ''}
        </p>
      </form>
    </section>
  );
}
