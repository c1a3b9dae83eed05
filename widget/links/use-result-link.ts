// The link to a result, for the wijkteam's overdrachtsblad and the resident's "Bewaar uw uitkomst": made only
// while `enabled` (consent given), from the answers needed for the same outcomes, in the one link format.
import type { CompiledRules } from '../engine/index.ts';
import type { Answers, EvaluationResult } from '../engine/types.ts';
import { reproducingAnswers } from '../shared/needed-answers.ts';
import { useAsync } from '../shared/use-async.ts';
import { encodeHandoff, handoffUrl } from './handoff-link.ts';

export function useResultLink(
  rules: CompiledRules,
  result: EvaluationResult,
  answers: Answers,
  date: string,
  enabled: boolean,
): string | null {
  const link = useAsync(
    () =>
      enabled
        ? reproducingAnswers(rules, answers, date, result).then((needed) =>
            handoffUrl(window.location.href, encodeHandoff(rules.file, date, needed)),
          )
        : null,
    [enabled, rules, result, answers, date],
  );
  return enabled && link.status !== 'failed' ? (link.value ?? null) : null;
}
