// The overview page around OverviewView: title, file choice and a print button.
import type { RulesProblem } from '../../engine/index.ts';
import type { RulesSource } from '../bundled-sources.ts';
import type { Overview } from '../overview.ts';
import { OverviewView } from './overview-view.tsx';

export interface OverviewPageProps {
  sources: RulesSource[];
  current: string;
  overview: Overview | null;
  problems: RulesProblem[];
}

export function OverviewPage({ sources, current, overview, problems }: OverviewPageProps) {
  return (
    <main class="ov-page">
      <h1>Overzicht van de regelingen{overview ? ` van ${overview.gemeente}` : ''}</h1>
      <form class="ov-no-print" method="get">
        <label for="ov-bestand">Regelbestand</label>{' '}
        <select id="ov-bestand" name="bestand" value={current}>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>{' '}
        <button type="submit">Toon</button>{' '}
        <button type="button" onClick={() => window.print()}>
          Afdrukken
        </button>{' '}
        <a href="beheer.html">Naar regels beheren</a>
      </form>
      {overview ? (
        <OverviewView overview={overview} />
      ) : (
        <>
          <p role="alert">Dit regelbestand heeft fouten. Er is geen overzicht.</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>
                {p.message} <code>{p.path}</code>
              </li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
