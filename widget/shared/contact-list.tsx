// How to reach an organisation. Every link goes through safeHref (https:, tel:, mailto: only).
import type { Contact } from '../engine/types.ts';
import { pickTexts } from '../text/pick-text.ts';
import { mailtoHref, safeHref, telHref } from '../text/safe-href.ts';
import { useWidget } from './context.ts';
import { ExternalLink } from './external-link.tsx';

export function ContactList({ contact, name }: { contact: Contact; name: string }) {
  const { t, lang } = useWidget();
  const phone = telHref(contact.phone);
  const email = mailtoHref(contact.email);
  const url = safeHref(contact.url);
  const hours = pickTexts(contact.hours, lang).value;
  return (
    <ul class="vw-list vw-contact">
      {contact.phone && (
        <li>
          {phone ? (
            <a class="utrecht-link utrecht-link--html-a" href={phone}>
              {t('contact.phone', { phone: contact.phone })}
            </a>
          ) : (
            t('contact.phone', { phone: contact.phone })
          )}
        </li>
      )}
      {email && (
        <li>
          <a class="utrecht-link utrecht-link--html-a" href={email}>
            {t('contact.email', { email: contact.email })}
          </a>
        </li>
      )}
      {url && (
        <li>
          <ExternalLink href={url}>{t('contact.website', { name: contact.name ?? name })}</ExternalLink>
        </li>
      )}
      {contact.address && <li>{t('contact.address', { address: contact.address })}</li>}
      {hours && <li>{t('contact.hours', { hours })}</li>}
    </ul>
  );
}
