// Turns one evaluated condition (Reason) into a plain B1 sentence. Pure: no preact, no i18next
// instance; `t` is any (key, params) => string. Also used by the printable rules overview.
import { isRange } from '../engine/operators.ts';
import type { AnswerValue, Question, Range, Reason, RulesFile } from '../engine/types.ts';
import { formatEuro, formatList, formatNumber } from './format.ts';
import { offerTitle } from './offer-texts.ts';
import { capitalise, pickTexts } from './pick-text.ts';

export type Translate = (key: string, params?: Record<string, unknown>) => string;

export interface ReasonSentence {
  status: Reason['status'];
  text: string;
  /** For a near miss on money: "Uw netto inkomen per maand is € 43,00 hoger dan de grens." */
  distance?: string;
}

type Literal = string | number | boolean;

function findQuestion(file: RulesFile, fact: string): Question | undefined {
  return file.questions.find((q) => q.id === fact);
}

/** What the sentence is about: "uw netto inkomen per maand", from the rules file or the locale. */
export function factSubject(fact: string, params: Reason['params'], file: RulesFile, lang: string, t: Translate): string {
  const question = findQuestion(file, fact);
  if (question) {
    const texts = pickTexts(question.texts, lang).value;
    return texts?.subject ?? texts?.label ?? fact;
  }
  if (fact === 'aantal_kinderen' && params) {
    const { minLeeftijd: min, maxLeeftijd: max } = params;
    if (min !== undefined && max !== undefined) return t('reason.subject.aantal_kinderen_min_max', { min, max });
    if (max !== undefined) return t('reason.subject.aantal_kinderen_max', { max });
    if (min !== undefined) return t('reason.subject.aantal_kinderen_min', { min });
  }
  return t(`reason.subject.${fact}`, { defaultValue: fact });
}

function formatValue(value: unknown, money: boolean, lang: string, t: Translate): string {
  if (isRange(value)) {
    const f = (n: number) => (money ? formatEuro(n, lang) : formatNumber(n, lang));
    return t('reason.range', { lo: f(value.lo), hi: f(value.hi) });
  }
  if (typeof value === 'number') return money ? formatEuro(value, lang) : formatNumber(value, lang);
  if (typeof value === 'boolean') return t(value ? 'reason.yes' : 'reason.no');
  return String(value ?? '');
}

const UPPER_LIMITS = ['lessThan', 'lessThanInclusive'];
const LOWER_LIMITS = ['greaterThan', 'greaterThanInclusive'];

/**
 * A limit known only as a range, in words that fit the sentence: a condition that holds for every value in
 * the range holds for its strictest bound, one that fails for every value fails for its most lenient bound,
 * so those are the amounts to name; an undecided one names the range.
 */
function rangeText(reason: Reason, range: Range, lang: string, t: Translate, requirement: boolean): string {
  const f = (n: number) => (reason.money ? formatEuro(n, lang) : formatNumber(n, lang));
  const upper = UPPER_LIMITS.includes(reason.operator);
  if (requirement || reason.status === 'onbekend' || (!upper && !LOWER_LIMITS.includes(reason.operator))) {
    return t('reason.rangeLimit', { lo: f(range.lo), hi: f(range.hi) });
  }
  const strictest = upper ? range.lo : range.hi;
  const lenient = upper ? range.hi : range.lo;
  return f(reason.status === 'voldaan' ? strictest : lenient);
}

/** The limit as words: "€ 1.486,46 (110 % van de bijstandsnorm)"; a fact limit without a value names the fact. */
function limitText(reason: Reason, lang: string, t: Translate, requirement: boolean): string {
  const money = reason.money === true;
  const value = isRange(reason.limit)
    ? rangeText(reason, reason.limit, lang, t, requirement)
    : formatValue(reason.limit, money, lang, t);
  if (!reason.limitFact) return value;
  const params = { ...reason.limitFact.params };
  if (reason.limit === null || reason.limit === undefined) {
    return t(`reason.limitFact.${reason.limitFact.fact}_unknown`, { ...params, defaultValue: reason.limitFact.fact });
  }
  return t(`reason.limitFact.${reason.limitFact.fact}`, { ...params, value, defaultValue: value });
}

/** "van 12 jaar of jonger": the age range of a children count, if it has one. */
function childAges(reason: Reason, t: Translate): string | undefined {
  const { minLeeftijd: min, maxLeeftijd: max } = reason.params ?? {};
  if (min !== undefined && max !== undefined) return t('reason.children.ages_min_max', { min, max });
  if (max !== undefined) return t('reason.children.ages_max', { max });
  if (min !== undefined) return t('reason.children.ages_min', { min });
  return undefined;
}

/** "At least one child (of an age)": the common count check, said the way a person would. */
function childrenSentence(reason: Reason, t: Translate): string | undefined {
  if (reason.fact !== 'aantal_kinderen' || reason.operator !== 'greaterThanInclusive' || reason.limit !== 1) return undefined;
  const ages = childAges(reason, t);
  return ages ? t(`reason.children.aged.${reason.status}`, { ages }) : t(`reason.children.any.${reason.status}`);
}

function optionText(question: Question | undefined, option: Literal, lang: string): string {
  const options = pickTexts(question?.texts, lang).value?.options;
  return options?.[String(option)] ?? String(option);
}

/** Sentences for yes/no facts: the rules file's `true`/`false` text, or a locale statement. */
function booleanSentence(reason: Reason, file: RulesFile, lang: string, t: Translate): string | undefined {
  const wanted = reason.limit;
  if (typeof wanted !== 'boolean' || (reason.operator !== 'equal' && reason.operator !== 'notEqual')) return undefined;
  const target = reason.operator === 'equal' ? wanted : !wanted;
  const question = findQuestion(file, reason.fact);
  const texts = pickTexts(question?.texts, lang).value;
  if (reason.status === 'onbekend') {
    if (question) return t('reason.unknownQuestion', { label: texts?.label ?? reason.fact });
    return t(`reason.statement.${reason.fact}.unknown`, { defaultValue: '' }) || undefined;
  }
  const holds = reason.status === 'voldaan' ? target : !target;
  const fromRules = holds ? texts?.true : texts?.false;
  if (fromRules) return `${fromRules.replace(/\.$/, '')}.`;
  const key = `reason.statement.${reason.fact}.${holds}`;
  const fromLocale = t(key, { defaultValue: '' });
  return fromLocale || undefined;
}

function uitkomstSentence(reason: Reason, file: RulesFile, lang: string, t: Translate): string | undefined {
  const id = reason.params?.regeling;
  if (reason.fact !== 'uitkomst' || typeof id !== 'string') return undefined;
  const offer = [...file.regelingen, ...file.hulppunten].find((o) => o.id === id);
  const name = offer ? offerTitle(offer, lang) : id;
  return t(`reason.uitkomst.${reason.status}`, { name });
}

function choiceSentence(reason: Reason, question: Question, lang: string, t: Translate, subject: string): string {
  const wanted = Array.isArray(reason.limit) ? reason.limit : [reason.limit as Literal];
  const options = formatList(
    wanted.map((o) => optionText(question, o as Literal, lang)),
    lang,
    'disjunction',
  );
  const actual = typeof reason.value === 'string' ? optionText(question, reason.value, lang) : '';
  const negated = reason.operator === 'notEqual' || reason.operator === 'notIn';
  const key = `reason.choice.${negated ? 'not_' : ''}${reason.status}`;
  return capitalise(t(key, { subject, options, actual }));
}

/** One reason as a sentence with its status, plus a distance sentence for a money near miss. With `requirement`,
 *  a limit known only as a range is named as that range (the sentence then states what is needed). */
export function reasonSentence(reason: Reason, file: RulesFile, lang: string, t: Translate, requirement = false): ReasonSentence {
  const subject = factSubject(reason.fact, reason.params, file, lang, t);
  const question = findQuestion(file, reason.fact);
  const special =
    uitkomstSentence(reason, file, lang, t) ??
    booleanSentence(reason, file, lang, t) ??
    childrenSentence(reason, t) ??
    (question?.type === 'choice' ? choiceSentence(reason, question, lang, t, subject) : undefined);
  const text =
    special ??
    capitalise(
      t(`reason.op.${reason.operator}.${reason.status}`, {
        subject,
        limit: Array.isArray(reason.limit)
          ? formatList(
              reason.limit.map((l) => formatValue(l, reason.money === true, lang, t)),
              lang,
              'disjunction',
            )
          : limitText(reason, lang, t, requirement),
        defaultValue: `${subject}: ${reason.status}`,
      }),
    );
  return { status: reason.status, text, distance: distanceSentence(reason, subject, lang, t) };
}

function distanceSentence(reason: Reason, subject: string, lang: string, t: Translate): string | undefined {
  if (reason.status !== 'niet-voldaan' || reason.money !== true || typeof reason.distance !== 'number') return undefined;
  const d = Math.round(reason.distance * 100) / 100;
  if (d === 0) return capitalise(t('reason.distance.equal', { subject }));
  const key = d > 0 ? 'reason.distance.higher' : 'reason.distance.lower';
  return capitalise(t(key, { subject, amount: formatEuro(Math.abs(d), lang) }));
}

/** A condition told as what the regeling needs and what the household said, for the resident's results. */
export interface ConditionParts {
  status: Reason['status'];
  /** "Er woont minstens één kind bij u.": the condition as a statement that holds when it is met. */
  needed: string;
  /** "U zei: geen kinderen.", "Dat weten we nog niet.": the household's side; empty when `needed` says it. */
  said: string;
}

export function conditionParts(reason: Reason, file: RulesFile, lang: string, t: Translate): ConditionParts {
  const needed = reasonSentence({ ...reason, status: 'voldaan' }, file, lang, t, true).text;
  return { status: reason.status, needed, said: saidText(reason, file, lang, t) };
}

function saidText(reason: Reason, file: RulesFile, lang: string, t: Translate): string {
  const value = reason.value;
  if (value === null || value === undefined || isRange(value)) return t('reason.said.unknown');
  const question = findQuestion(file, reason.fact);
  if (question) {
    const answer = typeof value === 'boolean' ? t(value ? 'reason.yes' : 'reason.no') : answerText(question, value, lang, t);
    return t('reason.said.answer', { answer });
  }
  if (reason.fact === 'aantal_kinderen' && typeof value === 'number') {
    const ages = childAges(reason, t);
    return ages ? t('reason.said.childrenAged', { count: value, ages }) : t('reason.said.children', { count: value });
  }
  // A derived yes/no or outcome fact: the sentence for what holds for this household is its side; when the
  // condition is met that is the needed sentence itself, so it is not said twice.
  if (typeof value === 'boolean' || reason.fact === 'uitkomst') {
    return reason.status === 'voldaan' ? '' : reasonSentence(reason, file, lang, t).text;
  }
  return t('reason.said.value', { value: formatValue(value, reason.money === true, lang, t) });
}

/** An answer as the resident would read it back (review page, print). */
export function answerText(question: Question, value: AnswerValue | undefined, lang: string, t: Translate): string {
  if (value === undefined) return t('review.notAnswered');
  if (value === null) return t('question.unknown');
  if (typeof value === 'boolean') return t(value ? 'question.yes' : 'question.no');
  if (Array.isArray(value)) {
    return value.length === 0
      ? t('question.ages.none')
      : t('review.ages', { count: value.length, ages: formatList(value.map(String), lang) });
  }
  if (question.type === 'money' && typeof value === 'number') return formatEuro(value, lang);
  if (question.type === 'choice') return optionText(question, value, lang);
  return typeof value === 'number' ? formatNumber(value, lang) : String(value);
}
