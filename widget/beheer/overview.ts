// The readable rules overview (for the gemeenteraad): a one-page summary, then every regeling and hulppunt
// with its conditions as the same B1 sentences the widget shows as reasons, the amounts, the sources and the
// status. Every figure is a limit the engine itself used: each named household type (household-types.ts)
// is run through evaluate(), and a row prints the limit in that household's reason for that condition.
import {
  type Answers,
  type CompiledRules,
  checkRulesText,
  type EvaluationResult,
  evaluate,
  type Hulppunt,
  type Range,
  type Reason,
  type Regeling,
  type RulesProblem,
} from '../engine/checker.ts';
import { formatEuro } from '../text/format.ts';
import { organisationNames } from '../text/join-names.ts';
import { capitalise, pickTexts } from '../text/pick-text.ts';
import { factSubject, reasonSentence, type Translate } from '../text/reason-sentence.ts';
import { HOUSEHOLD_TYPES, type HouseholdType } from './household-types.ts';

/** The limit one named household gets for one money condition, as printed. */
export interface LimitRow {
  household: string;
  name: string;
  limit: number | Range;
  text: string;
}

export type OverviewNode =
  | { kind: 'all' | 'any'; children: OverviewNode[] }
  | {
      kind: 'condition';
      /** Position of the leaf in the offer's reasons (the same for every household). */
      leaf: number;
      sentence: string;
      /** Per household type the offer can apply to; empty when the limit is a number in the rules file. */
      limits: LimitRow[];
    };

/** One money condition in the summary: what is compared, and the limit per household type (null: n.v.t.). */
export interface SummaryLimit {
  leaf: number;
  label: string;
  cells: (LimitRow | null)[];
}

export interface OverviewOffer {
  id: string;
  group: 'regelingen' | 'hulppunten';
  title: string;
  officialName: string;
  status: Regeling['status'];
  summary: string;
  organisations?: string;
  amount?: string;
  yearly?: boolean;
  validUntil?: string;
  lastChecked: string;
  sources: { url: string; title?: string; checked: string }[];
  conditions: OverviewNode;
  /** The sentences in order, flattened: what the tests compare with the widget's reasons. */
  sentences: string[];
  /** The conditions that are not money, as sentences: "voor wie" in the summary. */
  who: string[];
  /** The money conditions with their limit per household type, for the summary. */
  limits: SummaryLimit[];
  warnings: RulesProblem[];
}

export interface Overview {
  gemeente: string;
  example: boolean;
  version: string;
  validFrom: string;
  validUntil: string;
  date: string;
  /** The household types of every limit row and summary column. */
  households: { id: string; name: string }[];
  offers: OverviewOffer[];
  /** File-wide warnings (norms, validUntil); per-offer ones are on the offer. */
  warnings: RulesProblem[];
}

type TreeNode = CompiledRules['trees'] extends Map<string, infer N> ? N : never;

const isRange = (v: unknown): v is Range => typeof v === 'object' && v !== null && !Array.isArray(v) && 'lo' in v && 'hi' in v;

/** Only answers to questions this file asks (another gemeente may ask fewer). */
export function fitAnswers(rules: CompiledRules, answers: Answers): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([id]) => rules.questions.some((q) => q.id === id)));
}

/**
 * The condition as a statement: the reason sentence as if it holds. A limit that is a fact (inkomensgrens,
 * vermogensgrens) differs per household, so the sentence names it ("de vermogensgrens") and the rows give
 * the amounts; a limit written in the rules file is the same for everyone and stays in the sentence.
 */
export function conditionSentence(reason: Reason, rules: CompiledRules, lang: string, t: Translate): string {
  const general = reason.limitFact && reason.money ? { limit: null } : {};
  return reasonSentence({ ...reason, ...general, status: 'voldaan' }, rules.file, lang, t).text;
}

function limitText(limit: number | Range, lang: string, t: Translate): string {
  return isRange(limit)
    ? t('reason.range', { lo: formatEuro(limit.lo, lang, true), hi: formatEuro(limit.hi, lang, true) })
    : formatEuro(limit, lang, true);
}

/** Reasons of one offer per household type, or null where the offer cannot apply to that household. */
type PerHousehold = { type: HouseholdType; reasons: Reason[] | null }[];

function limitRow(per: PerHousehold[number], leaf: number, lang: string, t: Translate): LimitRow | null {
  const reason = per.reasons?.[leaf];
  if (reason?.money !== true) return null;
  const limit = reason.limit;
  if (typeof limit !== 'number' && !isRange(limit)) return null;
  return { household: per.type.id, name: per.type.name, limit, text: limitText(limit, lang, t) };
}

function buildNode(
  tree: TreeNode,
  reference: Reason[],
  per: PerHousehold,
  next: { i: number },
  make: (r: Reason) => string,
  lang: string,
  t: Translate,
): OverviewNode {
  if ('leaf' in tree) {
    const leaf = next.i++;
    const reason = reference[leaf];
    const perHousehold = reason?.limitFact && reason.money;
    return {
      kind: 'condition',
      leaf,
      sentence: reason ? make(reason) : tree.leaf.fact,
      limits: perHousehold ? per.flatMap((p) => limitRow(p, leaf, lang, t) ?? []) : [],
    };
  }
  const kind = 'all' in tree ? 'all' : 'any';
  const children = 'all' in tree ? tree.all : tree.any;
  return { kind, children: children.map((c) => buildNode(c, reference, per, next, make, lang, t)) };
}

/** The conditions that are not money as sentences; a group of alternatives as one line. */
function whoLines(node: OverviewNode, isMoney: (leaf: number) => boolean): string[] {
  if (node.kind === 'condition') return isMoney(node.leaf) ? [] : [node.sentence];
  const lines = node.children.flatMap((c) => whoLines(c, isMoney));
  return node.kind === 'any' && lines.length > 1 ? [`Minstens één hiervan: ${lines.join(' Of: ')}`] : lines;
}

function flatten(node: OverviewNode): Extract<OverviewNode, { kind: 'condition' }>[] {
  return node.kind === 'condition' ? [node] : node.children.flatMap(flatten);
}

/** "Netto inkomen per maand ≤": the compared fact and the comparison, short enough for one summary line. */
function summaryLabel(reason: Reason, rules: CompiledRules, lang: string, t: Translate): string {
  const subject = factSubject(reason.fact, reason.params, rules.file, lang, t).replace(/^uw /i, '');
  const symbol: Record<string, string> = { lessThanInclusive: '≤', lessThan: '<', greaterThanInclusive: '≥', greaterThan: '>' };
  return `${capitalise(subject)} ${symbol[reason.operator] ?? reason.operator}`;
}

function offerOf(
  offer: Regeling | Hulppunt,
  group: OverviewOffer['group'],
  index: number,
  rules: CompiledRules,
  per: PerHousehold,
  reference: Reason[],
  lang: string,
  t: Translate,
  warnings: RulesProblem[],
): OverviewOffer {
  const texts = pickTexts(offer.texts, lang).value;
  const tree = rules.trees.get(offer.id) as TreeNode;
  const conditions = buildNode(tree, reference, per, { i: 0 }, (r) => conditionSentence(r, rules, lang, t), lang, t);
  const leaves = flatten(conditions);
  const regeling = 'maximaal' in offer ? offer : undefined;
  const money = leaves.filter((l) => reference[l.leaf]?.money === true);
  return {
    id: offer.id,
    group,
    title: texts?.title ?? offer.officialName,
    officialName: offer.officialName,
    status: offer.status,
    summary: texts?.summary ?? '',
    organisations: regeling && organisationNames(regeling, lang),
    amount: texts?.amount,
    yearly: regeling?.yearly,
    validUntil: offer.validUntil,
    lastChecked: offer.lastChecked,
    sources: offer.sources,
    conditions,
    sentences: leaves.map((l) => l.sentence),
    who: whoLines(conditions, (leaf) => reference[leaf]?.money === true),
    limits: money.map((l) => ({
      leaf: l.leaf,
      label: summaryLabel(reference[l.leaf] as Reason, rules, lang, t),
      cells: per.map((p) => limitRow(p, l.leaf, lang, t)),
    })),
    warnings: warnings.filter((w) => w.path === `$.${group}[${index}]` || w.path.startsWith(`$.${group}[${index}].`)),
  };
}

/**
 * Build the overview: limits on `date` (a day inside the norm periods), freshness warnings as of `today`
 * (which may lie after the norms end: that is exactly what the warnings are for).
 */
export async function buildOverview(
  rules: CompiledRules,
  date: string,
  lang: string,
  t: Translate,
  today: string = date,
): Promise<Overview> {
  const [reference, ...runs] = await Promise.all([
    evaluate(rules, {}, date),
    ...HOUSEHOLD_TYPES.map((h) => evaluate(rules, fitAnswers(rules, h.answers), date)),
  ]);
  const reasonsOf = (r: EvaluationResult | undefined, id: string) => (r?.regelingen[id] ?? r?.hulppunten[id])?.reasons ?? [];
  /** A household type for which a condition that is not money already fails: the offer is not for them. */
  const perHousehold = (id: string): PerHousehold =>
    HOUSEHOLD_TYPES.map((type, i) => {
      const reasons = reasonsOf(runs[i], id);
      return { type, reasons: reasons.some((r) => r.status === 'niet-voldaan' && r.money !== true) ? null : reasons };
    });
  const { warnings } = await checkRulesText(JSON.stringify(rules.file), today);
  const file = rules.file;
  const offer = (o: Regeling | Hulppunt, group: OverviewOffer['group'], i: number) =>
    offerOf(o, group, i, rules, perHousehold(o.id), reasonsOf(reference, o.id), lang, t, warnings);
  return {
    gemeente: file.gemeente.name,
    example: file.example === true,
    version: file.version,
    validFrom: file.validFrom,
    validUntil: file.validUntil,
    date,
    households: HOUSEHOLD_TYPES.map(({ id, name }) => ({ id, name })),
    offers: [
      ...file.regelingen.map((r, i) => offer(r, 'regelingen', i)),
      ...file.hulppunten.map((h, i) => offer(h, 'hulppunten', i)),
    ],
    warnings: warnings.filter((w) => !w.path.startsWith('$.regelingen') && !w.path.startsWith('$.hulppunten')),
  };
}
