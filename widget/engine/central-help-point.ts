// Which help point goes on top (docs/regels-ommen.md §5). The central one (`central: true`, Samen Doen) when it
// fits the household; when its outcome is nee (a resident of another gemeente), the help point that names it in
// `fallbackFor` (eigen-gemeente) takes its place. The rules say who replaces whom; this code only applies it.
import type { EvaluationResult, Hulppunt, OfferResult, RulesFile } from './types.ts';

/** The id of the help point on top, or null when neither the central one nor a fallback fits. */
export function centralHelpPointId(file: RulesFile, hulppunten: Record<string, OfferResult>): string | null {
  const fits = (h: Hulppunt) => (hulppunten[h.id]?.outcome ?? 'nee') !== 'nee';
  const central = file.hulppunten.find((h) => h.central);
  if (!central) return null;
  if (fits(central)) return central.id;
  return file.hulppunten.find((h) => h.fallbackFor === central.id && fits(h))?.id ?? null;
}

/** The help point the results put on top, for the widget and the overdrachtsblad. */
export function centralHelpPoint(file: RulesFile, result: EvaluationResult): Hulppunt | null {
  return file.hulppunten.find((h) => h.id === result.centralHelpPoint) ?? null;
}
