// The example households of the edited file: each one green (klopt) or red (klopt niet), in words too. A red
// one can take over the outcome the edited rules now give ("Nieuwe uitkomst overnemen"), one by one or all.
import type { CheckReport } from '../../engine/checker.ts';
import type { NewExpectation } from '../new-expectations.ts';

export interface ExampleListProps {
  report: CheckReport | null;
  /** Names of the example households, in file order. */
  names: string[] | null;
  expectations: NewExpectation[];
  onAccept(list: NewExpectation[]): void;
}

export function ExampleList({ report, names, expectations, onAccept }: ExampleListProps) {
  if (!report?.examples || !names) {
    return <p>De voorbeeldhuishoudens worden doorgerekend zodra het bestand geen fouten meer heeft.</p>;
  }
  const { total, passed, failures } = report.examples;
  return (
    <div>
      <p>
        {passed} van de {total} voorbeeldhuishoudens kloppen.
      </p>
      {expectations.length > 0 && (
        <p>
          Klopt een rode uitkomst omdat u de regels met opzet hebt veranderd? Neem dan de nieuwe uitkomst over. De verwachting van
          het voorbeeld wordt dan aangepast in het bestand.{' '}
          {expectations.length > 1 && (
            <button type="button" class="bh-button" onClick={() => onAccept(expectations)}>
              Nieuwe uitkomst overnemen voor alle {expectations.length} huishoudens
            </button>
          )}
        </p>
      )}
      <ul class="bh-examples" aria-label="Voorbeeldhuishoudens">
        {names.map((name, i) => {
          const own = failures.filter((f) => f.index === i);
          const ok = own.length === 0;
          const next = expectations.find((e) => e.index === i);
          return (
            <li key={i} class={`bh-example bh-example--${ok ? 'ok' : 'fout'}`}>
              <span class="bh-badge">{ok ? 'Klopt' : 'Klopt niet'}</span> {name}
              {!ok && (
                <>
                  <ul>
                    {own.map((f, j) => (
                      <li key={j}>
                        {f.message} <code>{f.path}</code>
                      </li>
                    ))}
                  </ul>
                  {next && (
                    <button
                      type="button"
                      class="bh-button"
                      aria-label={`Nieuwe uitkomst overnemen: ${name}`}
                      onClick={() => onAccept([next])}
                    >
                      Nieuwe uitkomst overnemen
                    </button>
                  )}
                </>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
