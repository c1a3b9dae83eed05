// The link to a result, for the wijkteam's overdrachtsblad and the resident's "Bewaar uw uitkomst": made only
// while `enabled` (consent given), from the answers needed for the same outcomes, in the one link format.
import { useEffect, useState } from 'preact/hooks';
import type { CompiledRules } from '../engine/index.ts';
import type { Answers, EvaluationResult } from '../engine/types.ts';
import { encodeHandoff, handoffUrl } from '../pro/handoff-link.ts';
import { reproducingAnswers } from '../pro/needed-answers.ts';

export function useResultLink(
  rules: CompiledRules,
  result: EvaluationResult,
  answers: Answers,
  date: string,
  enabled: boolean,
): string | null {
  const [link, setLink] = useState<string | null>(null);
  useEffect(() => {
    if (!enabled) {
      setLink(null);
      return;
    }
    let live = true;
    reproducingAnswers(rules, answers, date, result)
      .then((needed) => live && setLink(handoffUrl(window.location.href, encodeHandoff(rules.file, date, needed))))
      .catch(() => live && setLink(null));
    return () => {
      live = false;
    };
  }, [enabled, rules, result, answers, date]);
  return enabled ? link : null;
}
