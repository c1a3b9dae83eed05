// Impact preview: every household through the published and the edited rules, and each outcome that
// changes. Pure; nothing leaves the browser.
import { type AmountResult, type Answers, type CompiledRules, evaluate, type Outcome } from '../engine/index.ts';
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

/**
 * One regeling or help point over the example households: how many get `ja` before and after, who gets it
 * (erbij) and who loses it (eraf), and the euro effect per year where every amount involved is known.
 */
export interface OfferTally {
  group: OutcomeChange['group'];
  id: string;
  before: number;
  after: number;
  erbij: string[];
  eraf: string[];
  /** Sum over the households of (amount after − amount before) per year, in cents; 0 for no ja. */
  euroPerYearCents: number;
  /** Households with a ja whose amount is unknown (null) on one side: left out of the sum. */
  amountUnknown: number;
}

export interface ImpactReport {
  totals: Record<ImpactHousehold['kind'], number>;
  changes: OutcomeChange[];
  /** Per offer, over the example households; only offers where something changed. */
  offers: OfferTally[];
  /** Households the edited rules could not evaluate (for example a date before the first norm period). */
  failed: { household: ImpactHousehold; message: string }[];
}

interface Seen {
  outcome: Outcome;
  amount: AmountResult | null;
}
type Outcomes = Record<OutcomeChange['group'], Record<string, Seen>>;

async function outcomesOf(rules: CompiledRules, h: ImpactHousehold): Promise<Outcomes> {
  const r = await evaluate(rules, h.answers, h.date);
  const pick = (o: typeof r.regelingen) =>
    Object.fromEntries(Object.entries(o).map(([id, x]) => [id, { outcome: x.outcome, amount: x.amount }]));
  return { regelingen: pick(r.regelingen), hulppunten: pick(r.hulppunten) };
}

/** A yearly amount in cents; eenmalig counts once, in the year it is paid. */
function yearlyCents(amount: AmountResult): number {
  return Math.round(amount.value * 100) * (amount.per === 'maand' ? 12 : 1);
}

/** The yearly cents a household gets from one offer: 0 unless ja; null when ja but the amount is unknown. */
function received(seen: Seen | undefined): number | null {
  if (seen?.outcome !== 'ja') return 0;
  return seen.amount ? yearlyCents(seen.amount) : null;
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

function tallyOf(tallies: Map<string, OfferTally>, group: OutcomeChange['group'], id: string): OfferTally {
  const key = `${group}|${id}`;
  let t = tallies.get(key);
  if (!t) {
    t = { group, id, before: 0, after: 0, erbij: [], eraf: [], euroPerYearCents: 0, amountUnknown: 0 };
    tallies.set(key, t);
  }
  return t;
}

/** Every outcome that differs; a regeling missing on one side counts as nee there (added or removed). */
export async function compareRules(
  published: CompiledRules,
  edited: CompiledRules,
  households: ImpactHousehold[],
): Promise<ImpactReport> {
  const report: ImpactReport = { totals: { voorbeeld: 0, spreiding: 0 }, changes: [], offers: [], failed: [] };
  const tallies = new Map<string, OfferTally>();
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
        const from = before[group][id]?.outcome ?? 'nee';
        const to = after[group][id]?.outcome ?? 'nee';
        if (from !== to) report.changes.push({ household, group, id, from, to });
        if (household.kind !== 'voorbeeld') continue;
        const t = tallyOf(tallies, group, id);
        if (from === 'ja') t.before++;
        if (to === 'ja') t.after++;
        if (from !== 'ja' && to === 'ja') t.erbij.push(household.name);
        if (from === 'ja' && to !== 'ja') t.eraf.push(household.name);
        const was = received(before[group][id]);
        const is = received(after[group][id]);
        if (was === null || is === null) t.amountUnknown++;
        else t.euroPerYearCents += is - was;
      }
    }
  }
  const changedIds = new Set(report.changes.filter((c) => c.household.kind === 'voorbeeld').map((c) => `${c.group}|${c.id}`));
  report.offers = [...tallies.values()].filter((t) => changedIds.has(`${t.group}|${t.id}`) || t.euroPerYearCents !== 0);
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
