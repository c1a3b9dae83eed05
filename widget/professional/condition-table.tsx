// Every condition of one regeling in a table: the condition as a sentence, its status in words, the
// household's value, the limit, the exact distance to the limit, and what would need to change.
import { isRange } from '../engine/operators.ts';
import type { Reason } from '../engine/types.ts';
import { useWidget } from '../shared/context.ts';
import { neededChange } from '../shared/near-miss.ts';
import { formatEuro, formatList, formatNumber } from '../text/format.ts';
import { reasonSentence, type Translate } from '../text/reason-sentence.ts';
import { Keep } from './keep.tsx';

/** A value or limit as text; unknown is said in words. */
export function valueText(value: unknown, money: boolean, lang: string, t: Translate): string {
  const num = (n: number) => (money ? formatEuro(n, lang) : formatNumber(n, lang));
  if (value === null || value === undefined) return t('professional.conditions.unknownValue');
  if (isRange(value)) return t('reason.range', { lo: num(value.lo), hi: num(value.hi) });
  if (typeof value === 'number') return num(value);
  if (typeof value === 'boolean') return t(value ? 'reason.yes' : 'reason.no');
  if (Array.isArray(value)) return value.length === 0 ? t('professional.conditions.none') : formatList(value.map(String), lang);
  return String(value);
}

/** "€ 43,01 lager" for a money limit, else a plain instruction ("1 kind meer" or "38 jaar ouder" helps nobody). */
export function changeText(reason: Reason, lang: string, t: Translate): string {
  if (reason.status === 'voldaan') return '';
  if (reason.status === 'onbekend') return t('professional.change.unknown');
  const change = neededChange(reason);
  if (!change) return t('professional.change.other');
  return t(`professional.change.${change.direction}`, { amount: formatEuro(change.euro, lang) });
}

/** The exact distance to the limit, for numbers: "€ 186,46 onder de grens". */
export function distanceText(reason: Reason, lang: string, t: Translate): string {
  if (typeof reason.distance !== 'number') return '';
  const d = Math.round(reason.distance * 100) / 100;
  if (d === 0) return t('professional.distance.equal');
  const amount = reason.money ? formatEuro(Math.abs(d), lang) : formatNumber(Math.abs(d), lang);
  return t(d < 0 ? 'professional.distance.below' : 'professional.distance.above', { amount });
}

/** "Waarde:", but "Klopt het?" as it is. */
const lead = (label: string) => (/[?:]$/.test(label) ? label : `${label}:`);

export function ConditionTable({ reasons, caption }: { reasons: Reason[]; caption: string }) {
  const { t, lang, file } = useWidget();
  if (reasons.length === 0) return <p class="utrecht-paragraph">{t('professional.conditions.noConditions')}</p>;
  const label = {
    condition: t('professional.conditions.condition'),
    status: t('professional.conditions.status'),
    value: t('professional.conditions.value'),
    limit: t('professional.conditions.limit'),
    distance: t('professional.conditions.distance'),
    change: t('professional.conditions.change'),
  };
  return (
    <div class="vw-professional-table">
      <table class="vw-table">
        <caption class="vw-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {Object.values(label).map((text) => (
              <th key={text} scope="col">
                {text}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {reasons.map((reason, i) => (
            // A row renders again only when its reason changed: a keystroke in the income changes few rows.
            <Keep
              key={i}
              deps={[JSON.stringify(reason), t, lang, file]}
              render={() => {
                const money = reason.money === true;
                // data-label: on a narrow screen the rows stack and each cell starts with its column name.
                return (
                  <tr class={`vw-reason--${reason.status}`}>
                    <td data-label={lead(label.condition)}>{reasonSentence(reason, file, lang, t).text}</td>
                    <td data-label={lead(label.status)}>
                      <span class="vw-badge">{t(`results.status.${reason.status}`)}</span>
                    </td>
                    <td class="vw-table__num vw-table__nowrap" data-label={lead(label.value)}>
                      {valueText(reason.value, money, lang, t)}
                    </td>
                    <td class="vw-table__num vw-table__nowrap" data-label={lead(label.limit)}>
                      {valueText(reason.limit, money, lang, t)}
                    </td>
                    <td class="vw-table__num" data-label={lead(label.distance)}>
                      {distanceText(reason, lang, t)}
                    </td>
                    <td class="vw-table__num" data-label={lead(label.change)}>
                      {changeText(reason, lang, t)}
                    </td>
                  </tr>
                );
              }}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
