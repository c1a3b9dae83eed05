// Choose a bundled rules file or a file from this computer. A local file is read here, never uploaded.
import { useState } from 'preact/hooks';
import type { RulesSource } from '../bundled-sources.ts';
import { bundleFolder } from '../open-folder.ts';

export interface OpenFileProps {
  sources: RulesSource[];
  /** True when there are unsaved edits: opening another file asks first. */
  changed: boolean;
  onOpen(opened: { fileName: string; sourceId: string | null; text: string }): void;
}

export function OpenFile({ sources, changed, onOpen }: OpenFileProps) {
  const [choice, setChoice] = useState(sources[0]?.id ?? '');
  const [error, setError] = useState('');
  const mayReplace = () => !changed || window.confirm('Uw wijzigingen gaan verloren. Wilt u toch een ander bestand openen?');

  const openBundled = async () => {
    const source = sources.find((s) => s.id === choice);
    if (!source || !mayReplace()) return;
    onOpen({ fileName: source.fileName, sourceId: source.id, text: await source.load() });
  };
  const openLocal = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file || !mayReplace()) return;
    try {
      onOpen({ fileName: file.name, sourceId: null, text: await file.text() });
      setError('');
    } catch {
      setError('Het bestand kon niet worden gelezen. Kies een .json-bestand.');
    }
  };

  const openFolder = async (input: HTMLInputElement) => {
    const chosen = [...(input.files ?? [])];
    if (chosen.length === 0 || !mayReplace()) return;
    const result = await bundleFolder(chosen.map((f) => ({ path: f.webkitRelativePath || f.name, text: () => f.text() })));
    if ('error' in result) {
      setError(result.error);
      return;
    }
    onOpen({ fileName: result.fileName, sourceId: null, text: result.text });
    setError('');
  };

  return (
    <div class="bh-open">
      <div>
        <label for="bh-source" class="bh-label">
          Meegeleverd bestand
        </label>
        <select id="bh-source" value={choice} onChange={(e) => setChoice((e.currentTarget as HTMLSelectElement).value)}>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>{' '}
        <button type="button" class="bh-button" onClick={openBundled}>
          Openen
        </button>
      </div>
      <div>
        <label for="bh-local" class="bh-label">
          Of een bestand van uw computer
        </label>
        <input
          id="bh-local"
          type="file"
          accept=".json,application/json"
          onChange={(e) => void openLocal(e.currentTarget as HTMLInputElement)}
        />
      </div>
      <div>
        <label for="bh-folder" class="bh-label">
          Of een map met bronbestanden (zoals rules/ommen/)
        </label>
        <input
          id="bh-folder"
          type="file"
          multiple
          {...{ webkitdirectory: true }}
          onChange={(e) => void openFolder(e.currentTarget as HTMLInputElement)}
        />
        {error && (
          <p role="alert" class="bh-error">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
