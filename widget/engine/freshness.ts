// Warnings for policy staff: what is out of date or still to be checked. They never block the check.
import type { RulesFile, RulesProblem } from './types.ts';

/** How long before the norms' last day the check starts to warn: two months to find and enter the new norms. */
export const NORMS_WARNING_DAYS = 60;

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
const dayNumber = (date: string) =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
const dutchDate = (date: string) => `${date.slice(8, 10)}-${date.slice(5, 7)}-${date.slice(0, 4)}`;

/**
 * The norms' end as a problem: `soon` from 60 days before the last day (still fine), `expired` after it (the check
 * fails: a resident would see last year's limits). null while the end is further away.
 */
export function normsDeadline(file: RulesFile, today: string): { expired: boolean; problem: RulesProblem } | null {
  const end = file.norms.validUntil;
  const path = '$.norms.validUntil';
  if (today > end)
    return {
      expired: true,
      problem: { path, message: `De normen gelden tot ${dutchDate(end)} en zijn verlopen: voeg de nieuwe normperiode toe` },
    };
  if (dayNumber(end) - dayNumber(today) > NORMS_WARNING_DAYS) return null;
  const next = new Date((dayNumber(end) + 1) * 86_400_000);
  const nextDay = `${next.getUTCDate()} ${MONTHS[next.getUTCMonth()]}`;
  return { expired: false, problem: { path, message: `De normen gelden tot ${dutchDate(end)}: werk ze bij voor ${nextDay}` } };
}

/** The date one year before `today` (YYYY-MM-DD). */
function yearBefore(today: string): string {
  return `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
}

export function freshnessWarnings(file: RulesFile, today: string): RulesProblem[] {
  const out: RulesProblem[] = [];
  const stale = yearBefore(today);
  const deadline = normsDeadline(file, today);
  if (deadline) out.push(deadline.problem);
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
