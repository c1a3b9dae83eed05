// The results of the flow, with "Bewaar uw uitkomst" (loaded on demand, widget/links/lazy-share-result.tsx)
// for the answers that count. Its own module, so it can be loaded apart from the questions (the first
// question does not need it).
import type { CompiledRules } from '../../engine/index.ts';
import type { EvaluationResult } from '../../engine/types.ts';
import { LazyShareResult } from '../../links/lazy-share-result.tsx';
import { Results } from '../results.tsx';
import { effectiveAnswers, type Flow } from '../use-flow.ts';

export interface ResultsScreenProps {
  flow: Flow;
  rules: CompiledRules;
  result: EvaluationResult;
  focus: boolean;
  /** "Opnieuw beginnen": the caller clears what it shows about this result, then the flow restarts. */
  onRestart: () => void;
}

export function ResultsScreen({ flow, rules, result, focus, onRestart }: ResultsScreenProps) {
  const { state } = flow;
  return (
    <Results
      result={result}
      focus={focus}
      onRestart={onRestart}
      onChangeAnswers={flow.toReview}
      keep={
        <LazyShareResult
          key={state.step}
          rules={rules}
          result={result}
          answers={effectiveAnswers(state.path, state.memory)}
          date={flow.date}
        />
      }
    />
  );
}
