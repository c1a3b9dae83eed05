// The engine's public shapes. Rules-file shapes come from rules/schema.json (generated); the rest are the
// engine's answers to the widget, the CLI and the beheer page. UI code never sees json-rules-engine types.
export type {
  Amount as AmountRule,
  Comparison,
  Condition,
  Contact,
  Example,
  FactRef,
  Hulppunt,
  NormPeriod,
  OfferTexts,
  Question,
  QuestionTexts,
  Regeling,
  Reminder,
  RulesFile,
  Source,
} from './generated/rules-file.ts';

export type Outcome = 'ja' | 'misschien' | 'nee';

/** A limit known only as a range (SPEC.md §3): the condition is decided only when lo and hi agree. */
export interface Range {
  lo: number;
  hi: number;
}

/** One answer as the resident gave it; null is "weet ik niet", a missing key is "not asked yet". */
export type AnswerValue = boolean | number | string | number[] | null;
export type Answers = Record<string, AnswerValue | undefined>;

export type ConditionStatus = 'voldaan' | 'niet-voldaan' | 'onbekend';

/** Why: one leaf condition as evaluated. Money is in euro here (the engine works in cents). */
export interface Reason {
  fact: string;
  params?: Record<string, string | number | boolean>;
  operator: string;
  status: ConditionStatus;
  /** The household's value for `fact` (null when unknown). */
  value: AnswerValue | Range;
  /** What it was compared with: a literal, or the value of `limitFact`. */
  limit: AnswerValue | Range | (string | number | boolean)[];
  /** Set when the limit is itself a fact (inkomensgrens, vermogensgrens, ...). */
  limitFact?: { fact: string; params?: Record<string, string | number | boolean> };
  /** value - limit, in the fact's unit (euro for money), when both are exactly known numbers. */
  distance?: number;
  /** Name of the shared condition this leaf came from, if any. */
  condition?: string;
  /** True when the fact is money (euro): for formatting. */
  money?: boolean;
}

export interface AmountResult {
  value: number;
  per: 'jaar' | 'maand' | 'eenmalig';
  maximaal: boolean;
}

export interface OfferResult {
  outcome: Outcome;
  /** The outcome before the `maximaal` / te-controleren cap: decides whether the flow still needs answers. */
  uncapped: Outcome;
  amount: AmountResult | null;
  reasons: Reason[];
}

export interface EvaluationResult {
  date: string;
  normsOutdated: boolean;
  regelingen: Record<string, OfferResult>;
  hulppunten: Record<string, OfferResult>;
  /** The help point on top of the help points (central-help-point.ts), or null when none fits. */
  centralHelpPoint: string | null;
  /** Question ids whose askWhen condition is definitely true (or that have none). */
  askable: string[];
  /** Per question id, its askWhen condition's outcome ('ja' when it has none). */
  askWhen: Record<string, Outcome>;
}

/** A problem in a rules file, with the place in JSONPath form ($.regelingen[2].conditions.all[0].fact). */
export interface RulesProblem {
  path: string;
  message: string;
  /** For a name that is not known: the known name it most likely means ("Bedoelt u …?"). */
  suggestion?: string;
}
