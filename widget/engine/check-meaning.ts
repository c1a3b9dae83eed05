// Meaning checks a JSON Schema cannot express: unique ids, references that resolve, facts that exist,
// texts in every declared language, norm periods in order, amounts to the cent.

import { bidiProblems } from './check-bidi.ts';
import { type ConditionScope, checkComparison, checkCondition } from './check-conditions.ts';
import { inheritedNameProblems } from './check-names.ts';
import { factTypesOf } from './compiled-rules.ts';
import { conditionGraphProblems } from './condition-graph.ts';
import { prop } from './json-path.ts';
import { isWholeCents } from './money.ts';
import { isCalendarDate } from './peildatum.ts';
import { suggesting } from './suggest.ts';
import type { Question, Reminder, RulesFile, RulesProblem } from './types.ts';

function duplicates(ids: string[], path: (i: number) => string, what: string): RulesProblem[] {
  return ids.flatMap((id, i) =>
    ids.indexOf(id) !== i ? [{ path: path(i), message: `${what} "${id}" komt twee keer voor` }] : [],
  );
}

function checkDates(file: RulesFile, out: RulesProblem[]) {
  const dates: [string, string][] = [
    ['$.validFrom', file.validFrom],
    ['$.validUntil', file.validUntil],
    ['$.norms.validUntil', file.norms.validUntil],
    ...file.norms.periods.map((p, i): [string, string] => [`$.norms.periods[${i}].from`, p.from]),
  ];
  for (const [path, d] of dates) if (!isCalendarDate(d)) out.push({ path, message: `"${d}" is geen bestaande datum` });
  file.norms.periods.forEach((p, i) => {
    const prev = file.norms.periods[i - 1];
    if (prev && p.from <= prev.from)
      out.push({ path: `$.norms.periods[${i}].from`, message: 'normperioden moeten op datum oplopen' });
    if (!isWholeCents(p.jongerenverhoging))
      out.push({ path: `$.norms.periods[${i}].jongerenverhoging`, message: 'bedrag met meer dan 2 decimalen' });
    for (const [group, values] of Object.entries({ bijstandsnormen: p.bijstandsnormen, vermogensgrenzen: p.vermogensgrenzen })) {
      for (const [k, v] of Object.entries(values)) {
        if (!isWholeCents(v as number))
          out.push({ path: `$.norms.periods[${i}].${group}.${k}`, message: 'bedrag met meer dan 2 decimalen' });
      }
    }
    if (!Number.isInteger(Math.round(p.holidayAllowancePercent * 1e6) / 1e5)) {
      out.push({ path: `$.norms.periods[${i}].holidayAllowancePercent`, message: 'hoogstens 1 decimaal' });
    }
  });
  const last = file.norms.periods.at(-1);
  if (last && file.norms.validUntil < last.from)
    out.push({ path: '$.norms.validUntil', message: 'ligt voor het begin van de laatste normperiode' });
}

function checkQuestionTexts(q: Question, i: number, languages: string[], out: RulesProblem[]) {
  for (const lang of languages) {
    const t = q.texts[lang];
    const path = `$.questions[${i}].texts`;
    if (!t) {
      out.push({ path, message: `tekst in taal "${lang}" ontbreekt` });
      continue;
    }
    if (q.type === 'boolean' && (!t.true || !t.false))
      out.push({ path: `${path}.${lang}`, message: 'een ja/nee-vraag heeft de zinnen "true" en "false" nodig (voor de uitleg)' });
    if (q.type !== 'boolean' && !t.subject)
      out.push({ path: `${path}.${lang}`, message: '"subject" ontbreekt (voor de uitleg: "uw netto inkomen per maand")' });
    for (const option of q.options ?? []) {
      if (!t.options?.[option])
        out.push({ path: `${path}.${lang}.options`, message: `tekst voor antwoord "${option}" ontbreekt` });
    }
  }
}

function checkQuestions(file: RulesFile, scope: ConditionScope, out: RulesProblem[]) {
  file.questions.forEach((q, i) => {
    const path = `$.questions[${i}]`;
    if (q.type === 'choice' && !q.options) out.push({ path, message: 'een keuzevraag heeft "options" nodig' });
    if (q.type !== 'choice' && q.options) out.push({ path: `${path}.options`, message: 'alleen een keuzevraag heeft "options"' });
    if (q.min !== undefined && q.max !== undefined && q.min > q.max)
      out.push({ path: `${path}.min`, message: 'min is groter dan max' });
    if (q.askWhen) checkCondition(q.askWhen, `${path}.askWhen`, scope, out);
    checkQuestionTexts(q, i, file.languages, out);
  });
}

// A reminder on 29 February would come only once in four years, so only days every year has are accepted.
function checkReminder(reminder: Reminder, path: string, languages: string[], out: RulesProblem[]) {
  if ('monthDay' in reminder && !isCalendarDate(`2025-${reminder.monthDay}`))
    out.push({ path: `${path}.monthDay`, message: `"${reminder.monthDay}" is geen dag die elk jaar bestaat` });
  for (const lang of languages)
    if (reminder.note && !reminder.note[lang]) out.push({ path: `${path}.note`, message: `tekst in taal "${lang}" ontbreekt` });
}

function checkOffers(file: RulesFile, types: ConditionScope['types'], out: RulesProblem[]) {
  const hulppuntIds = new Set(file.hulppunten.map((h) => h.id));
  const groups = [
    ['regelingen', file.regelingen, false],
    ['hulppunten', file.hulppunten, true],
  ] as const;
  for (const [key, offers, allowOutcome] of groups) {
    const scope = { file, types, allowOutcome };
    offers.forEach((o, i) => {
      const path = `$.${key}[${i}]`;
      checkCondition(o.conditions, `${path}.conditions`, scope, out);
      for (const lang of file.languages)
        if (!o.texts[lang]) out.push({ path: `${path}.texts`, message: `tekst in taal "${lang}" ontbreekt` });
      (o.helpers ?? []).forEach((h, j) => {
        if (!hulppuntIds.has(h))
          out.push(suggesting({ path: `${path}.helpers[${j}]`, message: `onbekend hulppunt "${h}"` }, h, hulppuntIds));
      });
      if ('reminder' in o && o.reminder) checkReminder(o.reminder, `${path}.reminder`, file.languages, out);
      if ('amount' in o && o.amount) {
        o.amount.terms.forEach((term, t) => {
          const tp = `${path}.amount.terms[${t}]`;
          if (!isWholeCents(term.euro)) out.push({ path: `${tp}.euro`, message: 'bedrag met meer dan 2 decimalen' });
          if (term.when) checkComparison(term.when, `${tp}.when`, scope, out);
          if (term.times) {
            const type = types.get(term.times.fact);
            const fact = term.times.fact;
            if (!type) out.push(suggesting({ path: `${tp}.times.fact`, message: `onbekend feit "${fact}"` }, fact, types.keys()));
            else if (type !== 'integer' && type !== 'boolean')
              out.push({ path: `${tp}.times.fact`, message: `"${term.times.fact}" is geen aantal` });
          }
        });
      }
    });
  }
  if (file.hulppunten.filter((h) => h.central).length > 1)
    out.push({ path: '$.hulppunten', message: 'hoogstens één hulppunt mag "central" zijn' });
  const central = file.hulppunten.find((h) => h.central);
  file.hulppunten.forEach((h, i) => {
    if (h.fallbackFor !== undefined && h.fallbackFor !== central?.id)
      out.push({
        path: `$.hulppunten[${i}].fallbackFor`,
        message: `"${h.fallbackFor}" is niet het centrale hulppunt${central ? ` (dat is "${central.id}")` : ''}`,
      });
  });
}

/** Every meaning problem of a schema-valid rules file. */
export function meaningProblems(file: RulesFile): RulesProblem[] {
  const out: RulesProblem[] = [];
  const types = factTypesOf(file);
  out.push(...inheritedNameProblems(file), ...bidiProblems(file));
  if (!file.languages.includes('nl')) out.push({ path: '$.languages', message: 'Nederlands ("nl") is verplicht' });
  out.push(
    ...duplicates(
      file.questions.map((q) => q.id),
      (i) => `$.questions[${i}].id`,
      'vraag',
    ),
  );
  const offerIds = [...file.regelingen.map((r) => r.id), ...file.hulppunten.map((h) => h.id)];
  out.push(
    ...duplicates(
      offerIds,
      (i) => (i < file.regelingen.length ? `$.regelingen[${i}].id` : `$.hulppunten[${i - file.regelingen.length}].id`),
      'id',
    ),
  );
  for (const q of file.questions) {
    if (types.get(q.id) !== q.type)
      out.push({ path: '$.questions', message: `vraag-id "${q.id}" is de naam van een afgeleid feit; kies een andere naam` });
  }
  checkDates(file, out);
  const scope: ConditionScope = { file, types, allowOutcome: false };
  for (const [name, c] of Object.entries(file.conditions ?? {})) checkCondition(c, prop('$.conditions', name), scope, out);
  out.push(...conditionGraphProblems(file));
  checkQuestions(file, scope, out);
  checkOffers(file, types, out);
  return out;
}
