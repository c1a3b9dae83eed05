// "Waarom deze uitkomst?": each condition as what the regeling needs and what the household said, with its
// status in words and an icon (not colour only), never as a verdict on the sentence ("Klopt niet").
import type { Reason } from '../engine/types.ts';
import { useWidget } from '../shared/context.ts';
import { conditionParts } from '../text/reason-sentence.ts';

const ICONS: Record<Reason['status'], string> = { voldaan: '✓', 'niet-voldaan': '✗', onbekend: '?' };

export function ReasonList({ reasons }: { reasons: Reason[] }) {
  const { t, lang, file } = useWidget();
  if (reasons.length === 0) return null;
  return (
    <ul class="vw-list vw-reasons">
      {reasons.map((reason, i) => {
        const parts = conditionParts(reason, file, lang, t);
        return (
          <li key={i} class={`vw-reason vw-reason--${parts.status}`}>
            <span class="vw-reason__status">
              <span class="vw-reason__icon" aria-hidden="true">
                {ICONS[parts.status]}
              </span>{' '}
              {t(`reason.status.${parts.status}`)}
            </span>{' '}
            <span class="vw-reason__line">
              <span class="vw-reason__label">{t('reason.needed')}</span> <span class="vw-reason__needed">{parts.needed}</span>
            </span>{' '}
            {parts.said && <span class="vw-reason__line">{parts.said}</span>}
          </li>
        );
      })}
    </ul>
  );
}
