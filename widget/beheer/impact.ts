// Impact preview: every household through the published and the edited rules, and each outcome that
// changes. Pure; nothing leaves the browser.
import { type Answers, type CompiledRules, evaluate, type Outcome } from '../engine/index.ts';
import { OUTCOME_RANK } from '../engine/outcome-order.ts';

export interface ImpactHousehold {
  name: string;
  date: string;
  answers: Answers;
  /** 'voorbeeld' for the rules file's example households, 'spreiding' for generated ones. */
  kind: 'voorbeeld' | 'spreiding';
}

export interface OutcomeChange {
  household: ImpactHousehold;
  group: 'regelingen' | 'hulppunten';
  id: string;
  from: Outcome;
  to: Outcome;
}

export interface ImpactSummaryLine {
  kind: ImpactHousehold['kind'];
  group: OutcomeChange['group'];
  id: string;
  direction: 'verliezen' | 'krijgen';
  count: number;
  total: number;
}

export interface ImpactReport {
  totals: Record<ImpactHousehold['kind'], number>;
  changes: OutcomeChange[];
  /** Households the edited rules could not evaluate (for example a date before the first norm period). */
  failed: { household: ImpactHousehold; message: string }[];
}

type Outcomes = Record<'regelingen' | 'hulppunten', Record<string, Outcome>>;

async function outcomesOf(rules: CompiledRules, h: ImpactHousehold): Promise<Outcomes> {
  const r = await evaluate(rules, h.answers, h.date);
  const pick = (o: typeof r.regelingen) => Object.fromEntries(Object.entries(o).map(([id, x]) => [id, x.outcome]));
  return { regelingen: pick(r.regelingen), hulppunten: pick(r.hulppunten) };
}

/** The example households of a rules file as impact households. */
export function exampleHouseholds(rules: CompiledRules): ImpactHousehold[] {
  return rules.file.examples.map((e) => ({
    name: e.name,
    date: e.date,
    answers: e.answers as Answers,
    kind: 'voorbeeld' as const,
  }));
}

/** Every outcome that differs; a regeling missing on one side counts as nee there (added or removed). */
export async function compareRules(
  published: CompiledRules,
  edited: CompiledRules,
  households: ImpactHousehold[],
): Promise<ImpactReport> {
  const report: ImpactReport = { totals: { voorbeeld: 0, spreiding: 0 }, changes: [], failed: [] };
  for (const household of households) {
    report.totals[household.kind]++;
    let before: Outcomes;
    let after: Outcomes;
    try {
      before = await outcomesOf(published, household);
      after = await outcomesOf(edited, household);
    } catch (e) {
      report.failed.push({ household, message: e instanceof Error ? e.message : String(e) });
      continue;
    }
    for (const group of ['regelingen', 'hulppunten'] as const) {
      const ids = new Set([...Object.keys(before[group]), ...Object.keys(after[group])]);
      for (const id of ids) {
        const from = before[group][id] ?? 'nee';
        const to = after[group][id] ?? 'nee';
        if (from !== to) report.changes.push({ household, group, id, from, to });
      }
    }
  }
  return report;
}

/** "3 van de 40 voorbeeldhuishoudens verliezen Kindregelingen": counted per regeling and direction. */
export function summarizeImpact(report: ImpactReport): ImpactSummaryLine[] {
  const lines = new Map<string, ImpactSummaryLine>();
  for (const c of report.changes) {
    const direction = OUTCOME_RANK[c.to] < OUTCOME_RANK[c.from] ? 'verliezen' : 'krijgen';
    const key = `${c.household.kind}|${c.group}|${c.id}|${direction}`;
    const line = lines.get(key) ?? {
      kind: c.household.kind,
      group: c.group,
      id: c.id,
      direction,
      count: 0,
      total: report.totals[c.household.kind],
    };
    line.count++;
    lines.set(key, line);
  }
  return [...lines.values()];
}
