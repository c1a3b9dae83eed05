// The results: three groups (the last collapsed), the yearly total, help points with the central one
// always first, the disclaimer, print and "Opnieuw beginnen".
import type { EvaluationResult, Outcome } from '../engine/types.ts';
import { yearlyTotal } from '../text/amounts.ts';
import { formatEuro } from '../text/format.ts';
import { Alert } from './alert.tsx';
import { useWidget } from './context.ts';
import { Heading } from './heading.tsx';
import { HelpPointCard } from './help-point-card.tsx';
import { RegelingCard } from './regeling-card.tsx';

export interface ResultsProps {
  result: EvaluationResult;
  focus: boolean;
  onRestart: () => void;
  onChangeAnswers: () => void;
}

function Group({ outcome, result }: { outcome: Outcome; result: EvaluationResult }) {
  const { t, file, headingLevel, mode } = useWidget();
  const items = file.regelingen.flatMap((regeling) => {
    const offer = result.regelingen[regeling.id];
    return offer?.outcome === outcome ? [{ regeling, offer }] : [];
  });
  const cards = items.map(({ regeling, offer }) => <RegelingCard key={regeling.id} regeling={regeling} result={offer} />);
  const heading = `${t(`results.group.${outcome}`)} (${t('results.count', { count: items.length })})`;
  if (outcome === 'nee') {
    return (
      <details class="vw-details vw-group vw-group--nee" open={mode === 'professional'}>
        <summary class="vw-details__summary">{heading}</summary>
        <p class="utrecht-paragraph">{t('results.groupIntro.nee')}</p>
        {cards}
      </details>
    );
  }
  return (
    <section class={`vw-group vw-group--${outcome}`}>
      <Heading level={headingLevel + 2}>{heading}</Heading>
      <p class="utrecht-paragraph">{items.length > 0 ? t(`results.groupIntro.${outcome}`) : t('results.none')}</p>
      {cards}
    </section>
  );
}

export function Results({ result, focus, onRestart, onChangeAnswers }: ResultsProps) {
  const { t, lang, file, headingLevel } = useWidget();
  const total = yearlyTotal(result.regelingen, 'ja');
  const maybe = yearlyTotal(result.regelingen, 'misschien');
  const central = file.hulppunten.filter((h) => h.central);
  const others = file.hulppunten.filter(
    (h) => !h.central && result.hulppunten[h.id]?.outcome !== 'nee' && result.hulppunten[h.id] !== undefined,
  );
  return (
    <section class="vw-results">
      <Heading level={headingLevel + 1} focus={focus}>
        {t('results.heading')}
      </Heading>
      {result.normsOutdated && (
        <Alert type="warning">
          <p class="utrecht-paragraph">{t('results.normsOutdated')}</p>
        </Alert>
      )}
      {total > 0 && <p class="utrecht-paragraph vw-total">{t('results.total', { amount: formatEuro(total, lang, true) })}</p>}
      {maybe > 0 && <p class="utrecht-paragraph">{t('results.totalMaybe', { amount: formatEuro(maybe, lang, true) })}</p>}
      <Group outcome="ja" result={result} />
      <Group outcome="misschien" result={result} />
      <Group outcome="nee" result={result} />
      <section class="vw-group vw-group--help">
        <Heading level={headingLevel + 2}>{t('help.heading')}</Heading>
        {central.map((h) => (
          <HelpPointCard key={h.id} hulppunt={h} central />
        ))}
        {others.length > 0 && <p class="utrecht-paragraph">{t('help.more')}</p>}
        {others.map((h) => (
          <HelpPointCard key={h.id} hulppunt={h} />
        ))}
      </section>
      <p class="utrecht-paragraph vw-disclaimer">{t('results.disclaimer')}</p>
      <div class="vw-actions vw-no-print">
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => window.print()}>
          {t('results.print')}
        </button>
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={onChangeAnswers}>
          {t('results.changeAnswers')}
        </button>
        <button
          type="button"
          class="utrecht-button utrecht-button--secondary-action"
          aria-describedby="vw-restart-hint"
          onClick={onRestart}
        >
          {t('results.restart')}
        </button>
        <p class="vw-hint" id="vw-restart-hint">
          {t('results.restartHint')}
        </p>
      </div>
    </section>
  );
}
