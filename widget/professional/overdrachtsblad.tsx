// The overdrachtsblad: a printable A4 summary for the client. What to apply for first, the documents
// once, each organisation's contact, the answers used (only those the shown regelingen need), the rules
// version, peildatum and result code; with consent, the hand-off link and its QR code. Prints alone.
// The data is sheetData() (pure, tested on its own); each part of the sheet is its own component in sheet/.
import { useRef } from 'preact/hooks';
import type { CompiledRules } from '../engine/index.ts';
import type { Answers, EvaluationResult } from '../engine/types.ts';
import { useWidget } from '../shared/context.ts';
import { AnswersUsed } from './sheet/answers-used.tsx';
import { ApplyFirst } from './sheet/apply-first.tsx';
import { HandoffSection } from './sheet/handoff-section.tsx';
import { SheetActions } from './sheet/sheet-actions.tsx';
import { SheetContacts } from './sheet/sheet-contacts.tsx';
import { SheetDocuments } from './sheet/sheet-documents.tsx';
import { SheetMeta } from './sheet/sheet-meta.tsx';
import { sheetData, sheetReminders } from './sheet-data.ts';

export interface OverdrachtsbladProps {
  rules: CompiledRules;
  result: EvaluationResult;
  answers: Answers;
  date: string;
}

export function Overdrachtsblad(props: OverdrachtsbladProps) {
  const { rules, result, answers, date } = props;
  const { t, lang, headingLevel } = useWidget();
  const self = useRef<HTMLElement>(null);
  const data = sheetData(rules, result, answers, date, lang);
  const h = headingLevel + 2;
  return (
    <section class="vw-sheet" ref={self} aria-labelledby="vw-sheet-heading">
      <SheetMeta date={date} code={data.code} />
      <ApplyFirst items={data.items} level={h} />
      <SheetDocuments documents={data.documents} level={h} />
      <SheetContacts contacts={data.contacts} level={h} />
      <AnswersUsed answers={data.answers} level={h} />
      <HandoffSection rules={rules} result={result} answers={answers} date={date} level={h} />
      <p class="utrecht-paragraph vw-disclaimer">{t('results.disclaimer')}</p>
      <SheetActions sheet={self} reminders={sheetReminders(data.items, lang, t)} date={date} />
    </section>
  );
}
