// "Vertalingen: …": every interface language with its review status (meta.review in locales/<code>.json), and
// whether the opened rules file has its texts in that language. Concept translations await review.
import { useEffect, useState } from 'preact/hooks';
import { type LocaleMeta, loadLocaleMeta } from '../../i18n/create-i18n.ts';
import { LANGUAGE_CODES } from '../../i18n/languages.ts';

const STATUS: Record<LocaleMeta['review'], string> = {
  source: 'brontekst',
  reviewed: 'nagekeken',
  concept: 'concept, nog niet nagekeken',
};

export function TranslationList({ languages }: { languages: string[] | null }) {
  const [meta, setMeta] = useState<Record<string, LocaleMeta> | null>(null);
  useEffect(() => {
    let live = true;
    loadLocaleMeta()
      .then((m) => live && setMeta(m))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, []);
  if (!meta) return null;
  const codes = LANGUAGE_CODES.filter((l) => meta[l]);
  return (
    <div class="bh-translations">
      <p>
        Vertalingen:{' '}
        {codes.map((l, i) => (
          <span key={l}>
            {l} ({STATUS[meta[l]?.review ?? 'concept']})
            {languages && !languages.includes(l) ? ', niet in dit regelbestand' : ''}
            {i < codes.length - 1 ? '; ' : '.'}
          </span>
        ))}
      </p>
      <p class="bh-hint">
        Een conceptvertaling is nog niet door een vertaler nagekeken. Bij twijfel geldt altijd de Nederlandse tekst; de widget
        zegt dat in elke vertaling.
      </p>
    </div>
  );
}
