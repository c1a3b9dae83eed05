// The overdrachtsblad: a printable A4 summary for the client. What to apply for first, the documents
// once, each organisation's contact, the answers used (only those the shown regelingen need), the rules
// version, peildatum and result code; with consent, the hand-off link and its QR code. Prints alone.
import { useRef, useState } from 'preact/hooks';
import type { CompiledRules } from '../engine/index.ts';
import type { Answers, EvaluationResult } from '../engine/types.ts';
import { useResultLink } from '../links/use-result-link.ts';
import { ContactList } from '../shared/contact-list.tsx';
import { useWidget } from '../shared/context.ts';
import { Heading } from '../shared/heading.tsx';
import { amountText } from '../text/amounts.ts';
import { downloadTextFile } from '../text/download-file.ts';
import { formatList } from '../text/format.ts';
import { organisationNames } from '../text/join-names.ts';
import { offerTexts } from '../text/offer-texts.ts';
import { answerText } from '../text/reason-sentence.ts';
import { buildIcs } from './ics.ts';
import { printSheet } from './print-host.ts';
import { QrCode } from './qr-code.tsx';
import { sheetData, sheetReminders } from './sheet-data.ts';

export interface OverdrachtsbladProps {
  rules: CompiledRules;
  result: EvaluationResult;
  answers: Answers;
  date: string;
}

function formatDate(date: string, lang: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

export function Overdrachtsblad(props: OverdrachtsbladProps) {
  const { rules, result, answers, date } = props;
  const { t, lang, file, headingLevel } = useWidget();
  const [consent, setConsent] = useState(false);
  const [copied, setCopied] = useState(false);
  const self = useRef<HTMLElement>(null);
  const data = sheetData(rules, result, answers, date, lang);
  const link = useResultLink(rules, result, answers, date, consent);
  const gemeente = file.gemeente.name;
  const central = file.hulppunten.filter((h) => h.central);
  const h = headingLevel + 2;

  const reminders = sheetReminders(data.items, lang, t);

  return (
    <section class="vw-sheet" ref={self} aria-labelledby="vw-sheet-heading">
      <Heading level={headingLevel + 1} id="vw-sheet-heading">
        {t('professional.sheet.heading', { gemeente })}
      </Heading>
      <dl class="vw-sheet__meta">
        <dt>{t('professional.sheet.peildatum')}</dt>
        <dd>{formatDate(date, lang)}</dd>
        <dt>{t('professional.sheet.version')}</dt>
        <dd>{file.version}</dd>
        <dt>{t('professional.sheet.code')}</dt>
        <dd class="vw-sheet__code">{data.code}</dd>
      </dl>
      <p class="vw-hint">{t('professional.sheet.codeHint')}</p>

      <Heading level={h}>{t('professional.sheet.first')}</Heading>
      {data.items.length === 0 ? (
        <p class="utrecht-paragraph">{t('professional.sheet.noItems')}</p>
      ) : (
        <ol class="vw-list vw-sheet__items">
          {data.items.map(({ regeling, offer, title }) => {
            const texts = offerTexts(regeling, lang);
            return (
              <li key={regeling.id} data-regeling={regeling.id}>
                <strong>{title}</strong> ({t(`professional.outcome.${offer.outcome}`)})
                {offer.amount && `: ${amountText(offer.amount, lang, t)}`}.{' '}
                {t('professional.sheet.applyAt', { organisation: organisationNames(regeling, lang) })}
                {texts.apply && ` ${texts.apply}`}
                {regeling.yearly && ` ${t('results.yearly')}`}
              </li>
            );
          })}
        </ol>
      )}

      <Heading level={h}>{t('professional.sheet.documents')}</Heading>
      {data.documents.length === 0 ? (
        <p class="utrecht-paragraph">{t('professional.sheet.noDocuments')}</p>
      ) : (
        <ul class="vw-list vw-sheet__documents">
          {data.documents.map((d) => (
            <li key={d.text}>
              {d.text}{' '}
              <span class="vw-sheet__for">{t('professional.sheet.documentFor', { regelingen: formatList(d.for, lang) })}</span>
            </li>
          ))}
        </ul>
      )}

      <Heading level={h}>{t('professional.sheet.contacts')}</Heading>
      <div class="vw-sheet__contacts">
        {[
          ...data.contacts,
          ...central.map((c) => ({ name: c.contact.name ?? c.officialName, contact: c.contact, for: [] as string[] })),
        ]
          .filter((c, i, all) => all.findIndex((x) => x.name === c.name && x.contact.phone === c.contact.phone) === i)
          .map((c) => (
            <div key={c.name} class="vw-sheet__contact">
              <p class="utrecht-paragraph">
                <strong>{c.name}</strong>
                {c.for.length > 0 && ` (${formatList(c.for, lang)})`}
              </p>
              <ContactList contact={c.contact} name={c.name} />
            </div>
          ))}
      </div>

      <Heading level={h}>{t('professional.sheet.answers')}</Heading>
      <p class="vw-hint">{t('professional.sheet.answersHint')}</p>
      <ul class="vw-list vw-sheet__answers">
        {file.questions
          .filter((q) => data.answers[q.id] !== undefined)
          .map((q) => (
            <li key={q.id}>
              {(q.texts[lang] ?? q.texts.nl)?.label ?? q.id}: {answerText(q, data.answers[q.id], lang, t)}
            </li>
          ))}
      </ul>

      <div class="vw-sheet__handoff">
        <div class="utrecht-form-field utrecht-form-field--checkbox vw-no-print">
          <input
            class="utrecht-form-field__input utrecht-checkbox utrecht-checkbox--html-input"
            type="checkbox"
            id="vw-professional-consent"
            checked={consent}
            onChange={(e) => setConsent((e.currentTarget as HTMLInputElement).checked)}
          />
          <label class="utrecht-form-field__label utrecht-form-label utrecht-form-label--checkbox" for="vw-professional-consent">
            {t('professional.handoff.consent')}
          </label>
        </div>
        {link && (
          <>
            <Heading level={h}>{t('professional.handoff.heading')}</Heading>
            <p class="utrecht-paragraph">{t('professional.handoff.explain')}</p>
            <QrCode text={link} label={t('professional.handoff.qrLabel')} />
            <div class="utrecht-form-field utrecht-form-field--text vw-no-print">
              <div class="utrecht-form-field__label">
                <label class="utrecht-form-label" for="vw-professional-link">
                  {t('professional.handoff.linkLabel')}
                </label>
              </div>
              <div class="utrecht-form-field__input">
                <input
                  class="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--url vw-professional-link"
                  id="vw-professional-link"
                  type="text"
                  readOnly
                  value={link}
                />
              </div>
            </div>
            <div class="vw-actions vw-no-print">
              <button
                type="button"
                class="utrecht-button utrecht-button--secondary-action"
                onClick={() =>
                  navigator.clipboard
                    ?.writeText(link)
                    .then(() => setCopied(true))
                    .catch(() => setCopied(false))
                }
              >
                {t('professional.handoff.copy')}
              </button>
              <span role="status">{copied ? t('professional.handoff.copied') : ''}</span>
            </div>
          </>
        )}
      </div>

      <p class="utrecht-paragraph vw-disclaimer">{t('results.disclaimer')}</p>
      <div class="vw-actions vw-no-print">
        <button
          type="button"
          class="utrecht-button utrecht-button--primary-action"
          onClick={() => self.current && printSheet(self.current)}
        >
          {t('professional.sheet.print')}
        </button>
        {reminders.length > 0 && (
          <button
            type="button"
            class="utrecht-button utrecht-button--secondary-action"
            onClick={() => downloadTextFile('herinnering-regelingen.ics', buildIcs(reminders, date), 'text/calendar')}
          >
            {t('professional.ics.button', { count: reminders.length })}
          </button>
        )}
      </div>
    </section>
  );
}
