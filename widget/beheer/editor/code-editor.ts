// The CodeMirror 6 editor of the beheer page: JSON with line numbers, folding, search (Ctrl-F), completion
// and hover texts from rules/schema.json, and lint markers at the checker's problems. Loaded lazily, only by
// the beheer page: the resident widget never imports it.
import { json, jsonLanguage } from '@codemirror/lang-json';
import { type Diagnostic, lintGutter, setDiagnostics } from '@codemirror/lint';
import { EditorSelection } from '@codemirror/state';
import { EditorView, hoverTooltip } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import { jsonCompletion, jsonSchemaHover, stateExtensions } from 'codemirror-json-schema';
import schema from '../../../rules/schema.json';
import type { PlacedProblem } from './placed-problems.ts';

export interface RulesEditor {
  view: EditorView;
  /** Replace the text with the fewest changes (a form edit keeps the cursor, scroll and undo history). */
  setText(text: string): void;
  showProblems(problems: PlacedProblem[]): void;
  /** Put the cursor at an offset, scroll it into view and focus the editor. */
  focusAt(offset: number): void;
  destroy(): void;
}

export interface RulesEditorOptions {
  doc: string;
  onChange(text: string): void;
  label: string;
  describedBy: string;
}

/** The one changed stretch between two texts: a form edit touches one place, so this is small. */
export function smallestChange(from: string, to: string): { from: number; to: number; insert: string } | null {
  if (from === to) return null;
  let start = 0;
  const max = Math.min(from.length, to.length);
  while (start < max && from.charCodeAt(start) === to.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && from.charCodeAt(from.length - 1 - end) === to.charCodeAt(to.length - 1 - end)) end++;
  return { from: start, to: from.length - end, insert: to.slice(start, to.length - end) };
}

const theme = EditorView.theme({
  '&': { blockSize: '32rem', maxBlockSize: '70vh', border: '2px solid #767676', fontSize: '0.875rem' },
  '&.cm-focused': { outline: '3px solid #1a1a1a', outlineOffset: '2px' },
  '.cm-scroller': { fontFamily: 'ui-monospace, monospace', overflow: 'auto' },
  '.cm-gutters': { backgroundColor: '#f3f3f3', color: '#4a4a4a' },
});

export function createRulesEditor(parent: HTMLElement, options: RulesEditorOptions): RulesEditor {
  let emitted = options.doc;
  const view = new EditorView({
    parent,
    doc: options.doc,
    extensions: [
      basicSetup,
      json(),
      lintGutter(),
      jsonLanguage.data.of({ autocomplete: jsonCompletion() }),
      hoverTooltip(jsonSchemaHover()),
      stateExtensions(schema as never),
      // tabindex: axe (and some screen readers) do not count a contenteditable as focusable content of the scroller.
      EditorView.contentAttributes.of({ 'aria-label': options.label, 'aria-describedby': options.describedBy, tabindex: '0' }),
      EditorView.updateListener.of((u) => {
        if (!u.docChanged) return;
        emitted = u.state.doc.toString();
        options.onChange(emitted);
      }),
      theme,
    ],
  });
  return {
    view,
    setText(text) {
      if (text === emitted) return;
      const change = smallestChange(view.state.doc.toString(), text);
      emitted = text;
      // Show where the form changed the text, without taking the focus away from the form.
      if (change)
        view.dispatch({
          changes: change,
          selection: EditorSelection.range(change.from, change.from + change.insert.length),
          effects: EditorView.scrollIntoView(change.from, { y: 'center' }),
        });
    },
    showProblems(problems) {
      const length = view.state.doc.length;
      const diagnostics: Diagnostic[] = problems.map((p) => ({
        from: Math.min(p.from, length),
        to: Math.min(Math.max(p.to, p.from), length),
        severity: p.severity,
        message: [p.message, ...p.extra].join(' '),
        actions: p.fix
          ? [
              {
                name: `Vervang door ${p.fix.name}`,
                apply: (v: EditorView, from: number, to: number) =>
                  v.dispatch({ changes: { from, to, insert: p.fix?.insert ?? '' } }),
              },
            ]
          : undefined,
      }));
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
    focusAt(offset) {
      const at = Math.min(offset, view.state.doc.length);
      view.dispatch({ selection: EditorSelection.cursor(at), effects: EditorView.scrollIntoView(at, { y: 'center' }) });
      view.focus();
    },
    destroy() {
      view.destroy();
    },
  };
}
