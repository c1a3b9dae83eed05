// The checker's problems in plain Dutch with their line and column; a click puts the cursor there. A live
// count for screen readers, and a calm message when the check was stopped because it took too long.
import type { Heaviest } from '../check/complexity.ts';
import { lineColumn, parseForPlaces, placeOfPath } from '../editor/json-places.ts';
import type { PlacedProblem } from '../editor/placed-problems.ts';
import type { CheckState } from './use-check.ts';

export interface ProblemListProps {
  state: CheckState | null;
  /** Null while the check of the current text is still running. */
  problems: PlacedProblem[] | null;
  onJump(offset: number): void;
  /** Apply a "Bedoelt u …?" fix to the text. */
  onFix(fix: NonNullable<PlacedProblem['fix']>): void;
}

function countText(problems: PlacedProblem[] | null): string {
  if (!problems) return 'Het bestand wordt gecontroleerd.';
  const n = problems.filter((p) => p.severity === 'error').length;
  const w = problems.length - n;
  const errors = n === 0 ? 'Geen fouten gevonden.' : n === 1 ? '1 fout gevonden.' : `${n} fouten gevonden.`;
  const warnings = w === 0 ? '' : w === 1 ? ' 1 waarschuwing.' : ` ${w} waarschuwingen.`;
  return errors + warnings;
}

interface ProblemsProps {
  items: PlacedProblem[];
  label: string;
  kind: 'fout' | 'waarschuwing';
  onJump(o: number): void;
  onFix: ProblemListProps['onFix'];
}

function Problems({ items, label, kind, onJump, onFix }: ProblemsProps) {
  if (items.length === 0) return null;
  return (
    <ul class={`bh-problems bh-problems--${kind}`} aria-label={label}>
      {items.map((p, i) => (
        <li key={i} class="bh-problem">
          <span class="bh-problem__message">{p.message}</span>
          {p.extra.map((x, j) => (
            <span key={j} class="bh-problem__extra">
              {' '}
              {x}
            </span>
          ))}{' '}
          <button type="button" class="bh-link-button" onClick={() => onJump(p.from)}>
            Naar regel {p.line}, kolom {p.column}
          </button>
          {p.fix && (
            <>
              {' '}
              <button type="button" class="bh-button bh-button--small" onClick={() => p.fix && onFix(p.fix)}>
                Vervang door {p.fix.name}
              </button>
            </>
          )}
          {p.path && (
            <>
              {' '}
              <code class="bh-problem__place">{p.path}</code>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Below this many parts a condition is ordinary: naming it would send staff looking in the wrong place. */
const HEAVY = 1000;

function sizeWords(n: number): string {
  return n >= 1e6 ? 'meer dan een miljoen' : n.toLocaleString('nl-NL');
}

function TooLong({ state, onJump }: { state: CheckState; onJump(o: number): void }) {
  const timeout = state.timeout;
  if (!timeout) return null;
  const root = parseForPlaces(state.text);
  const heaviest: (Heaviest & { from: number; line: number })[] = timeout.heaviest
    .filter((h) => h.size >= HEAVY)
    .map((h) => {
      const from = placeOfPath(root, h.path)?.from ?? 0;
      return { ...h, from, line: lineColumn(state.text, from).line };
    });
  return (
    <div role="alert" class="bh-error">
      <p>
        {timeout.step === 'controle'
          ? 'De controle duurde te lang; het bestand is te ingewikkeld. Er is niets veranderd aan uw tekst.'
          : 'De controle is klaar, maar het doorrekenen van de gevolgen duurde te lang; het bestand is te ingewikkeld.'}
      </p>
      {heaviest.length > 0 && (
        <>
          <p>De voorwaarden met het meeste rekenwerk (gedeelde voorwaarden meegeteld waar ze gebruikt worden):</p>
          <ul>
            {heaviest.map((h) => (
              <li key={h.path}>
                <code>{h.path}</code>: {sizeWords(h.size)} onderdelen.{' '}
                <button type="button" class="bh-link-button" onClick={() => onJump(h.from)}>
                  Naar regel {h.line}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

export function ProblemList({ state, problems, onJump, onFix }: ProblemListProps) {
  return (
    <div>
      <p role="status" class="bh-count">
        {state?.timeout?.step === 'controle' ? 'De controle is gestopt.' : countText(problems)}
      </p>
      {state && <TooLong state={state} onJump={onJump} />}
      {state?.failed && (
        <p role="alert" class="bh-error">
          De controle is onverwacht gestopt: {state.failed}
        </p>
      )}
      {problems && (
        <Problems
          items={problems.filter((p) => p.severity === 'error')}
          label="Fouten"
          kind="fout"
          onJump={onJump}
          onFix={onFix}
        />
      )}
      {problems && (
        <Problems
          items={problems.filter((p) => p.severity === 'warning')}
          label="Waarschuwingen"
          kind="waarschuwing"
          onJump={onJump}
          onFix={onFix}
        />
      )}
    </div>
  );
}
