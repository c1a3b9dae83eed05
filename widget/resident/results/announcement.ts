// What the live region says once when the results appear: the summary, not the page. Plural forms come from
// i18next with `count` (Intl.PluralRules: Arabic has six), so "1 regeling" is never "1 regelingen".
import type { EvaluationResult } from '../../engine/types.ts';
import type { Translate } from '../../text/reason-sentence.ts';

export function announcement(result: EvaluationResult, t: Translate): string {
  const count = (o: string) => Object.values(result.regelingen).filter((r) => r.outcome === o).length;
  return [
    t('results.announceReady'),
    t('results.announceJa', { count: count('ja') }),
    t('results.announceMisschien', { count: count('misschien') }),
  ].join(' ');
}
