// The beheer page: open a rules file, edit it, and see problems, examples, impact and the live widget.
// Everything runs in this browser; the only request is loading a bundled rules file.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { parseRulesText, todayInAmsterdam } from '../../engine/checker.ts';
import type { RulesSource } from '../bundled-sources.ts';
import { DownloadLink } from './download-link.tsx';
import { ExampleList } from './example-list.tsx';
import { ImpactView } from './impact-view.tsx';
import { LiveWidget } from './live-widget.tsx';
import { OpenFile } from './open-file.tsx';
import { ProblemList } from './problem-list.tsx';
import { TranslationList } from './translation-list.tsx';
import { useCheck } from './use-check.ts';
import { useImpact } from './use-impact.ts';

export interface BeheerPageProps {
  sources: RulesSource[];
  /** YYYY-MM-DD; tests fix it so freshness warnings do not depend on the day. */
  today?: string;
  /** Milliseconds after the last key stroke before checking. */
  delay?: number;
  /** Off in unit tests: the live widget is covered by the browser test. */
  showWidget?: boolean;
}

interface Opened {
  fileName: string;
  sourceId: string | null;
  text: string;
}

export function BeheerPage({ sources, today = todayInAmsterdam(), delay = 400, showWidget = true }: BeheerPageProps) {
  const [opened, setOpened] = useState<Opened | null>(null);
  const [text, setText] = useState('');
  const [mode, setMode] = useState<'inwoner' | 'professional'>('inwoner');
  const open = (next: Opened) => {
    setOpened(next);
    setText(next.text);
  };
  useEffect(() => {
    const first = sources[0];
    if (first) void first.load().then((t) => open({ fileName: first.fileName, sourceId: first.id, text: t }));
  }, [sources]);

  const published = useMemo(() => (opened ? parseRulesText(opened.text).rules : null), [opened]);
  const checked = useCheck(text, today, delay);
  const current = checked && checked.text === text ? checked : null;
  const edited = current?.rules ?? null;
  const changed = opened !== null && text !== opened.text;
  const impact = useImpact(changed ? published : null, changed ? edited : null, today);
  const files = [edited?.file, published?.file].filter((f) => f !== undefined);

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
        {opened && <TranslationList languages={(edited ?? published)?.file.languages ?? null} />}
      </section>

      <section aria-labelledby="bh-edit">
        <h2 id="bh-edit">2. Bewerken</h2>
        <label for="bh-text" class="bh-label">
          Het regelbestand (JSON)
        </label>
        <p id="bh-text-hint" class="bh-hint">
          Bedragen met een punt: 1486.46. Datums als JJJJ-MM-DD. De uitleg staat in rules/README.md.
        </p>
        <textarea
          id="bh-text"
          class="bh-text"
          aria-describedby="bh-text-hint"
          spellcheck={false}
          rows={24}
          value={text}
          onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </section>

      <section aria-labelledby="bh-check">
        <h2 id="bh-check">3. Controle</h2>
        <ProblemList report={current?.report ?? null} />
      </section>

      <section aria-labelledby="bh-examples">
        <h2 id="bh-examples">4. Voorbeeldhuishoudens</h2>
        <ExampleList report={current?.report ?? null} file={edited?.file ?? null} />
      </section>

      <section aria-labelledby="bh-impact">
        <h2 id="bh-impact">5. Gevolgen van uw wijziging</h2>
        <p>
          We rekenen alle voorbeeldhuishoudens en een reeks berekende huishoudens door met het geopende bestand en met uw versie.
        </p>
        <ImpactView report={changed ? impact : null} files={files} />
      </section>

      <section aria-labelledby="bh-widget">
        <h2 id="bh-widget">6. De wijzer met uw versie</h2>
        <label class="bh-check">
          <input
            type="checkbox"
            checked={mode === 'professional'}
            onChange={(e) => setMode((e.currentTarget as HTMLInputElement).checked ? 'professional' : 'inwoner')}
          />{' '}
          Toon alle regelingen met hun redenen (weergave voor medewerkers)
        </label>
        {showWidget && <LiveWidget text={edited ? (current?.text ?? null) : null} mode={mode} />}
      </section>

      <section aria-labelledby="bh-download">
        <h2 id="bh-download">7. Downloaden</h2>
        {opened && <DownloadLink text={text} fileName={opened.fileName} />}
      </section>
    </main>
  );
}
