// One question of the flow, with an honest "Stap X van Y" and, when it was opened from the review page,
// "Volgende" that goes back there.
import { useWidget } from '../../shared/context.ts';
import { QuestionStep } from '../question-step.tsx';
import type { Flow } from '../use-flow.ts';

export function QuestionScreen({ flow, focus }: { flow: Flow; focus: boolean }) {
  const { t } = useWidget();
  const { state } = flow;
  const id = state.path[state.pos] as string;
  return (
    <QuestionStep
      questionId={id}
      initial={state.memory[id]}
      current={state.pos + 1}
      total={state.total}
      focus={focus}
      busy={flow.busy}
      nextLabel={state.fromReview ? t('nav.next') : undefined}
      onSubmit={flow.answer}
      onBack={flow.back}
    />
  );
}
