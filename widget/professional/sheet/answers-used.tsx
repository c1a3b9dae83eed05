// The answers the sheet's outcomes rest on, in question order: only those the shown regelingen and help
// points read (widget/shared/needed-answers.ts), so the paper carries no more about the client than needed.
import type { Answers } from '../../engine/types.ts';
import { useWidget } from '../../shared/context.ts';
import { Heading } from '../../shared/heading.tsx';
import { answerText } from '../../text/reason-sentence.ts';

export function AnswersUsed({ answers, level }: { answers: Answers; level: number }) {
  const { t, lang, file } = useWidget();
  return (
    <>
      <Heading level={level}>{t('professional.sheet.answers')}</Heading>
      <p class="vw-hint">{t('professional.sheet.answersHint')}</p>
      <ul class="vw-list vw-sheet__answers">
        {file.questions
          .filter((q) => answers[q.id] !== undefined)
          .map((q) => (
            <li key={q.id}>
              {(q.texts[lang] ?? q.texts.nl)?.label ?? q.id}: {answerText(q, answers[q.id], lang, t)}
            </li>
          ))}
      </ul>
    </>
  );
}
