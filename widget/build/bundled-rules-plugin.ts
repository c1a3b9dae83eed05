// Vite plugin behind `virtual:vw-bundled-rules`: the default rules (rules/ommen.json) as a Dutch core without
// example households (they serve `wijzer check` and the tests only) and one text chunk per other language.
// In the dev server an edit in the source folder (rules/ommen/) re-bundles rules/ommen.json, as `wijzer bundle`
// would, so the page shows it at once; a folder that does not bundle is logged and the file left as it was.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { bundleRules } from '../cli/rules-source.ts';
import { readFolder } from '../cli/source-folder.ts';
import { splitTexts } from '../text/localized-parts.ts';

const VIRTUAL = 'virtual:vw-bundled-rules';
const PART = '?vw-part=';

export function bundledRules(file: string): Plugin {
  const read = () => {
    const rules = JSON.parse(readFileSync(file, 'utf8')) as { languages: string[]; examples?: unknown[] };
    return { ...rules, examples: [] };
  };
  return {
    name: 'vw-bundled-rules',
    configureServer(server: Pick<ViteDevServer, 'watcher' | 'config'>) {
      const dir = file.replace(/\.json$/, '');
      if (!existsSync(dir)) return;
      server.watcher.add(dir);
      const rebundle = (changed: string) => {
        if (!changed.startsWith(`${dir}${sep}`) || !changed.endsWith('.json')) return;
        try {
          const text = bundleRules(readFolder(dir)).text;
          if (text !== readFileSync(file, 'utf8')) writeFileSync(file, text);
        } catch (error) {
          server.config.logger.error(`[vw-bundled-rules] ${dir} is niet te bundelen: ${(error as Error).message}`);
        }
      };
      for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, rebundle);
    },
    resolveId(id) {
      if (id === VIRTUAL) return `\0${VIRTUAL}`;
      if (id.startsWith(`${VIRTUAL}${PART}`)) return `\0${id}`;
      return null;
    },
    load(id) {
      if (id === `\0${VIRTUAL}`) {
        this.addWatchFile(file);
        const languages = read().languages.filter((l) => l !== 'nl');
        const texts = languages.map((l) => `${JSON.stringify(l)}: () => import(${JSON.stringify(`${VIRTUAL}${PART}${l}`)})`);
        return `export const core = () => import(${JSON.stringify(`${VIRTUAL}${PART}nl`)});\nexport const texts = { ${texts.join(', ')} };\n`;
      }
      if (!id.startsWith(`\0${VIRTUAL}${PART}`)) return null;
      const lang = id.slice(`\0${VIRTUAL}${PART}`.length);
      const { core, patch } = splitTexts(read(), 'nl', lang);
      return `export default ${JSON.stringify(lang === 'nl' ? core : patch)};\n`;
    },
  };
}
