// Under the header of every translation: the Dutch text decides when in doubt. In professional mode (staff)
// also the review status of every translation, read from meta.review in the locale files.
import { useEffect, useState } from 'preact/hooks';
import { type LocaleMeta, loadLocaleMeta } from '../i18n/create-i18n.ts';
import { LANGUAGE_CODES } from '../i18n/languages.ts';
import { useWidget } from './context.ts';

export function TranslationNotice() {
  const { t, lang, mode } = useWidget();
  return (
    <>
      {lang !== 'nl' && <p class="vw-notice vw-notice--translation">{t('language.notice')}</p>}
      {mode === 'professional' && <TranslationStatus />}
    </>
  );
}

/** "Vertalingen: nl (brontekst), en (nagekeken), ar (concept, nog niet nagekeken), …" for staff. */
export function TranslationStatus() {
  const { t } = useWidget();
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
    <p class="vw-notice vw-notice--status vw-no-print">
      {t('language.status')}{' '}
      {codes.map((l, i) => (
        <span key={l} class={`vw-translation vw-translation--${meta[l]?.review}`}>
          <span lang={l}>{meta[l]?.nativeName}</span> ({l}, {t(`language.review.${meta[l]?.review ?? 'concept'}`)})
          {i < codes.length - 1 ? ', ' : ''}
        </span>
      ))}
    </p>
  );
}
