// What the overdrachtsblad holds, as data: the regelingen to apply for in order, the documents once each,
// every organisation's contact once, and the answers the shown regelingen need. Pure, so tests read it directly.
import type { CompiledRules } from '../engine/index.ts';
import type { Answers, Contact, EvaluationResult, OfferResult, Regeling } from '../engine/types.ts';
import { perYear } from '../text/amounts.ts';
import { organisationNames } from '../text/join-names.ts';
import { offerTexts } from '../text/offer-texts.ts';
import { neededForShown } from './needed-answers.ts';
import { resultCode } from './result-code.ts';

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

export interface SheetData {
  items: SheetItem[];
  documents: string[];
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
  const seen = new Set<string>();
  const documents: string[] = [];
  for (const { regeling } of items)
    for (const d of offerTexts(regeling, lang).documents) {
      const key = d.trim().toLocaleLowerCase().replace(/\s+/g, ' ').replace(/[.]$/, '');
      if (!seen.has(key)) {
        seen.add(key);
        documents.push(d.trim());
      }
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
    documents,
    contacts: [...contacts.values()],
    answers: needed,
    code: resultCode(rules.file.version, date, needed),
  };
}
