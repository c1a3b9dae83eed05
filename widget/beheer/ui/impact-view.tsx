// "Participatiefonds: 12 → 19 van de 139 voorbeeldhuishoudens; 7 erbij, 0 eraf": per regeling what the edit
// changes over the example households, who they are, and the euro effect per year where amounts are known.
import { type ImpactReport, type OfferTally, type OutcomeChange, summarizeImpact } from '../impact.ts';

export interface ImpactViewProps {
  report: ImpactReport | null | 'bezig';
  /** officialName per "group|id": the edited file first, the opened file for removed regelingen. */
  names: Map<string, string>;
}

/** Long lists of generated households help nobody; the examples are always shown in full. */
const MAX_SPREAD_ROWS = 60;
const EURO = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

const nameOf = (names: Map<string, string>, group: OutcomeChange['group'], id: string) => names.get(`${group}|${id}`) ?? id;

function euroLine(t: OfferTally): string | null {
  const unknown =
    t.amountUnknown === 0
      ? ''
      : ` Bij ${t.amountUnknown} ${t.amountUnknown === 1 ? 'huishouden' : 'huishoudens'} is het bedrag niet bekend; die tellen niet mee.`;
  if (t.euroPerYearCents === 0 && !unknown) return null;
  const amount = EURO.format(Math.abs(t.euroPerYearCents) / 100);
  const sum =
    t.euroPerYearCents === 0
      ? 'Samen per jaar: geen verschil in geld.'
      : `Samen per jaar ${amount} ${t.euroPerYearCents > 0 ? 'meer' : 'minder'} voor deze voorbeeldhuishoudens.`;
  return sum + unknown;
}

function OfferLine({ t, total, names }: { t: OfferTally; total: number; names: Map<string, string> }) {
  const euro = euroLine(t);
  return (
    <li class="bh-offer-impact">
      <strong>{nameOf(names, t.group, t.id)}</strong>: {t.before} → {t.after} van de {total} voorbeeldhuishoudens;{' '}
      {t.erbij.length} erbij, {t.eraf.length} eraf.
      {euro && <> {euro}</>}
      {t.erbij.length > 0 && (
        <ul aria-label={`Erbij: ${nameOf(names, t.group, t.id)}`} class="bh-names">
          {t.erbij.map((n) => (
            <li key={n}>Erbij: {n}</li>
          ))}
        </ul>
      )}
      {t.eraf.length > 0 && (
        <ul aria-label={`Eraf: ${nameOf(names, t.group, t.id)}`} class="bh-names">
          {t.eraf.map((n) => (
            <li key={n}>Eraf: {n}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

function ChangeRows({ changes, names, label }: { changes: OutcomeChange[]; names: Map<string, string>; label: string }) {
  return (
    <ul aria-label={label} class="bh-changes">
      {changes.map((c, i) => (
        <li key={i}>
          <span class="bh-change__household">{c.household.name}</span>: {nameOf(names, c.group, c.id)} van {c.from} naar {c.to}
        </li>
      ))}
    </ul>
  );
}

export function ImpactView({ report, names }: ImpactViewProps) {
  if (report === 'bezig') return <p>De gevolgen worden berekend.</p>;
  if (!report) return <p>De gevolgen verschijnen hier als u het bestand verandert en het geen fouten heeft.</p>;
  const examples = report.changes.filter((c) => c.household.kind === 'voorbeeld');
  const spread = report.changes.filter((c) => c.household.kind === 'spreiding');
  const spreadLines = summarizeImpact(report).filter((l) => l.kind === 'spreiding');
  if (report.offers.length === 0 && spread.length === 0) {
    return (
      <p>
        Geen enkele uitkomst verandert ({report.totals.voorbeeld} voorbeeldhuishoudens en {report.totals.spreiding} berekende
        huishoudens).
      </p>
    );
  }
  return (
    <div>
      {report.offers.length > 0 ? (
        <ul aria-label="Samenvatting van de gevolgen" class="bh-summary">
          {report.offers.map((t) => (
            <OfferLine key={`${t.group}|${t.id}`} t={t} total={report.totals.voorbeeld} names={names} />
          ))}
        </ul>
      ) : (
        <p>Bij de {report.totals.voorbeeld} voorbeeldhuishoudens verandert niets.</p>
      )}
      {examples.length > 0 && (
        <details>
          <summary>Alle veranderde uitkomsten van voorbeeldhuishoudens ({examples.length})</summary>
          <ChangeRows changes={examples} names={names} label="Voorbeeldhuishoudens die veranderen" />
        </details>
      )}
      {spread.length > 0 && (
        <>
          <h3>Berekende huishoudens rond de grenzen</h3>
          <ul aria-label="Gevolgen voor berekende huishoudens" class="bh-summary">
            {spreadLines.map((l) => (
              <li key={`${l.group}|${l.id}|${l.direction}`}>
                {l.count} van de {l.total} berekende huishoudens {l.direction} {nameOf(names, l.group, l.id)}
              </li>
            ))}
          </ul>
          <details>
            <summary>Berekende huishoudens die veranderen ({spread.length})</summary>
            <ChangeRows changes={spread.slice(0, MAX_SPREAD_ROWS)} names={names} label="Berekende huishoudens die veranderen" />
            {spread.length > MAX_SPREAD_ROWS && <p>En nog {spread.length - MAX_SPREAD_ROWS} andere.</p>}
          </details>
        </>
      )}
      {report.failed.length > 0 && (
        <p>
          {report.failed.length} huishoudens konden niet worden doorgerekend. Bijvoorbeeld: {report.failed[0]?.message}
        </p>
      )}
    </div>
  );
}
