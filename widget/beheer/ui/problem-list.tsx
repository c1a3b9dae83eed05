// Validation problems in plain Dutch with their place in the file, and a live count for screen readers.
import type { CheckReport, RulesProblem } from '../../engine/checker.ts';

export interface ProblemListProps {
  report: CheckReport | null;
}

function countText(report: CheckReport | null): string {
  if (!report) return 'Het bestand wordt gecontroleerd.';
  const n = report.errors.length;
  const w = report.warnings.length;
  const errors = n === 0 ? 'Geen fouten gevonden.' : n === 1 ? '1 fout gevonden.' : `${n} fouten gevonden.`;
  const warnings = w === 0 ? '' : w === 1 ? ' 1 waarschuwing.' : ` ${w} waarschuwingen.`;
  return errors + warnings;
}

function Problems({ items, label, kind }: { items: RulesProblem[]; label: string; kind: 'fout' | 'waarschuwing' }) {
  if (items.length === 0) return null;
  return (
    <ul class={`bh-problems bh-problems--${kind}`} aria-label={label}>
      {items.map((p, i) => (
        <li key={i} class="bh-problem">
          <span class="bh-problem__message">{p.message}</span>{' '}
          <span class="bh-problem__place">
            Plek in het bestand: <code>{p.path}</code>
          </span>
        </li>
      ))}
    </ul>
  );
}

export function ProblemList({ report }: ProblemListProps) {
  return (
    <div>
      <p role="status" class="bh-count">
        {countText(report)}
      </p>
      {report && <Problems items={report.errors} label="Fouten" kind="fout" />}
      {report && <Problems items={report.warnings} label="Waarschuwingen" kind="waarschuwing" />}
    </div>
  );
}
