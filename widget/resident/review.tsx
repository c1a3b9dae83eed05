// The check-your-answers page (WCAG 3.3.4): every answer with a change button, then the results.
import type { Answers } from '../engine/types.ts';
import { useWidget } from '../shared/context.ts';
import { Heading } from '../shared/heading.tsx';
import { pickTexts } from '../text/pick-text.ts';
import { answerText } from '../text/reason-sentence.ts';

export interface ReviewProps {
  path: string[];
  answers: Answers;
  focus: boolean;
  onEdit: (id: string) => void;
  onBack: () => void;
  onShowResults: () => void;
}

export function Review({ path, answers, focus, onEdit, onBack, onShowResults }: ReviewProps) {
  const { t, lang, file, headingLevel } = useWidget();
  return (
    <section class="vw-review">
      <Heading level={headingLevel + 1} focus={focus}>
        {t('review.heading')}
      </Heading>
      <p class="utrecht-paragraph">{t('review.intro')}</p>
      <dl class="vw-data-list">
        {path.map((id) => {
          const question = file.questions.find((q) => q.id === id);
          if (!question) return null;
          const label = pickTexts(question.texts, lang).value?.label ?? id;
          return (
            <div class="vw-data-list__item" key={id}>
              <dt class="vw-data-list__key">{label}</dt>
              <dd class="vw-data-list__value">{answerText(question, answers[id], lang, t)}</dd>
              <dd class="vw-data-list__actions">
                <button
                  type="button"
                  class="utrecht-button utrecht-button--subtle"
                  aria-label={t('review.changeLabel', { label })}
                  onClick={() => onEdit(id)}
                >
                  {t('review.change')}
                </button>
              </dd>
            </div>
          );
        })}
      </dl>
      <div class="vw-actions">
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={onBack}>
          {t('nav.back')}
        </button>
        <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={onShowResults}>
          {t('review.showResults')}
        </button>
      </div>
    </section>
  );
}
