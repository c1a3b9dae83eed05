// Which help point goes on top of the results.
import type { EvaluationResult, Hulppunt, RulesFile } from '../../engine/types.ts';

export function topHelpPoint(file: RulesFile, result: EvaluationResult): Hulppunt | undefined {
  const central = file.hulppunten.find((h) => h.central);
  if (central && result.hulppunten[central.id]?.outcome !== 'nee') return central;
  return file.hulppunten.find((h) => result.hulppunten[h.id]?.outcome === 'ja');
}
