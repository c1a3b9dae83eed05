// What the overdrachtsblad holds, as data: the regelingen to apply for in order, each paper once with the
// regelingen that need it,
// every organisation's contact once, and the answers the shown regelingen need. Pure, so tests read it directly.
import type { CompiledRules } from '../engine/index.ts';
import type { Answers, Contact, EvaluationResult, OfferResult, Regeling } from '../engine/types.ts';
import { resultCode } from '../links/result-code.ts';
import { neededForShown } from '../shared/needed-answers.ts';
import { perYear } from '../text/amounts.ts';
import { organisationNames } from '../text/join-names.ts';
import { offerTexts } from '../text/offer-texts.ts';
import { pickTexts } from '../text/pick-text.ts';
import type { Translate } from '../text/reason-sentence.ts';
import type { Reminder } from './ics.ts';

export interface SheetItem {
  regeling: Regeling;
  offer: OfferResult;
  title: string;
}

export interface SheetContact {
  name: string;
  contact: Contact;
  /** Titles of the regelingen this organisation handles. */
  for: string[];
}

/** A paper to bring, once, with the titles of the regelingen that ask for it. */
export interface SheetDocument {
  text: string;
  for: string[];
}

export interface SheetData {
  items: SheetItem[];
  documents: SheetDocument[];
  contacts: SheetContact[];
  answers: Answers;
  code: string;
}

const RANK: Record<string, number> = { ja: 0, misschien: 1 };

/** "Ja" before "misschien"; within each, the largest known yearly amount first, then the file's order. */
function applyOrder(file: CompiledRules['file'], result: EvaluationResult, lang: string): SheetItem[] {
  return file.regelingen
    .map((regeling, index) => ({ regeling, index, offer: result.regelingen[regeling.id] as OfferResult }))
    .filter((x) => x.offer && x.offer.outcome !== 'nee')
    .sort(
      (a, b) =>
        (RANK[a.offer.outcome] ?? 2) - (RANK[b.offer.outcome] ?? 2) ||
        (b.offer.amount ? perYear(b.offer.amount) : 0) - (a.offer.amount ? perYear(a.offer.amount) : 0) ||
        a.index - b.index,
    )
    .map(({ regeling, offer }) => ({ regeling, offer, title: offerTexts(regeling, lang).title }));
}

export function sheetData(
  rules: CompiledRules,
  result: EvaluationResult,
  answers: Answers,
  date: string,
  lang: string,
): SheetData {
  const items = applyOrder(rules.file, result, lang);
  // The same paper written the same way (case, spaces, a final full stop aside) is one entry. Papers that
  // only look alike stay apart: "Uw DigiD, of het papieren formulier van GBLT" is another paper than "Uw DigiD".
  const documents = new Map<string, SheetDocument>();
  for (const { regeling, title } of items)
    for (const d of offerTexts(regeling, lang).documents) {
      const key = d.trim().toLocaleLowerCase().replace(/\s+/g, ' ').replace(/[.]$/, '');
      const entry = documents.get(key) ?? { text: d.trim(), for: [] };
      if (!entry.for.includes(title)) entry.for.push(title);
      documents.set(key, entry);
    }
  const contacts = new Map<string, SheetContact>();
  for (const { regeling, title } of items) {
    const c = regeling.contact;
    const name = c.name ?? organisationNames(regeling, lang);
    const key = [name, c.phone, c.email, c.url].join('|');
    const entry = contacts.get(key) ?? { name, contact: c, for: [] };
    entry.for.push(title);
    contacts.set(key, entry);
  }
  const needed = neededForShown(rules, result, answers);
  return {
    items,
    documents: [...documents.values()],
    contacts: [...contacts.values()],
    answers: needed,
    code: resultCode(rules.file, date, needed),
  };
}

/**
 * One calendar reminder per regeling on the sheet that has a `reminder` in the rules file: "Opnieuw
 * aanvragen" for a yearly one, else "Aanvragen"; the description is the rule's own note and where to apply.
 */
export function sheetReminders(items: SheetItem[], lang: string, t: Translate): Reminder[] {
  return items.flatMap(({ regeling, title }) => {
    if (!regeling.reminder) return [];
    const note = pickTexts(regeling.reminder.note, lang).value;
    const applyAt = t('professional.sheet.applyAt', { organisation: organisationNames(regeling, lang) });
    return {
      id: regeling.id,
      summary: t(regeling.yearly ? 'professional.ics.summary' : 'professional.ics.summaryFirst', { title }),
      description: note ? `${note} ${applyAt}` : applyAt,
      rule: regeling.reminder,
      validUntil: regeling.validUntil,
    };
  });
}
