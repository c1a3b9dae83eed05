// One regeling in the results: names, what it is, amount, why, what to bring, how to apply, who helps.
import type { OfferResult, Regeling } from '../engine/types.ts';
import { amountText } from '../text/amounts.ts';
import { organisationNames } from '../text/join-names.ts';
import { offerTexts } from '../text/offer-texts.ts';
import { safeHref } from '../text/safe-href.ts';
import { ContactList } from './contact-list.tsx';
import { useWidget } from './context.ts';
import { Heading } from './heading.tsx';
import { ReasonList } from './reason-list.tsx';

export function RegelingCard({ regeling, result }: { regeling: Regeling; result: OfferResult }) {
  const { t, lang, file, headingLevel } = useWidget();
  const texts = offerTexts(regeling, lang);
  const apply = safeHref(regeling.applyUrl);
  const helpers = (regeling.helpers ?? []).map((id) => file.hulppunten.find((h) => h.id === id)).filter((h) => h !== undefined);
  const showDetails = result.outcome !== 'nee';
  const organisations = organisationNames(regeling, lang);
  return (
    <article class="vw-card" lang={texts.lang === lang ? undefined : texts.lang}>
      <Heading level={headingLevel + 3} class="vw-card__heading">
        {texts.title}
      </Heading>
      {texts.title !== regeling.officialName && (
        // The official name is Dutch in every language; <bdi> keeps it whole inside right-to-left text.
        <p class="utrecht-paragraph vw-card__official" lang="nl">
          <bdi>{regeling.officialName}</bdi>
        </p>
      )}
      {texts.summary && <p class="utrecht-paragraph">{texts.summary}</p>}
      {result.amount && <p class="utrecht-paragraph vw-card__amount">{amountText(result.amount, lang, t)}</p>}
      {texts.amount && <p class="utrecht-paragraph">{texts.amount}</p>}
      {regeling.status === 'te-controleren' && <p class="utrecht-paragraph vw-card__note">{t('results.checkStatus')}</p>}
      {texts.note && <p class="utrecht-paragraph vw-card__note">{texts.note}</p>}
      <ReasonList reasons={result.reasons} />
      {showDetails && texts.documents.length > 0 && (
        <>
          <Heading level={headingLevel + 4}>{t('results.documents')}</Heading>
          <ul class="vw-list">
            {texts.documents.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </>
      )}
      {showDetails && (
        <>
          <Heading level={headingLevel + 4}>{t('results.apply')}</Heading>
          {texts.apply && <p class="utrecht-paragraph">{texts.apply}</p>}
          {apply && (
            <p class="utrecht-paragraph">
              <a class="utrecht-link utrecht-link--html-a vw-link--strong" href={apply} rel="noopener noreferrer" target="_blank">
                {t('results.applyLink', { name: organisations })}
              </a>
            </p>
          )}
          <ContactList contact={regeling.contact} name={organisations} />
          {regeling.yearly && <p class="utrecht-paragraph">{t('results.yearly')}</p>}
          {helpers.length > 0 && (
            <>
              <Heading level={headingLevel + 4}>{t('results.helpers')}</Heading>
              <ul class="vw-list">
                {helpers.map((h) => (
                  <li key={h.id}>{offerTexts(h, lang).title}</li>
                ))}
              </ul>
            </>
          )}
          <p class="utrecht-paragraph vw-card__decides">
            {t('results.decides', { organisation: organisations, count: regeling.organisations.length })}
          </p>
        </>
      )}
    </article>
  );
}
