// One regeling as a compact row: plain title and official name, what it is worth, one thing to do. The title
// opens the details (what it is and its amount text, why, what to bring, how to apply) on demand.
// A button with aria-expanded rather than <details>: print shows the papers and the way to apply of every
// regeling to apply for, also when its details are closed on screen (print.css).
import { useState } from 'preact/hooks';
import type { OfferResult, Regeling } from '../engine/types.ts';
import { useWidget } from '../shared/context.ts';
import { ExternalLink } from '../shared/external-link.tsx';
import { Heading } from '../shared/heading.tsx';
import { amountText } from '../text/amounts.ts';
import { offerTexts } from '../text/offer-texts.ts';
import { mailtoHref, safeHref, telHref } from '../text/safe-href.ts';
import { RegelingDetails } from './results/regeling-details.tsx';

/** The one thing to do: apply online, else call, else mail, else the organisation's website. */
function Action({ regeling, title }: { regeling: Regeling; title: string }) {
  const { t } = useWidget();
  const hidden = <span class="vw-visually-hidden">: {title}</span>;
  const apply = safeHref(regeling.applyUrl);
  if (apply) {
    return (
      <ExternalLink href={apply} class="vw-link--strong">
        {t('results.applyShort')}
        {hidden}
      </ExternalLink>
    );
  }
  const phone = telHref(regeling.contact.phone);
  if (phone) {
    return (
      <a class="utrecht-link utrecht-link--html-a vw-link--strong" href={phone}>
        {t('contact.phone', { phone: regeling.contact.phone })}
        {hidden}
      </a>
    );
  }
  const email = mailtoHref(regeling.contact.email);
  if (email) {
    return (
      <a class="utrecht-link utrecht-link--html-a vw-link--strong" href={email}>
        {t('contact.email', { email: regeling.contact.email })}
      </a>
    );
  }
  const url = safeHref(regeling.contact.url);
  return url ? (
    <ExternalLink href={url} class="vw-link--strong">
      {t('contact.website', { name: regeling.contact.name ?? title })}
    </ExternalLink>
  ) : null;
}

export function RegelingCard({ regeling, result }: { regeling: Regeling; result: OfferResult }) {
  const { t, lang, headingLevel } = useWidget();
  const [open, setOpen] = useState(false);
  const texts = offerTexts(regeling, lang);
  const applies = result.outcome !== 'nee';
  const panelId = `vw-more-${regeling.id}`;
  const official = texts.title !== regeling.officialName;
  return (
    <article
      class={`vw-card vw-offer vw-offer--${result.outcome}`}
      lang={texts.lang === lang ? undefined : texts.lang}
      data-regeling={regeling.id}
    >
      {/* The title opens the details (the accordion pattern: a button inside the heading keeps both roles). */}
      <Heading level={headingLevel + 3} class="vw-card__heading">
        <button
          type="button"
          class="vw-offer__toggle"
          aria-expanded={open ? 'true' : 'false'}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          <span class="vw-offer__title">{texts.title}</span>
          {official && (
            // The official name is Dutch in every language; <bdi> keeps it whole inside right-to-left text.
            <span class="vw-offer__official">
              {' ('}
              <span class="vw-card__official" lang="nl">
                <bdi>{regeling.officialName}</bdi>
              </span>
              {')'}
            </span>
          )}
          <span class="vw-offer__icon" aria-hidden="true" />
        </button>
      </Heading>
      {applies && (
        <p class="utrecht-paragraph vw-offer__facts">
          {result.amount ? (
            <span class="vw-card__amount">{amountText(result.amount, lang, t)}</span>
          ) : (
            <span class="vw-card__official">{t('results.amountUnknown')}</span>
          )}
          <span aria-hidden="true">{' · '}</span>
          <Action regeling={regeling} title={texts.title} />
        </p>
      )}
      <div id={panelId} class="vw-more" hidden={!open}>
        <RegelingDetails regeling={regeling} result={result} texts={texts} />
      </div>
    </article>
  );
}
