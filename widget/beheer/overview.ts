// The readable rules overview (for the gemeenteraad): every regeling and hulppunt with its conditions as
// the same B1 sentences the widget shows as reasons, the amounts, the sources and the status.
// The sentences come from reasonSentence() on a real evaluation, so they cannot drift from the widget.
import {
  type Answers,
  type CompiledRules,
  checkRulesText,
  evaluate,
  type Hulppunt,
  type Reason,
  type Regeling,
  type RulesProblem,
} from '../engine/checker.ts';
import { formatEuro } from '../text/format.ts';
import { organisationNames } from '../text/join-names.ts';
import { pickTexts } from '../text/pick-text.ts';
import { reasonSentence, type Translate } from '../text/reason-sentence.ts';

/** The household the sentences describe: the limits in them are those of a single adult without children. */
export const REFERENCE = {
  name: 'een alleenstaande van 34 jaar zonder kinderen',
  answers: { leeftijd: 34, heeft_partner: false, leeftijden_kinderen: [] },
};

/** Other households whose money limits the overview lists under a condition. */
const VARIANTS: { name: string; answers: Answers }[] = [
  { name: 'een alleenstaande', answers: REFERENCE.answers },
  { name: 'een alleenstaande ouder', answers: { leeftijd: 34, heeft_partner: false, leeftijden_kinderen: [8] } },
  { name: 'een stel', answers: { leeftijd: 34, heeft_partner: true, leeftijd_partner: 34, leeftijden_kinderen: [] } },
  { name: 'een alleenstaande met AOW', answers: { leeftijd: 70, heeft_partner: false, leeftijden_kinderen: [] } },
  { name: 'een stel met AOW', answers: { leeftijd: 70, heeft_partner: true, leeftijd_partner: 70, leeftijden_kinderen: [] } },
];

export type OverviewNode =
  | { kind: 'all' | 'any'; children: OverviewNode[] }
  | { kind: 'condition'; sentence: string; limits: { household: string; amount: string }[] };

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
  warnings: RulesProblem[];
}

export interface Overview {
  gemeente: string;
  example: boolean;
  version: string;
  validFrom: string;
  validUntil: string;
  date: string;
  reference: string;
  offers: OverviewOffer[];
  /** File-wide warnings (norms, validUntil); per-offer ones are on the offer. */
  warnings: RulesProblem[];
}

type TreeNode = CompiledRules['trees'] extends Map<string, infer N> ? N : never;

/** Only answers to questions this file asks (another gemeente may ask fewer). */
function fit(rules: CompiledRules, answers: Answers): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([id]) => rules.questions.some((q) => q.id === id)));
}

/** The condition as a statement: the reason sentence as if it holds (status voldaan). */
export function conditionSentence(reason: Reason, rules: CompiledRules, lang: string, t: Translate): string {
  return reasonSentence({ ...reason, status: 'voldaan' }, rules.file, lang, t).text;
}

function limitsPerHousehold(index: number, variants: Reason[][], lang: string): { household: string; amount: string }[] {
  const out: { household: string; amount: string }[] = [];
  variants.forEach((reasons, v) => {
    const reason = reasons[index];
    if (!reason?.limitFact || reason.money !== true || typeof reason.limit !== 'number') return;
    out.push({ household: VARIANTS[v]?.name ?? '', amount: formatEuro(reason.limit, lang) });
  });
  // One amount for everyone says nothing extra: leave the list out.
  return new Set(out.map((o) => o.amount)).size > 1 ? out : [];
}

function buildNode(
  tree: TreeNode,
  reasons: Reason[],
  variants: Reason[][],
  next: { i: number },
  make: (r: Reason) => string,
  lang: string,
): OverviewNode {
  if ('leaf' in tree) {
    const index = next.i++;
    const reason = reasons[index];
    return {
      kind: 'condition',
      sentence: reason ? make(reason) : tree.leaf.fact,
      limits: limitsPerHousehold(index, variants, lang),
    };
  }
  const kind = 'all' in tree ? 'all' : 'any';
  const children = 'all' in tree ? tree.all : tree.any;
  return { kind, children: children.map((c) => buildNode(c, reasons, variants, next, make, lang)) };
}

function flatten(node: OverviewNode): string[] {
  return node.kind === 'condition' ? [node.sentence] : node.children.flatMap(flatten);
}

function offerOf(
  offer: Regeling | Hulppunt,
  group: OverviewOffer['group'],
  index: number,
  rules: CompiledRules,
  reasons: (id: string) => Reason[][],
  lang: string,
  t: Translate,
  warnings: RulesProblem[],
): OverviewOffer {
  const texts = pickTexts(offer.texts, lang).value;
  const [reference = [], ...variants] = reasons(offer.id);
  const tree = rules.trees.get(offer.id) as TreeNode;
  const conditions = buildNode(
    tree,
    reference,
    [reference, ...variants],
    { i: 0 },
    (r) => conditionSentence(r, rules, lang, t),
    lang,
  );
  const regeling = 'maximaal' in offer ? offer : undefined;
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
    sentences: flatten(conditions),
    warnings: warnings.filter((w) => w.path === `$.${group}[${index}]` || w.path.startsWith(`$.${group}[${index}].`)),
  };
}

/**
 * Build the overview: amounts on `date` (a day inside the norm periods), freshness warnings as of `today`
 * (which may lie after the norms end: that is exactly what the warnings are for).
 */
export async function buildOverview(
  rules: CompiledRules,
  date: string,
  lang: string,
  t: Translate,
  today: string = date,
): Promise<Overview> {
  const runs = await Promise.all([REFERENCE, ...VARIANTS].map((h) => evaluate(rules, fit(rules, h.answers), date)));
  const reasonsOf = (id: string) => runs.map((r) => (r.regelingen[id] ?? r.hulppunten[id])?.reasons ?? []);
  const { warnings } = await checkRulesText(JSON.stringify(rules.file), today);
  const file = rules.file;
  return {
    gemeente: file.gemeente.name,
    example: file.example === true,
    version: file.version,
    validFrom: file.validFrom,
    validUntil: file.validUntil,
    date,
    reference: REFERENCE.name,
    offers: [
      ...file.regelingen.map((r, i) => offerOf(r, 'regelingen', i, rules, reasonsOf, lang, t, warnings)),
      ...file.hulppunten.map((h, i) => offerOf(h, 'hulppunten', i, rules, reasonsOf, lang, t, warnings)),
    ],
    warnings: warnings.filter((w) => !w.path.startsWith('$.regelingen') && !w.path.startsWith('$.hulppunten')),
  };
}
