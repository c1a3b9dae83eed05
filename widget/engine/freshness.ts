// Warnings for policy staff: what is out of date or still to be checked. They never block the check.
import type { RulesFile, RulesProblem } from './types.ts';

/** The date one year before `today` (YYYY-MM-DD). */
function yearBefore(today: string): string {
  return `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
}

export function freshnessWarnings(file: RulesFile, today: string): RulesProblem[] {
  const out: RulesProblem[] = [];
  const stale = yearBefore(today);
  if (file.norms.validUntil < today)
    out.push({
      path: '$.norms.validUntil',
      message: `de normen gelden tot ${file.norms.validUntil}: voeg de nieuwe normperiode toe`,
    });
  if (file.validUntil < today) out.push({ path: '$.validUntil', message: `dit bestand geldt tot ${file.validUntil}` });
  const groups = [
    ['regelingen', file.regelingen],
    ['hulppunten', file.hulppunten],
  ] as const;
  for (const [key, offers] of groups) {
    offers.forEach((o, i) => {
      const path = `$.${key}[${i}]`;
      if (o.status === 'te-controleren')
        out.push({
          path: `${path}.status`,
          message: `"${o.id}" is te-controleren: controleer de bron en zet de status op actief`,
        });
      if (o.validUntil && o.validUntil < today)
        out.push({ path: `${path}.validUntil`, message: `"${o.id}" liep af op ${o.validUntil}` });
      if (o.lastChecked < stale)
        out.push({
          path: `${path}.lastChecked`,
          message: `"${o.id}" is al meer dan een jaar niet gecontroleerd (${o.lastChecked})`,
        });
      o.sources.forEach((s, j) => {
        if (s.checked < stale)
          out.push({
            path: `${path}.sources[${j}].checked`,
            message: `bron ${s.url} is al meer dan een jaar niet gecontroleerd (${s.checked})`,
          });
      });
    });
  }
  return out;
}
