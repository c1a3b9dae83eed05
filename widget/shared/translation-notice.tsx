// Under the header of every translation: the Dutch text decides when in doubt. In professional mode (staff)
// also the review status of every translation, read from meta.review in the locale files.
import { useLocaleMeta } from '../i18n/use-locale-meta.ts';
import { useWidget } from './context.ts';

export function TranslationNotice() {
  const { t, lang, mode } = useWidget();
  return (
    <>
      {lang !== 'nl' && <p class="utrecht-paragraph vw-notice vw-notice--translation">{t('language.notice')}</p>}
      {mode === 'professional' && <TranslationStatus />}
    </>
  );
}

/** "Vertalingen: nl (brontekst), en (nagekeken), ar (concept, nog niet nagekeken), …" for staff. */
export function TranslationStatus() {
  const { t } = useWidget();
  const langs = useLocaleMeta();
  if (!langs) return null;
  return (
    <p class="utrecht-paragraph vw-notice vw-notice--status vw-no-print">
      {t('language.status')}{' '}
      {langs.map(({ code: l, meta }, i) => (
        <span key={l} class={`vw-translation vw-translation--${meta.review}`}>
          <span lang={l}>{meta.nativeName}</span> ({l}, {t(`language.review.${meta.review ?? 'concept'}`)})
          {i < langs.length - 1 ? ', ' : ''}
        </span>
      ))}
    </p>
  );
}
