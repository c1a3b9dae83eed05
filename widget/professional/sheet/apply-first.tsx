// "Eerst aanvragen": the regelingen to apply for, in the order sheetData() chose, each with its amount, where
// to apply and how.
import { useWidget } from '../../shared/context.ts';
import { Heading } from '../../shared/heading.tsx';
import { amountText } from '../../text/amounts.ts';
import { organisationNames } from '../../text/join-names.ts';
import { offerTexts } from '../../text/offer-texts.ts';
import type { SheetItem } from '../sheet-data.ts';

export function ApplyFirst({ items, level }: { items: SheetItem[]; level: number }) {
  const { t, lang } = useWidget();
  return (
    <>
      <Heading level={level}>{t('professional.sheet.first')}</Heading>
      {items.length === 0 ? (
        <p class="utrecht-paragraph">{t('professional.sheet.noItems')}</p>
      ) : (
        <ol class="vw-list vw-sheet__items">
          {items.map(({ regeling, offer, title }) => {
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
    </>
  );
}
