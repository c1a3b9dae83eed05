// "Vertalingen: …": every interface language with its review status (meta.review in locales/<code>.json), and
// whether the opened rules file has its texts in that language. Concept translations await review.
import type { LocaleMeta } from '../../i18n/create-i18n.ts';
import { useLocaleMeta } from '../../i18n/use-locale-meta.ts';

const STATUS: Record<LocaleMeta['review'], string> = {
  source: 'brontekst',
  reviewed: 'nagekeken',
  concept: 'concept, nog niet nagekeken',
};

export function TranslationList({ languages }: { languages: string[] | null }) {
  const langs = useLocaleMeta();
  if (!langs) return null;
  return (
    <div class="bh-translations">
      <p>
        Vertalingen:{' '}
        {langs.map(({ code: l, meta }, i) => (
          <span key={l}>
            {l} ({STATUS[meta.review ?? 'concept']}){languages && !languages.includes(l) ? ', niet in dit regelbestand' : ''}
            {i < langs.length - 1 ? '; ' : '.'}
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
