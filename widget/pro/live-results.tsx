// The results beside the questions, recomputed on every change: near misses first, then every regeling
// (ja, misschien, nee) with all its conditions, then the help points.
import type { EvaluationResult, Outcome } from '../engine/types.ts';
import { amountText, yearlyTotal } from '../text/amounts.ts';
import { formatEuro } from '../text/format.ts';
import { offerTexts } from '../text/offer-texts.ts';
import { reasonSentence } from '../text/reason-sentence.ts';
import { Alert } from '../ui/alert.tsx';
import { useWidget } from '../ui/context.ts';
import { Heading } from '../ui/heading.tsx';
import { ConditionTable, changeText } from './condition-table.tsx';
import { isNearMiss } from './near-miss.ts';

const OUTCOMES: Outcome[] = ['ja', 'misschien', 'nee'];

export function LiveResults({ result, evaluation }: { result: EvaluationResult; evaluation: number }) {
  const { t, lang, file, headingLevel } = useWidget();
  const count = (o: Outcome) => file.regelingen.filter((r) => result.regelingen[r.id]?.outcome === o).length;
  const near = file.regelingen.filter((r) => {
    const offer = result.regelingen[r.id];
    return offer !== undefined && isNearMiss(offer);
  });
  const total = yearlyTotal(result.regelingen, 'ja');
  return (
    <section class="vw-pro-results" data-vw-evaluation={evaluation} aria-labelledby="vw-pro-results-heading">
      <Heading level={headingLevel + 1} id="vw-pro-results-heading">
        {t('pro.results.heading')}
      </Heading>
      <p class="utrecht-paragraph vw-pro-results__summary" role="status">
        {t('pro.results.summary', { ja: count('ja'), misschien: count('misschien'), nee: count('nee') })}
      </p>
      {total > 0 && <p class="utrecht-paragraph">{t('pro.results.total', { amount: formatEuro(total, lang, true) })}</p>}
      {result.normsOutdated && (
        <Alert type="warning">
          <p class="utrecht-paragraph">{t('results.normsOutdated')}</p>
        </Alert>
      )}
      {near.length > 0 && (
        <section class="vw-pro-near">
          <Heading level={headingLevel + 2}>{t('pro.results.near')}</Heading>
          <ul class="vw-list">
            {near.map((r) => {
              const reason = result.regelingen[r.id]?.reasons.find((x) => x.status === 'niet-voldaan');
              if (!reason) return null;
              return (
                <li key={r.id}>
                  <strong>{offerTexts(r, lang).title}</strong>: {reasonSentence(reason, file, lang, t).text}{' '}
                  {t('pro.results.needed', { change: changeText(reason, lang, t) })}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {OUTCOMES.map((outcome) => (
        <section key={outcome} class={`vw-pro-outcome vw-group--${outcome}`}>
          <Heading level={headingLevel + 2}>{`${t(`pro.outcome.${outcome}`)} (${count(outcome)})`}</Heading>
          {file.regelingen
            .filter((r) => result.regelingen[r.id]?.outcome === outcome)
            .map((r) => {
              const offer = result.regelingen[r.id];
              if (!offer) return null;
              const title = offerTexts(r, lang).title;
              return (
                <article key={r.id} class="vw-card vw-pro-card" data-regeling={r.id}>
                  <Heading level={headingLevel + 3} class="vw-card__heading">
                    {title}
                  </Heading>
                  <p class="utrecht-paragraph">
                    <span class="vw-badge">{t(`pro.outcome.${outcome}`)}</span>
                    {offer.amount && ` ${amountText(offer.amount, lang, t)}`}
                    {r.status === 'te-controleren' && ` ${t('pro.results.checkStatus')}`}
                  </p>
                  <ConditionTable reasons={offer.reasons} caption={t('pro.conditions.caption', { title })} />
                </article>
              );
            })}
        </section>
      ))}
      <section class="vw-pro-outcome">
        <Heading level={headingLevel + 2}>{t('help.heading')}</Heading>
        <ul class="vw-list">
          {file.hulppunten.map((h) => (
            <li key={h.id}>
              {offerTexts(h, lang).title}: {t(`pro.outcome.${result.hulppunten[h.id]?.outcome ?? 'misschien'}`)}
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}
