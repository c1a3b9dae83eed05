// What "Meer uitleg" opens: what the regeling is, why this outcome, what to bring and how to apply.
// Parts carry a class each, so print keeps only the papers and the way to apply (print.css).
import type { OfferResult, Regeling } from '../../engine/types.ts';
import { ContactList } from '../../shared/contact-list.tsx';
import { useWidget } from '../../shared/context.ts';
import { Heading } from '../../shared/heading.tsx';
import { formatList } from '../../text/format.ts';
import { organisationNames } from '../../text/join-names.ts';
import type { ResolvedOfferTexts } from '../../text/offer-texts.ts';
import { offerTexts } from '../../text/offer-texts.ts';
import { ReasonList } from '../reason-list.tsx';

export function RegelingDetails({
  regeling,
  result,
  texts,
}: {
  regeling: Regeling;
  result: OfferResult;
  texts: ResolvedOfferTexts;
}) {
  const { t, lang, file, headingLevel } = useWidget();
  const applies = result.outcome !== 'nee';
  const organisation = organisationNames(regeling, lang);
  const helpers = (regeling.helpers ?? []).map((id) => file.hulppunten.find((h) => h.id === id)).filter((h) => h !== undefined);
  const sub = headingLevel + 4;
  return (
    <>
      <div class="vw-more__about">
        {texts.summary && <p class="utrecht-paragraph">{texts.summary}</p>}
        {applies && texts.amount && <p class="utrecht-paragraph">{texts.amount}</p>}
        {regeling.status === 'te-controleren' && <p class="utrecht-paragraph vw-card__note">{t('results.checkStatus')}</p>}
        {texts.note && <p class="utrecht-paragraph vw-card__note">{texts.note}</p>}
      </div>
      {result.reasons.length > 0 && (
        <div class="vw-more__why">
          <Heading level={sub}>{t('results.why')}</Heading>
          <ReasonList reasons={result.reasons} />
        </div>
      )}
      {applies && texts.documents.length > 0 && (
        <div class="vw-more__documents">
          <Heading level={sub}>{t('results.documents')}</Heading>
          <ul class="vw-list">
            {texts.documents.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </div>
      )}
      {applies && (
        <div class="vw-more__apply">
          <Heading level={sub}>{t('results.apply')}</Heading>
          {texts.apply && <p class="utrecht-paragraph">{texts.apply}</p>}
          <ContactList contact={regeling.contact} name={organisation} />
          {regeling.yearly && <p class="utrecht-paragraph">{t('results.yearly')}</p>}
          {helpers.length > 0 && (
            <p class="utrecht-paragraph">
              {t('results.helpedBy', {
                names: formatList(
                  helpers.map((h) => offerTexts(h, lang).title),
                  lang,
                ),
              })}
            </p>
          )}
          <p class="utrecht-paragraph vw-card__decides">
            {t('results.decides', { organisation, count: regeling.organisations.length })}
          </p>
        </div>
      )}
    </>
  );
}
