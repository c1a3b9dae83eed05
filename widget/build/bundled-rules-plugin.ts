// Vite plugin behind `virtual:vw-bundled-rules`: the default rules (rules/ommen.json) with Dutch texts and without
// example households (they serve `wijzer check` and the tests only), in two parts: the core (gemeente, norms,
// questions, and the opening: the empty household's first question, worked out here by the engine) and the offers
// (regelingen and hulppunten), which the widget loads while the first question shows; plus one text chunk per
// other language, a patch over the whole file (docs/decisions/0018-first-question-before-the-engine.md).
// In the dev server an edit in the source folder (rules/ommen/) re-bundles rules/ommen.json, as `wijzer bundle`
// would, so the page shows it at once; a folder that does not bundle is logged and the file left as it was.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { bundleRules } from '../cli/rules-source.ts';
import { readFolder } from '../cli/source-folder.ts';
import { buildCompiledRules } from '../engine/compiled-rules.ts';
import { openingOf } from '../engine/find-opening.ts';
import type { RulesFile } from '../engine/types.ts';
import { splitTexts } from '../text/localized-parts.ts';

const VIRTUAL = 'virtual:vw-bundled-rules';
const PART = '?vw-part=';
/** The part with the regelingen and hulppunten; the core is the part `nl`. */
const OFFERS = 'offers';

export function bundledRules(file: string): Plugin {
  const read = () => {
    const rules = JSON.parse(readFileSync(file, 'utf8')) as RulesFile;
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
    async load(id) {
      if (id === `\0${VIRTUAL}`) {
        this.addWatchFile(file);
        const languages = read().languages.filter((l) => l !== 'nl');
        const part = (name: string) => `() => import(${JSON.stringify(`${VIRTUAL}${PART}${name}`)})`;
        const texts = languages.map((l) => `${JSON.stringify(l)}: ${part(l)}`);
        return `export const core = ${part('nl')};\nexport const offers = ${part(OFFERS)};\nexport const texts = { ${texts.join(', ')} };\n`;
      }
      if (!id.startsWith(`\0${VIRTUAL}${PART}`)) return null;
      const name = id.slice(`\0${VIRTUAL}${PART}`.length);
      const rules = read();
      const dutch = splitTexts(rules, 'nl', 'nl').core as RulesFile;
      if (name === OFFERS) {
        return `export default ${JSON.stringify({ regelingen: dutch.regelingen, hulppunten: dutch.hulppunten })};\n`;
      }
      if (name !== 'nl') return `export default ${JSON.stringify(splitTexts(rules, 'nl', name).patch)};\n`;
      const opening = await openingOf(buildCompiledRules(rules));
      if (!opening) this.warn(`${file}: no opening (the first question differs between days); the widget evaluates first`);
      const core = { ...dutch, regelingen: [], hulppunten: [] };
      return `export default ${JSON.stringify(core)};\nexport const opening = ${JSON.stringify(opening ?? null)};\n`;
    },
  };
}
