// A rules source folder (rules/ommen/, one file per regeling) chosen in the browser, bundled into the one
// rules file by the same bundleRules as `wijzer bundle`. Read here, never uploaded.
import type { SourceFiles } from '../cli/rules-source.ts';

export interface FolderFile {
  /** "ommen/regelingen/participatiefonds.json": the chosen folder first (File.webkitRelativePath). */
  path: string;
  text(): Promise<string>;
}

/** The folder's .json files keyed by their path inside the chosen folder, and the folder's name. */
export async function readSourceFolder(files: FolderFile[]): Promise<{ name: string; files: SourceFiles }> {
  const out: SourceFiles = new Map();
  let name = 'regels';
  for (const f of files) {
    const [top, ...rest] = f.path.split('/');
    if (rest.length === 0 || !f.path.endsWith('.json')) continue;
    name = top || name;
    out.set(rest.join('/'), await f.text());
  }
  return { name, files: out };
}

/** The bundled text, or the reason it cannot be bundled (a message naming the source file). */
export async function bundleFolder(files: FolderFile[]): Promise<{ fileName: string; text: string } | { error: string }> {
  const { name, files: sources } = await readSourceFolder(files);
  if (sources.size === 0) return { error: 'In deze map staan geen .json-bestanden. Kies de map met gemeente.json.' };
  const { bundleRules } = await import('../cli/rules-source.ts');
  try {
    return { fileName: `${name}.json`, text: bundleRules(sources).text };
  } catch (e) {
    return { error: `De map kon niet worden samengevoegd: ${e instanceof Error ? e.message : String(e)}` };
  }
}
