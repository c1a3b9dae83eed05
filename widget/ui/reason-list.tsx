// "Waarom deze uitkomst?": each condition as a sentence with its status in words (not colour only).
import type { Reason } from '../engine/types.ts';
import { reasonSentence } from '../text/reason-sentence.ts';
import { useWidget } from './context.ts';

export function ReasonList({ reasons }: { reasons: Reason[] }) {
  const { t, lang, file, mode } = useWidget();
  if (reasons.length === 0) return null;
  return (
    <details class="vw-details" open={mode === 'professional'}>
      <summary class="vw-details__summary">{t('results.why')}</summary>
      <ul class="vw-list vw-reasons">
        {reasons.map((reason, i) => {
          const sentence = reasonSentence(reason, file, lang, t);
          return (
            <li key={i} class={`vw-reason vw-reason--${sentence.status}`}>
              <span class="vw-badge">{t(`results.status.${sentence.status}`)}</span> {sentence.text}
              {sentence.distance && <span class="vw-reason__distance"> {sentence.distance}</span>}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
