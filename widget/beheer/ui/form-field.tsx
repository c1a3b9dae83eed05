// One labelled form field bound to a place in the rules file. It commits on change (leaving the field),
// shows the checker's problems for exactly that place, and links hint and errors to the field.
import { useState } from 'preact/hooks';
import { keysPath } from '../editor/json-places.ts';
import type { PlacedProblem } from '../editor/placed-problems.ts';
import type { Key } from '../form/offer-edits.ts';

export interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  keys: Key[];
  value: string;
  kind?: 'text' | 'textarea' | 'date' | 'email' | 'tel' | 'url' | 'decimal';
  problems: PlacedProblem[];
  /** Returns an error text when the typed value cannot be written, else writes it and returns null. */
  onCommit(value: string): string | null;
}

export function problemsAt(problems: PlacedProblem[], keys: Key[]): PlacedProblem[] {
  const path = keysPath(keys);
  return problems.filter((p) => p.severity === 'error' && p.path === path);
}

export function Field({ id, label, hint, keys, value, kind = 'text', problems, onCommit }: FieldProps) {
  // A typed value that could not be written stays in the field with its error, instead of jumping back.
  const [refused, setRefused] = useState<{ typed: string; error: string } | null>(null);
  const own = problemsAt(problems, keys);
  const messages = [...(refused ? [refused.error] : []), ...own.map((p) => p.message)];
  const describedBy = [hint ? `${id}-hint` : '', messages.length ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const commit = (e: Event) => {
    const typed = (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
    const error = typed === value ? null : onCommit(typed);
    setRefused(error === null ? null : { typed, error });
  };
  const common = {
    id,
    value: refused?.typed ?? value,
    onChange: commit,
    'aria-describedby': describedBy,
    'aria-invalid': messages.length ? ('true' as const) : undefined,
  };
  return (
    <div class="bh-field">
      <label for={id} class="bh-label">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} class="bh-hint">
          {hint}
        </p>
      )}
      {messages.length > 0 && (
        <p id={`${id}-error`} class="bh-error">
          {messages.join(' ')}
        </p>
      )}
      {kind === 'textarea' ? (
        <textarea {...common} rows={3} class="bh-input" />
      ) : (
        <input
          {...common}
          class="bh-input"
          type={(kind === 'decimal' ? 'text' : kind) as 'text'}
          inputMode={kind === 'decimal' ? 'decimal' : undefined}
          autoComplete="off"
        />
      )}
    </div>
  );
}
