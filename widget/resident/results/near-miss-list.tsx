// "Bijna in aanmerking": regelingen missed on one money limit only, with the exact change that would alter
// it ("Als uw netto inkomen per maand € 48,67 lager is"). nearMisses() is shared with the wijkteam view.
import type { EvaluationResult } from '../../engine/types.ts';
import { useWidget } from '../../shared/context.ts';
import { Heading } from '../../shared/heading.tsx';
import { nearMisses } from '../../shared/near-miss.ts';
import { formatEuro } from '../../text/format.ts';
import { offerTexts } from '../../text/offer-texts.ts';
import { factSubject } from '../../text/reason-sentence.ts';

export function NearMissList({ result }: { result: EvaluationResult }) {
  const { t, lang, file, headingLevel } = useWidget();
  const items = nearMisses(result).flatMap((miss) => {
    const regeling = file.regelingen.find((r) => r.id === miss.id);
    return regeling ? [{ miss, regeling }] : [];
  });
  if (items.length === 0) return null;
  return (
    <section class="vw-group vw-near">
      <Heading level={headingLevel + 2}>{t('results.nearMiss.heading')}</Heading>
      <p class="utrecht-paragraph">{t('results.nearMiss.intro')}</p>
      <ul class="vw-list vw-near__list">
        {items.map(({ miss, regeling }) => {
          const texts = offerTexts(regeling, lang);
          const subject = factSubject(miss.reason.fact, miss.reason.params, file, lang, t);
          return (
            <li key={miss.id} lang={texts.lang === lang ? undefined : texts.lang}>
              <strong>{texts.title}</strong>
              {texts.title !== regeling.officialName && (
                <>
                  {' '}
                  (<bdi lang="nl">{regeling.officialName}</bdi>)
                </>
              )}
              {': '}
              {t(`results.nearMiss.${miss.direction}`, { subject, amount: formatEuro(miss.euro, lang) })}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
