// The example households of the edited file: each one green (klopt) or red (klopt niet), in words too.
import type { CheckReport, RulesFile } from '../../engine/checker.ts';

export interface ExampleListProps {
  report: CheckReport | null;
  file: RulesFile | null;
}

export function ExampleList({ report, file }: ExampleListProps) {
  if (!report?.examples || !file) {
    return <p>De voorbeeldhuishoudens worden doorgerekend zodra het bestand geen fouten meer heeft.</p>;
  }
  const { total, passed, failures } = report.examples;
  return (
    <div>
      <p>
        {passed} van de {total} voorbeeldhuishoudens kloppen.
      </p>
      <ul class="bh-examples" aria-label="Voorbeeldhuishoudens">
        {file.examples.map((ex, i) => {
          const own = failures.filter((f) => f.index === i);
          const ok = own.length === 0;
          return (
            <li key={i} class={`bh-example bh-example--${ok ? 'ok' : 'fout'}`}>
              <span class="bh-badge">{ok ? 'Klopt' : 'Klopt niet'}</span> {ex.name}
              {!ok && (
                <ul>
                  {own.map((f, j) => (
                    <li key={j}>
                      {f.message} <code>{f.path}</code>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
