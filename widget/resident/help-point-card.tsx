// Help points in the results. The central one (Samen Doen, or the resident's own gemeente) comes first, as
// "what to do first", with its phone number as one tap to call; the others are short: their title and one
// way to reach them. A help point whose contact details are being checked (te-controleren)
// says so and gives the central help point as the fallback contact (docs/regels-ommen.md §5).
import type { Hulppunt } from '../engine/types.ts';
import { useWidget } from '../shared/context.ts';
import { ExternalLink } from '../shared/external-link.tsx';
import { Heading } from '../shared/heading.tsx';
import { offerTexts } from '../text/offer-texts.ts';
import { pickTexts } from '../text/pick-text.ts';
import { mailtoHref, safeHref, telHref } from '../text/safe-href.ts';

/** One tap to call the central help point, and when it answers. */
export function FirstStep({ hulppunt }: { hulppunt: Hulppunt }) {
  const { t, lang, headingLevel } = useWidget();
  const texts = offerTexts(hulppunt, lang);
  const { contact } = hulppunt;
  const phone = telHref(contact.phone);
  const hours = pickTexts(contact.hours, lang).value;
  return (
    <section class="vw-first" aria-labelledby="vw-first-heading" lang={texts.lang === lang ? undefined : texts.lang}>
      <Heading level={headingLevel + 2} id="vw-first-heading">
        {t('help.firstHeading')}
      </Heading>
      {phone && (
        <p class="utrecht-paragraph">
          <a class="vw-call" href={phone}>
            {t('contact.phone', { phone: contact.phone })}
          </a>
        </p>
      )}
      <p class="utrecht-paragraph">
        {/* Without a number to call (the resident's own gemeente) the rules' own text says how to reach it. */}
        <strong>{texts.title}</strong> {phone ? t('help.first') : (texts.apply ?? texts.summary)}
        {hours && ` ${t('contact.hours', { hours })}.`}
      </p>
    </section>
  );
}

/** One way to reach a help point: a phone number, else its sign-up page, website or e-mail address. */
function Reach({ hulppunt, name }: { hulppunt: Hulppunt; name: string }) {
  const { t } = useWidget();
  const { contact } = hulppunt;
  const phone = telHref(contact.phone);
  if (phone) {
    return (
      <a class="utrecht-link utrecht-link--html-a" href={phone}>
        {t('contact.phone', { phone: contact.phone })}
        <span class="vw-visually-hidden">: {name}</span>
      </a>
    );
  }
  const url = safeHref(hulppunt.applyUrl) ?? safeHref(contact.url);
  if (url) {
    return (
      <ExternalLink href={url}>
        {t('contact.site')}
        <span class="vw-visually-hidden">: {contact.name ?? name}</span>
      </ExternalLink>
    );
  }
  const email = mailtoHref(contact.email);
  return email ? (
    <a class="utrecht-link utrecht-link--html-a" href={email}>
      {t('contact.email', { email: contact.email })}
    </a>
  ) : null;
}

/** One help point as one list item: its title and one way to reach it, and the note when its contact details
 *  are being checked, with the central help point's number as the fallback. */
export function HelpPointCard({ hulppunt, fallback }: { hulppunt: Hulppunt; fallback?: Hulppunt }) {
  const { t, lang } = useWidget();
  const texts = offerTexts(hulppunt, lang);
  const checking = hulppunt.status === 'te-controleren';
  // Its own contact may be the central one already (Sam& via Samen Doen): then the number is not repeated.
  const fallbackPhone = fallback && fallback.contact.phone !== hulppunt.contact.phone && telHref(fallback.contact.phone);
  return (
    <li class="vw-help" lang={texts.lang === lang ? undefined : texts.lang} data-hulppunt={hulppunt.id}>
      <strong>{texts.title}</strong>
      <span aria-hidden="true">{' · '}</span>
      <Reach hulppunt={hulppunt} name={texts.title} />
      {checking && (
        <span class="vw-card__note">
          {' '}
          {t('help.checking')}
          {fallback && fallbackPhone && (
            <>
              {' '}
              <a class="utrecht-link utrecht-link--html-a" href={fallbackPhone}>
                {t('help.fallback', { phone: fallback.contact.phone })}
                <span class="vw-visually-hidden"> ({fallback.contact.name ?? offerTexts(fallback, lang).title})</span>
              </a>
            </>
          )}
        </span>
      )}
    </li>
  );
}
