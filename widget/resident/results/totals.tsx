// "Bij elkaar": the known amounts added up per outcome, per year apart from once, and the regelingen whose
// amount nobody can tell yet named, so a partial sum never reads as the whole.
import type { Regeling } from '../../engine/types.ts';
import { useWidget } from '../../shared/context.ts';
import { amountText, totalOf } from '../../text/amounts.ts';
import { formatList } from '../../text/format.ts';
import { offerTexts } from '../../text/offer-texts.ts';
import type { Offer } from './offer.ts';

/** "Tot € 9.300 per jaar" inside a sentence: "Misschien: tot € 9.300 per jaar." */
const lowerFirst = (text: string, lang: string) => text.charAt(0).toLocaleLowerCase(lang) + text.slice(1);

const NAMED = 4;

export function Totals({ ja, misschien }: { ja: Offer[]; misschien: Offer[] }) {
  const { t, lang } = useWidget();
  const lines: string[] = [];
  let monthly = false;
  for (const [outcome, offers] of [
    ['ja', ja],
    ['misschien', misschien],
  ] as const) {
    const total = totalOf(offers.map((o) => o.result.amount));
    monthly ||= total.monthly;
    const say = (cents: number, per: 'jaar' | 'eenmalig', maximaal: boolean) =>
      cents > 0 &&
      lines.push(
        t(`results.totals.${outcome}`, { amount: lowerFirst(amountText({ value: cents / 100, per, maximaal }, lang, t), lang) }),
      );
    say(total.yearCents, 'jaar', total.yearMaximum);
    say(total.onceCents, 'eenmalig', total.onceMaximum);
  }
  const unknown: Regeling[] = [...ja, ...misschien].filter((o) => !o.result.amount).map((o) => o.regeling);
  if (lines.length === 0 && unknown.length === 0) return null;
  // Up to NAMED regelingen are named; a longer list is not readable, so it is a count (their rows say "bedrag
  // onbekend").
  const named = unknown.length <= NAMED;
  const names = named
    ? formatList(
        unknown.map((r) => offerTexts(r, lang).title),
        lang,
      )
    : '';
  return (
    <div class="vw-totals">
      <p class="utrecht-paragraph vw-totals__heading">{t('results.totals.heading')}</p>
      {lines.length > 0 && (
        <ul class="vw-list vw-totals__list">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {monthly && <p class="utrecht-paragraph">{t('results.totals.monthly')}</p>}
      {unknown.length > 0 && (
        <p class="utrecht-paragraph">
          {t(`results.totals.${lines.length > 0 ? 'unknownMore' : 'unknownAll'}${named ? '' : 'Count'}`, {
            count: unknown.length,
            names,
          })}
        </p>
      )}
    </div>
  );
}
