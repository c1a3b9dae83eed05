// The overdrachtsblad's heading and what identifies it: peildatum, rules version and result code, so a
// colleague can tell which rules produced the sheet (widget/links/result-code.ts).
import { useWidget } from '../../shared/context.ts';
import { Heading } from '../../shared/heading.tsx';

/** "1 juli 2026": the peildatum as a date a client reads, in the widget's language. */
function formatDate(date: string, lang: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

export function SheetMeta({ date, code }: { date: string; code: string }) {
  const { t, lang, file, headingLevel } = useWidget();
  return (
    <>
      <Heading level={headingLevel + 1} id="vw-sheet-heading">
        {t('professional.sheet.heading', { gemeente: file.gemeente.name })}
      </Heading>
      <dl class="vw-sheet__meta">
        <dt>{t('professional.sheet.peildatum')}</dt>
        <dd>{formatDate(date, lang)}</dd>
        <dt>{t('professional.sheet.version')}</dt>
        <dd>{file.version}</dd>
        <dt>{t('professional.sheet.code')}</dt>
        <dd class="vw-sheet__code">{code}</dd>
      </dl>
      <p class="vw-hint">{t('professional.sheet.codeHint')}</p>
    </>
  );
}
