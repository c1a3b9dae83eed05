// "3 van de 40 voorbeeldhuishoudens verliezen Kindregelingen": the changes the edit makes, with the
// households behind each number.
import type { RulesFile } from '../../engine/index.ts';
import { type ImpactReport, type OutcomeChange, summarizeImpact } from '../impact.ts';

export interface ImpactViewProps {
  report: ImpactReport | null | 'bezig';
  /** Names for ids: the edited file first, the opened file for removed regelingen. */
  files: RulesFile[];
}

const KIND_WORD = { voorbeeld: 'voorbeeldhuishoudens', spreiding: 'berekende huishoudens' } as const;
/** Long lists of generated households help nobody; the examples are always shown in full. */
const MAX_SPREAD_ROWS = 60;

function nameOf(files: RulesFile[], group: OutcomeChange['group'], id: string): string {
  for (const f of files) {
    const offer = (f[group] as { id: string; officialName: string }[]).find((o) => o.id === id);
    if (offer) return offer.officialName;
  }
  return id;
}

function ChangeRows({ changes, files, label }: { changes: OutcomeChange[]; files: RulesFile[]; label: string }) {
  return (
    <ul aria-label={label} class="bh-changes">
      {changes.map((c, i) => (
        <li key={i}>
          <span class="bh-change__household">{c.household.name}</span>: {nameOf(files, c.group, c.id)} van {c.from} naar {c.to}
        </li>
      ))}
    </ul>
  );
}

export function ImpactView({ report, files }: ImpactViewProps) {
  if (report === 'bezig') return <p>De gevolgen worden berekend.</p>;
  if (!report) return <p>De gevolgen verschijnen hier als u het bestand verandert en het geen fouten heeft.</p>;
  const lines = summarizeImpact(report);
  const examples = report.changes.filter((c) => c.household.kind === 'voorbeeld');
  const spread = report.changes.filter((c) => c.household.kind === 'spreiding');
  return (
    <div>
      {lines.length === 0 ? (
        <p>
          Geen enkele uitkomst verandert ({report.totals.voorbeeld} voorbeeldhuishoudens en {report.totals.spreiding} berekende
          huishoudens).
        </p>
      ) : (
        <ul aria-label="Samenvatting van de gevolgen" class="bh-summary">
          {lines.map((l) => (
            <li key={`${l.kind}|${l.group}|${l.id}|${l.direction}`}>
              {l.count} van de {l.total} {KIND_WORD[l.kind]} {l.direction} {nameOf(files, l.group, l.id)}
            </li>
          ))}
        </ul>
      )}
      {examples.length > 0 && (
        <>
          <h3>Voorbeeldhuishoudens die veranderen</h3>
          <ChangeRows changes={examples} files={files} label="Voorbeeldhuishoudens die veranderen" />
        </>
      )}
      {spread.length > 0 && (
        <details>
          <summary>Berekende huishoudens die veranderen ({spread.length})</summary>
          <ChangeRows changes={spread.slice(0, MAX_SPREAD_ROWS)} files={files} label="Berekende huishoudens die veranderen" />
          {spread.length > MAX_SPREAD_ROWS && <p>En nog {spread.length - MAX_SPREAD_ROWS} andere.</p>}
        </details>
      )}
      {report.failed.length > 0 && (
        <p>
          {report.failed.length} huishoudens konden niet worden doorgerekend. Bijvoorbeeld: {report.failed[0]?.message}
        </p>
      )}
    </div>
  );
}
