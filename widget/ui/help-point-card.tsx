// One help point (Samen Doen, voedselbank, ...): what it is and how to reach it.
import type { Hulppunt } from '../engine/types.ts';
import { offerTexts } from '../text/offer-texts.ts';
import { ContactList } from './contact-list.tsx';
import { useWidget } from './context.ts';
import { Heading } from './heading.tsx';

export function HelpPointCard({ hulppunt, central = false }: { hulppunt: Hulppunt; central?: boolean }) {
  const { t, lang, headingLevel } = useWidget();
  const texts = offerTexts(hulppunt, lang);
  return (
    <article
      class={`vw-card vw-card--help${central ? ' vw-card--central' : ''}`}
      lang={texts.lang === lang ? undefined : texts.lang}
    >
      <Heading level={headingLevel + 3} class="vw-card__heading">
        {texts.title}
      </Heading>
      {central && <p class="utrecht-paragraph">{t('help.central', { name: texts.title })}</p>}
      {texts.summary && <p class="utrecht-paragraph">{texts.summary}</p>}
      <ContactList contact={hulppunt.contact} name={texts.title} />
    </article>
  );
}
