// The beheer page: open a rules file, edit it in a form or as JSON, and see problems, examples, impact and
// the live widget. Everything runs in this browser; the only request is loading a bundled rules file.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { todayInAmsterdam } from '../../engine/checker.ts';
import type { WidgetMode } from '../../options.ts';
import type { RulesSource } from '../bundled-sources.ts';
import { type CheckRunner, workerRunner } from '../check/check-runner.ts';
import { placeProblems } from '../editor/placed-problems.ts';
import { editJson, type Json } from '../form/json-edit.ts';
import type { NewExpectation } from '../new-expectations.ts';
import { DownloadPanel } from './download-panel.tsx';
import { ExampleList } from './example-list.tsx';
import { ImpactView } from './impact-view.tsx';
import { LiveWidget } from './live-widget.tsx';
import { OfferForm } from './offer-form.tsx';
import { OpenFile } from './open-file.tsx';
import { ProblemList } from './problem-list.tsx';
import { type EditorHandle, RulesEditorView } from './rules-editor-view.tsx';
import { TranslationList } from './translation-list.tsx';
import { useCheck } from './use-check.ts';

export interface BeheerPageProps {
  sources: RulesSource[];
  /** YYYY-MM-DD; tests fix it so freshness warnings and dates do not depend on the day. */
  today?: string;
  /** Milliseconds after the last key stroke before checking. */
  delay?: number;
  /** Off in unit tests: the live widget is covered by the browser test. */
  showWidget?: boolean;
  /** Where checks run: a worker with a time limit; tests pass one that runs in the page. */
  runner?: CheckRunner;
}

interface Opened {
  fileName: string;
  sourceId: string | null;
  text: string;
}

interface Parsed {
  names: string[];
  languages: string[] | null;
  offerNames: Map<string, string>;
}

function parsedOf(...texts: string[]): Parsed | null {
  const offerNames = new Map<string, string>();
  let names: string[] | null = null;
  let languages: string[] | null = null;
  for (const text of texts) {
    try {
      const f = JSON.parse(text) as Record<string, { id?: string; officialName?: string; name?: string }[] | undefined>;
      names ??= (f.examples ?? []).map((e) => String(e.name));
      languages ??= Array.isArray(f.languages) ? f.languages.map(String) : null;
      for (const g of ['regelingen', 'hulppunten']) {
        for (const o of f[g] ?? [])
          if (!offerNames.has(`${g}|${o.id}`)) offerNames.set(`${g}|${o.id}`, String(o.officialName ?? o.id));
      }
    } catch {
      // an unparsable text has no names; the other text may still have them
    }
  }
  return names ? { names, languages, offerNames } : null;
}

export function BeheerPage({ sources, today = todayInAmsterdam(), delay = 400, showWidget = true, runner }: BeheerPageProps) {
  const [opened, setOpened] = useState<Opened | null>(null);
  const [text, setText] = useState('');
  const [mode, setMode] = useState<WidgetMode>('resident');
  const [ownRunner] = useState<CheckRunner>(() => runner ?? workerRunner());
  useEffect(() => () => ownRunner.dispose(), [ownRunner]);
  const editor = useRef<EditorHandle | null>(null);
  const open = (next: Opened) => {
    setOpened(next);
    setText(next.text);
  };
  useEffect(() => {
    const first = sources[0];
    if (first) void first.load().then((t) => open({ fileName: first.fileName, sourceId: first.id, text: t }));
  }, [sources]);

  const changed = opened !== null && text !== opened.text;
  const state = useCheck(text, opened?.text ?? null, today, delay, ownRunner);
  const current = state && state.text === text ? state : null;
  const problems = useMemo(
    () => (current?.report ? { forText: current.text, list: placeProblems(current.text, current.report) } : null),
    [current?.report, current?.text],
  );
  // Names, languages and the form read the text as it was when typing paused: parsing 300 kB on every
  // key stroke would make typing slow. Edits always apply to the latest text.
  const settled = state?.text ?? opened?.text ?? '';
  const parsed = useMemo(() => parsedOf(settled, opened?.text ?? ''), [settled, opened?.text]);
  const compiles = current?.report?.examples != null;
  const jump = (offset: number) => editor.current?.focusAt(offset);
  // The fix was placed in the checked text; apply it only while the editor still holds that text.
  const fix = (f: { from: number; to: number; insert: string }) =>
    setText((t) => (current && t === current.text ? t.slice(0, f.from) + f.insert + t.slice(f.to) : t));
  const edit = (change: (file: Record<string, Json>) => void) => setText((t) => editJson(t, change) ?? t);
  const accept = (list: NewExpectation[]) =>
    edit((file) => {
      const examples = file.examples as { expect: Json }[];
      for (const e of list) {
        const ex = examples[e.index];
        if (ex) ex.expect = e.expect as Json;
      }
    });

  return (
    <main class="bh">
      <h1>Regels beheren</h1>
      <p>
        Hier past u het regelbestand aan en ziet u meteen wat er verandert. Alles gebeurt in uw browser: er wordt niets verstuurd.
        Klaar? Download uw versie en stuur die naar de beheerder van de website.
      </p>

      <section aria-labelledby="bh-open">
        <h2 id="bh-open">1. Bestand openen</h2>
        <OpenFile sources={sources} changed={changed} onOpen={open} />
        {opened && (
          <p>
            Geopend: <strong>{opened.fileName}</strong>
            {changed ? ' (aangepast)' : ''}.{' '}
            {opened.sourceId && <a href={`overzicht.html?bestand=${opened.sourceId}`}>Leesbaar overzicht van dit bestand</a>}
          </p>
        )}
        {opened && <TranslationList languages={parsed?.languages ?? null} />}
      </section>

      <section aria-labelledby="bh-edit">
        <h2 id="bh-edit">2. Bewerken</h2>
        <div class="bh-edit">
          <div class="bh-edit__form">
            <h3>Met het formulier</h3>
            {opened && <OfferForm text={settled} edit={edit} problems={problems?.list ?? []} today={today} />}
          </div>
          <div class="bh-edit__json">
            <h3 id="bh-text-label">Het regelbestand (JSON)</h3>
            <p id="bh-text-hint" class="bh-hint">
              Bedragen met een punt: 1486.46. Datums als JJJJ-MM-DD. Zoeken: Ctrl-F. Aanvullen: Ctrl-spatie. De uitleg staat in
              rules/README.md.
            </p>
            {opened && (
              <RulesEditorView
                text={text}
                onChange={setText}
                problems={problems}
                handle={editor}
                label="Het regelbestand (JSON)"
                describedBy="bh-text-hint"
              />
            )}
          </div>
        </div>
      </section>

      <section aria-labelledby="bh-check">
        <h2 id="bh-check">3. Controle</h2>
        <ProblemList state={current} problems={problems?.list ?? null} onJump={jump} onFix={fix} />
      </section>

      <section aria-labelledby="bh-examples">
        <h2 id="bh-examples">4. Voorbeeldhuishoudens</h2>
        <ExampleList
          report={current?.report ?? null}
          names={parsed?.names ?? null}
          expectations={current?.expectations ?? []}
          onAccept={accept}
        />
      </section>

      <section aria-labelledby="bh-impact">
        <h2 id="bh-impact">5. Gevolgen van uw wijziging</h2>
        <p>
          We rekenen alle voorbeeldhuishoudens en een reeks berekende huishoudens door met het geopende bestand en met uw versie.
        </p>
        <ImpactView report={changed ? (current?.impact ?? 'bezig') : null} names={parsed?.offerNames ?? new Map()} />
      </section>

      <section aria-labelledby="bh-widget">
        <h2 id="bh-widget">6. De wijzer met uw versie</h2>
        <label class="bh-check">
          <input
            type="checkbox"
            checked={mode === 'professional'}
            onChange={(e) => setMode((e.currentTarget as HTMLInputElement).checked ? 'professional' : 'resident')}
          />{' '}
          Toon alle regelingen met hun redenen (weergave voor medewerkers)
        </label>
        {showWidget && <LiveWidget text={compiles && current ? current.text : null} mode={mode} />}
      </section>

      <section aria-labelledby="bh-download">
        <h2 id="bh-download">7. Downloaden</h2>
        {opened && (
          <DownloadPanel
            openedText={opened.text}
            text={text}
            fileName={opened.fileName}
            today={today}
            problems={problems?.list ?? null}
            onDownloaded={setText}
          />
        )}
      </section>
    </main>
  );
}
