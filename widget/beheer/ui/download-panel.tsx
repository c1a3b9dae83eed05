// Download of the edited file, only when it has no errors. Offers the next version number, and says which
// regelingen and help points get today's date as lastChecked.
import { useMemo, useState } from 'preact/hooks';
import { downloadTextFile } from '../../text/download-file.ts';
import { downloadName, editedOffers, nextVersion, prepareDownload, RULES_TYPE } from '../download.ts';
import type { PlacedProblem } from '../editor/placed-problems.ts';

export interface DownloadPanelProps {
  openedText: string;
  text: string;
  fileName: string;
  today: string;
  /** The problems of exactly this text; null while the check still runs. */
  problems: PlacedProblem[] | null;
  /** The downloaded text goes back into the editor, so the page shows what was saved. */
  onDownloaded(text: string): void;
}

function versionOf(text: string): string | null {
  try {
    const v = (JSON.parse(text) as { version?: unknown }).version;
    return typeof v === 'string' ? v : null;
  } catch {
    return null;
  }
}

export function DownloadPanel({ openedText, text, fileName, today, problems, onDownloaded }: DownloadPanelProps) {
  const [raise, setRaise] = useState(true);
  const [refused, setRefused] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const current = versionOf(text);
  const opened = versionOf(openedText);
  // Raise from the opened file's version, so a second download in the same session does not skip numbers.
  const suggested = opened ? nextVersion(opened, today) : null;
  const alreadyRaised = current !== null && current !== opened;
  const touched = useMemo(() => editedOffers(openedText, text), [openedText, text]);
  const errors = problems?.filter((p) => p.severity === 'error') ?? null;
  const blocked = errors === null ? 'wacht' : errors.length > 0 ? 'fouten' : null;
  const name = downloadName(fileName);

  const download = () => {
    if (blocked) {
      setRefused(true);
      return;
    }
    const prepared = prepareDownload(openedText, text, today, raise && !alreadyRaised ? suggested : null);
    downloadTextFile(name, prepared.text, RULES_TYPE);
    setDone(
      `Gedownload als ${name}${prepared.version ? `, versie ${prepared.version.to}` : ''}. Stuur het bestand naar de beheerder van de website.`,
    );
    setRefused(false);
    onDownloaded(prepared.text);
  };

  return (
    <div class="bh-download">
      {current !== null && (
        <fieldset class="bh-fieldset">
          <legend>Versie</legend>
          {alreadyRaised ? (
            <p>
              U hebt de versie al aangepast: {opened} wordt {current}.
            </p>
          ) : (
            <label class="bh-check">
              <input type="checkbox" checked={raise} onChange={(e) => setRaise((e.currentTarget as HTMLInputElement).checked)} />{' '}
              Versie verhogen van {current} naar {suggested}
            </label>
          )}
        </fieldset>
      )}
      {touched.length > 0 && (
        <p>
          Bij het downloaden krijgen deze regelingen en hulppunten de datum van vandaag ({today}) als laatste controle:{' '}
          {touched.map((t) => t.officialName).join(', ')}.
        </p>
      )}
      <p>
        <button
          type="button"
          class="bh-button bh-button--primary"
          aria-disabled={blocked ? 'true' : undefined}
          aria-describedby={blocked ? 'bh-download-why' : undefined}
          onClick={download}
        >
          Download uw versie ({name})
        </button>
      </p>
      {blocked && (
        <p id="bh-download-why" class={blocked === 'fouten' ? 'bh-error' : undefined}>
          {blocked === 'wacht'
            ? 'Even wachten: de controle loopt nog.'
            : `U kunt nog niet downloaden: het bestand heeft ${errors?.length === 1 ? '1 fout' : `${errors?.length} fouten`}. Herstel die eerst (zie 3. Controle).`}
        </p>
      )}
      {refused && blocked === 'fouten' && errors && (
        <div role="alert" class="bh-error">
          <p>Niet gedownload. Herstel eerst deze fouten:</p>
          <ul aria-label="Fouten die downloaden tegenhouden">
            {errors.slice(0, 10).map((p, i) => (
              <li key={i}>
                Regel {p.line}, kolom {p.column}: {p.message}
              </li>
            ))}
          </ul>
          {errors.length > 10 && <p>En nog {errors.length - 10} andere.</p>}
        </div>
      )}
      {done && !blocked && (
        <p role="status" class="bh-ok">
          {done}
        </p>
      )}
    </div>
  );
}
