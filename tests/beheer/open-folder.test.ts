// Opening a rules source folder in the browser: the same bundle as `wijzer bundle`, byte for byte.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleFolder, type FolderFile } from '../../widget/beheer/open-folder.ts';
import { OMMEN_TEXT } from './support.ts';

/** rules/ommen as the browser hands it over: paths that start with the chosen folder's name. */
function folderFiles(dir: string): FolderFile[] {
  const out: FolderFile[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push({ path: `ommen/${relative(dir, path).split('\\').join('/')}`, text: async () => readFileSync(path, 'utf8') });
    }
  };
  walk(dir);
  return out;
}

describe('bundleFolder', () => {
  it('rules/ommen bundles to rules/ommen.json exactly, named after the folder', async () => {
    expect(await bundleFolder(folderFiles('rules/ommen'))).toEqual({ fileName: 'ommen.json', text: OMMEN_TEXT });
  });

  it('says why a folder cannot be bundled, naming the file', async () => {
    const files = folderFiles('rules/ommen').filter((f) => !f.path.endsWith('/gemeente.json'));
    const result = await bundleFolder(files);
    expect('error' in result && result.error).toMatch(/^De map kon niet worden samengevoegd: .*gemeente\.json/);
    expect(await bundleFolder([{ path: 'leeg/notes.txt', text: async () => '' }])).toEqual({
      error: 'In deze map staan geen .json-bestanden. Kies de map met gemeente.json.',
    });
  });
});
