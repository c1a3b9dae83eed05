// The papers to bring, each once, with the regelingen that ask for it (sheetData() merged them).
import { useWidget } from '../../shared/context.ts';
import { Heading } from '../../shared/heading.tsx';
import { formatList } from '../../text/format.ts';
import type { SheetDocument } from '../sheet-data.ts';

export function SheetDocuments({ documents, level }: { documents: SheetDocument[]; level: number }) {
  const { t, lang } = useWidget();
  return (
    <>
      <Heading level={level}>{t('professional.sheet.documents')}</Heading>
      {documents.length === 0 ? (
        <p class="utrecht-paragraph">{t('professional.sheet.noDocuments')}</p>
      ) : (
        <ul class="vw-list vw-sheet__documents">
          {documents.map((d) => (
            <li key={d.text}>
              {d.text}{' '}
              <span class="vw-sheet__for">{t('professional.sheet.documentFor', { regelingen: formatList(d.for, lang) })}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
