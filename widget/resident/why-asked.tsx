// "Waarom vragen we dit?": the regelingen whose outcome reads this answer, straight from the rules.

import { useWidget } from '../shared/context.ts';
import { offerTexts } from '../text/offer-texts.ts';

export function WhyAsked({ questionId }: { questionId: string }) {
  const { t, lang, file, readers } = useWidget();
  const offers = [...file.regelingen, ...file.hulppunten];
  const names = (readers[questionId] ?? [])
    .map((id) => offers.find((o) => o.id === id))
    .filter((o) => o !== undefined)
    .map((o) => ({ id: o.id, ...offerTexts(o, lang) }));
  if (names.length === 0) return null;
  return (
    <details class="vw-details">
      <summary class="vw-details__summary">{t('question.why')}</summary>
      <div class="vw-details__body">
        <p class="utrecht-paragraph">{t('question.whyText')}</p>
        <ul class="vw-list">
          {names.map((n) => (
            <li key={n.id} lang={n.lang === lang ? undefined : n.lang}>
              {n.title}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
