// The raw JSON in CodeMirror, loaded on first use. The page owns the text: typing reports it up, and a
// text set by the page (form edit, new expectations, another file) goes into the editor as one change.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RulesEditor } from '../editor/code-editor.ts';
import type { PlacedProblem } from '../editor/placed-problems.ts';

export interface EditorHandle {
  focusAt(offset: number): void;
}

export interface RulesEditorViewProps {
  text: string;
  onChange(text: string): void;
  /** Problems with places in `forText`; shown only while the editor holds exactly that text. */
  problems: { forText: string; list: PlacedProblem[] } | null;
  handle: { current: EditorHandle | null };
  label: string;
  describedBy: string;
}

export function RulesEditorView({ text, onChange, problems, handle, label, describedBy }: RulesEditorViewProps) {
  const host = useRef<HTMLDivElement>(null);
  const [editor, setEditor] = useState<RulesEditor | null>(null);
  const [failed, setFailed] = useState(false);
  const change = useRef(onChange);
  change.current = onChange;

  useEffect(() => {
    let live = true;
    let made: RulesEditor | null = null;
    import('../editor/code-editor.ts')
      .then(({ createRulesEditor }) => {
        if (!live || !host.current) return;
        made = createRulesEditor(host.current, { doc: text, onChange: (t) => change.current(t), label, describedBy });
        setEditor(made);
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
      made?.destroy();
      handle.current = null;
    };
    // The editor is made once; later texts arrive through setText below.
  }, []);

  useEffect(() => {
    editor?.setText(text);
  }, [editor, text]);

  useEffect(() => {
    if (!editor) return;
    handle.current = { focusAt: (offset) => editor.focusAt(offset) };
    if (
      problems &&
      editor.view.state.doc.length === problems.forText.length &&
      editor.view.state.doc.toString() === problems.forText
    ) {
      editor.showProblems(problems.list);
    } else editor.showProblems([]);
  }, [editor, problems]);

  return (
    <div>
      {!editor && !failed && <p>De editor wordt geladen.</p>}
      {failed && (
        <p role="alert" class="bh-error">
          De editor kon niet worden geladen. Laad de pagina opnieuw.
        </p>
      )}
      <div ref={host} class="bh-editor" />
    </div>
  );
}
