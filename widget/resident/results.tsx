// The results, overview first: what to do first (the central help point, one tap to call), one compact row per
// regeling the household probably or maybe gets, the known amounts added up honestly, the help points that fit.
// Then the near misses, the regelingen that do not apply (collapsed), the disclaimer and the actions.
// Details open per regeling on demand (regeling-card.tsx). Print: a dated one- or two-page summary (print.css).
import type { ComponentChildren } from 'preact';
import { centralHelpPoint } from '../engine/central-help-point.ts';
import type { EvaluationResult } from '../engine/types.ts';
import { Alert } from '../shared/alert.tsx';
import { useWidget } from '../shared/context.ts';
import { Heading } from '../shared/heading.tsx';
import { FirstStep, HelpPointCard } from './help-point-card.tsx';
import { RegelingCard } from './regeling-card.tsx';
import { NearMissList } from './results/near-miss-list.tsx';
import { forResidentsOnly, type Offer, offersWith } from './results/offer.ts';
import { PrintContacts } from './results/print-contacts.tsx';
import { PrintHeader } from './results/print-header.tsx';
import { Totals } from './results/totals.tsx';

export interface ResultsProps {
  result: EvaluationResult;
  focus: boolean;
  onRestart: () => void;
  onChangeAnswers: () => void;
  /** The "Bewaar uw uitkomst" control (flowlinks), shown under the results, above the buttons. */
  keep?: ComponentChildren;
}

function Group({ outcome, offers }: { outcome: 'ja' | 'misschien'; offers: Offer[] }) {
  const { t, headingLevel } = useWidget();
  if (offers.length === 0) return null;
  return (
    <section class={`vw-group vw-group--${outcome}`}>
      <Heading level={headingLevel + 2}>
        {t(`results.group.${outcome}`)} ({t('results.count', { count: offers.length })})
      </Heading>
      {outcome === 'misschien' && <p class="utrecht-paragraph vw-group__intro">{t('results.groupIntro.misschien')}</p>}
      {offers.map(({ regeling, result }) => (
        <RegelingCard key={regeling.id} regeling={regeling} result={result} />
      ))}
    </section>
  );
}

export function Results({ result, focus, onRestart, onChangeAnswers, keep }: ResultsProps) {
  const { t, file, mode, headingLevel } = useWidget();
  const ja = offersWith(file, result, 'ja');
  const misschien = offersWith(file, result, 'misschien');
  const nee = offersWith(file, result, 'nee');
  // A household outside the gemeente sees only what it can get: the gemeente's own regelingen are named once.
  const nonResident = nee.some(forResidentsOnly);
  const notApplicable = nee.filter((o) => !forResidentsOnly(o));
  const top = centralHelpPoint(file, result) ?? undefined;
  const helpPoints = file.hulppunten.filter((h) => h !== top && (result.hulppunten[h.id]?.outcome ?? 'nee') !== 'nee');
  return (
    <section class="vw-results">
      <Heading level={headingLevel + 1} focus={focus}>
        {t('results.heading')}
      </Heading>
      <PrintHeader />
      {result.normsOutdated && (
        <Alert type="warning">
          <p class="utrecht-paragraph">{t('results.normsOutdated')}</p>
        </Alert>
      )}
      <div class="vw-overview">
        {top && <FirstStep hulppunt={top} />}
        {nonResident && (
          <p class="utrecht-paragraph vw-non-resident">{t('results.nonResident', { gemeente: file.gemeente.name })}</p>
        )}
        {ja.length + misschien.length === 0 && <p class="utrecht-paragraph">{t('results.nothing')}</p>}
        <Group outcome="ja" offers={ja} />
        <Group outcome="misschien" offers={misschien} />
        {helpPoints.length > 0 && (
          <section class="vw-group vw-group--help">
            <Heading level={headingLevel + 2}>{t('help.heading')}</Heading>
            <ul class="vw-list vw-help-list">
              {helpPoints.map((h) => (
                <HelpPointCard key={h.id} hulppunt={h} fallback={top} />
              ))}
            </ul>
          </section>
        )}
      </div>
      <Totals ja={ja} misschien={misschien} />
      <PrintContacts
        contacts={[...(top ? [top] : []), ...ja, ...misschien].map((o) => ('contact' in o ? o.contact : o.regeling.contact))}
      />
      <NearMissList result={result} />
      {notApplicable.length > 0 && (
        <details class="vw-details vw-group vw-group--nee vw-no-print" open={mode === 'professional'}>
          <summary class="vw-details__summary">
            {t('results.group.nee')} ({t('results.count', { count: notApplicable.length })})
          </summary>
          <p class="utrecht-paragraph">{t('results.groupIntro.nee')}</p>
          {notApplicable.map(({ regeling, result: r }) => (
            <RegelingCard key={regeling.id} regeling={regeling} result={r} />
          ))}
        </details>
      )}
      <p class="utrecht-paragraph vw-disclaimer">{t('results.disclaimer')}</p>
      {keep}
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
