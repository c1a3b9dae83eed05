// The results beside the questions, recomputed on every change: near misses first, then every regeling
// (ja, misschien, nee) with all its conditions, then the help points.
import { useState } from 'preact/hooks';
import type { EvaluationResult, OfferResult, Outcome, Regeling } from '../engine/types.ts';
import { Alert } from '../shared/alert.tsx';
import { useWidget } from '../shared/context.ts';
import { Heading } from '../shared/heading.tsx';
import { nearMisses } from '../shared/near-miss.ts';
import { amountText, yearlyTotal } from '../text/amounts.ts';
import { formatEuro } from '../text/format.ts';
import { offerTexts } from '../text/offer-texts.ts';
import { reasonSentence } from '../text/reason-sentence.ts';
import { ConditionTable, changeText } from './condition-table.tsx';
import { FirstOf } from './first-of.tsx';
import { Keep } from './keep.tsx';

const OUTCOMES: Outcome[] = ['ja', 'misschien', 'nee'];

/**
 * Up to this many regelingen every condition table is open. A bigger rules file starts with them closed, and a
 * closed table is not rendered: 1000 regelingen are some 9000 rows, seconds of work on every keystroke.
 */
export const OPEN_TABLES_UP_TO = 40;

function ProCard({ regeling, offer, open: openAtStart }: { regeling: Regeling; offer: OfferResult; open: boolean }) {
  const { t, lang, headingLevel } = useWidget();
  const [open, setOpen] = useState(openAtStart);
  const title = offerTexts(regeling, lang).title;
  return (
    <article class="vw-card vw-professional-card" data-regeling={regeling.id}>
      <Heading level={headingLevel + 3} class="vw-card__heading">
        {title}
      </Heading>
      <p class="utrecht-paragraph">
        <span class="vw-badge">{t(`professional.outcome.${offer.outcome}`)}</span>
        {offer.amount && ` ${amountText(offer.amount, lang, t)}`}
        {regeling.status === 'te-controleren' && ` ${t('professional.results.checkStatus')}`}
      </p>
      <details class="vw-details vw-professional-conditions" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary class="vw-details__summary">{t('professional.conditions.summary', { count: offer.reasons.length })}</summary>
        {open && <ConditionTable reasons={offer.reasons} caption={t('professional.conditions.caption', { title })} />}
      </details>
    </article>
  );
}

export function LiveResults({ result, evaluation }: { result: EvaluationResult; evaluation: number }) {
  const { t, lang, file, headingLevel } = useWidget();
  const count = (o: Outcome) => file.regelingen.filter((r) => result.regelingen[r.id]?.outcome === o).length;
  const byId = new Map(file.regelingen.map((r) => [r.id, r]));
  const near = nearMisses(result);
  const total = yearlyTotal(result.regelingen, 'ja');
  return (
    <section class="vw-professional-results" data-vw-evaluation={evaluation} aria-labelledby="vw-professional-results-heading">
      <Heading level={headingLevel + 1} id="vw-professional-results-heading">
        {t('professional.results.heading')}
      </Heading>
      <p class="utrecht-paragraph vw-professional-results__summary" role="status">
        {t('professional.results.summary', { ja: count('ja'), misschien: count('misschien'), nee: count('nee') })}
      </p>
      {total > 0 && <p class="utrecht-paragraph">{t('professional.results.total', { amount: formatEuro(total, lang, true) })}</p>}
      {result.normsOutdated && (
        <Alert type="warning">
          <p class="utrecht-paragraph">{t('results.normsOutdated')}</p>
        </Alert>
      )}
      {near.length > 0 && (
        <section class="vw-professional-near">
          <Heading level={headingLevel + 2}>{t('professional.results.near')}</Heading>
          <FirstOf
            items={near}
            list
            render={(miss) => {
              const r = byId.get(miss.id);
              if (!r) return null;
              return (
                <li key={miss.id}>
                  <strong>{offerTexts(r, lang).title}</strong>: {reasonSentence(miss.reason, file, lang, t).text}{' '}
                  {t('professional.results.needed', { change: changeText(miss.reason, lang, t) })}
                </li>
              );
            }}
          />
        </section>
      )}
      {OUTCOMES.map((outcome) => (
        <section key={outcome} class={`vw-professional-outcome vw-group--${outcome}`}>
          <Heading level={headingLevel + 2}>{`${t(`professional.outcome.${outcome}`)} (${count(outcome)})`}</Heading>
          <FirstOf
            items={file.regelingen.filter((r) => result.regelingen[r.id]?.outcome === outcome)}
            render={(r) => {
              const offer = result.regelingen[r.id] as OfferResult;
              // A card renders again only when its result changed (or the language).
              return (
                <Keep
                  key={r.id}
                  deps={[JSON.stringify(offer), t, lang, file]}
                  render={() => <ProCard regeling={r} offer={offer} open={file.regelingen.length <= OPEN_TABLES_UP_TO} />}
                />
              );
            }}
          />
        </section>
      ))}
      <section class="vw-professional-outcome">
        <Heading level={headingLevel + 2}>{t('help.heading')}</Heading>
        <ul class="vw-list">
          {file.hulppunten.map((h) => (
            <li key={h.id}>
              {offerTexts(h, lang).title}: {t(`professional.outcome.${result.hulppunten[h.id]?.outcome ?? 'misschien'}`)}
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}
