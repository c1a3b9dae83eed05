// Every question on one screen, in the rules file's groups; a question shows only while its askWhen holds.
// Each question is a fieldset with its legend, hint and the same field components as the resident flow.
import { useId } from 'preact/hooks';
import type { Question } from '../engine/types.ts';
import { useWidget } from '../shared/context.ts';
import { Heading } from '../shared/heading.tsx';
import { QuestionFields } from '../shared/questions/question-fields.tsx';
import { questionKinds } from '../shared/questions/registry.ts';
import type { Draft } from '../shared/questions/types.ts';
import { capitalise, pickTexts } from '../text/pick-text.ts';
import { readDraft } from './live-state.ts';

export interface QuestionGroupsProps {
  drafts: Record<string, Draft>;
  visible: (question: Question) => boolean;
  onDraft: (id: string, draft: Draft) => void;
}

function ProQuestion({ question, draft, onDraft }: { question: Question; draft: Draft; onDraft: (d: Draft) => void }) {
  const { t, lang } = useWidget();
  const kind = questionKinds[question.type];
  const picked = pickTexts(question.texts, lang);
  const texts = picked.value ?? { label: question.id };
  // Only the rules' texts are in the fallback language; "Weet ik niet" and the errors are in `lang`.
  const textLang = picked.lang === lang ? undefined : picked.lang;
  // Unique per widget even when two share a document (tests, light-DOM fallback); the radio names use it too.
  const prefix = `vwpro${useId().replace(/[^\w-]/g, '')}-${question.id}`;
  const { errors } = readDraft(question, draft, t, lang);
  const hintId = texts.hint ? `${prefix}-hint` : undefined;
  return (
    <fieldset
      class={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset vw-professional-question${errors.length > 0 ? ' utrecht-form-fieldset--invalid' : ''}`}
      role={kind.radiogroup ? 'radiogroup' : undefined}
      aria-describedby={hintId}
      data-question={question.id}
    >
      <legend
        class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend vw-professional-question__legend"
        lang={textLang}
      >
        {texts.label}
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
      />
    </fieldset>
  );
}

export function QuestionGroups({ drafts, visible, onDraft }: QuestionGroupsProps) {
  const { t, file, headingLevel } = useWidget();
  const groups = new Map<string, Question[]>();
  for (const q of file.questions) {
    const group = q.group ?? 'overig';
    groups.set(group, [...(groups.get(group) ?? []), q]);
  }
  return (
    <div class="vw-professional-groups">
      {[...groups].map(([group, questions]) => {
        const shown = questions.filter(visible);
        if (shown.length === 0) return null;
        return (
          <section key={group} class="vw-professional-group">
            <Heading level={headingLevel + 2}>{t(`professional.group.${group}`, { defaultValue: capitalise(group) })}</Heading>
            {shown.map((q) => (
              <ProQuestion key={q.id} question={q} draft={drafts[q.id] ?? {}} onDraft={(d) => onDraft(q.id, d)} />
            ))}
          </section>
        );
      })}
    </div>
  );
}
