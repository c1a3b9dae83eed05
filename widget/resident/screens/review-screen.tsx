// The review page: every answer that counts, each with a way to change it, then "Bekijk de uitkomst".
// Its own module, so it can be loaded apart from the questions (the first question does not need it).
import { Review } from '../review.tsx';
import { effectiveAnswers, type Flow } from '../use-flow.ts';

export function ReviewScreen({ flow, focus }: { flow: Flow; focus: boolean }) {
  const { state } = flow;
  return (
    <Review
      path={state.path}
      answers={effectiveAnswers(state.path, state.memory)}
      focus={focus}
      onEdit={flow.edit}
      onBack={flow.back}
      onShowResults={flow.showResults}
    />
  );
}
